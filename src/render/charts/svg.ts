import { escapeHtml, Html } from '../report/html/escape.js';

/**
 * An accessible chart: `role="img"` named by its <title> and described by its <desc> (what it
 * shows, in words), for screen readers; the same numbers are in a table beside it. Inline SVG with
 * presentation attributes only: no script, no external file, no style attribute (the CSP holds).
 */
export function svgChart(id: string, width: number, height: number, title: string, desc: string, body: string, data: Record<string, string> = {}): Html {
  const t = `${id}-title`;
  const d = `${id}-desc`;
  const extra = Object.entries(data).map(([key, value]) => ` data-${key}="${escapeHtml(value)}"`).join('');
  return new Html(
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img"${extra} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-labelledby="${t} ${d}">` +
      `<title id="${t}">${escapeHtml(title)}</title><desc id="${d}">${escapeHtml(desc)}</desc>${body}</svg>`,
  );
}

/** Hatching for what is not a level ("weet niet", an unclear status): visible in greyscale and print. */
export function hatchPattern(id: string, colour: string): string {
  return `<defs><pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${colour}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#1d1d1f" stroke-width="1.5"/></pattern></defs>`;
}

/** Text as SVG text content. */
export const svgText = (text: string) => escapeHtml(text);

/** Coordinates rounded to a tenth: stable output, small files. */
export const n = (value: number) => String(Math.round(value * 10) / 10);

import { cell } from './escape.js';

export type Align = 'left' | 'center' | 'right';

const DELIMITER: Record<Align, string> = { left: '---', center: ':---:', right: '---:' };

/** One table row from cell contents that are already Markdown (see `cell`). */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * A GFM table from plain text. Every cell is escaped with `cell` (pipes, line breaks as `<br>`), and
 * every row gets exactly as many cells as the header: missing ones are empty, extra ones dropped.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const width = header.length;
  // A loop, not Array.from with a callback: a team report's tables have thousands of rows.
  const fit = (cells: readonly string[]) => {
    const fitted: string[] = [];
    for (let i = 0; i < width; i++) fitted.push(cell(cells[i] ?? ''));
    return fitted;
  };
  return [
    tableRow(fit(header)),
    tableRow(header.map((_, i) => DELIMITER[align[i] ?? 'left'])),
    ...rows.map((row) => tableRow(fit(row))),
  ].join('\n');
}

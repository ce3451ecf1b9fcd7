import { normalise } from '../../markdown/escape.js';

/**
 * HTML built with a tagged template that escapes every interpolated value unless it is already
 * `Html` (made by this template). Escaping is the default, so a forgotten call cannot let user text
 * through as markup: `<script>`, `<img onerror=...>`, quotes that would end an attribute.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text as HTML text or attribute value: the five special characters as entities, control
 * characters dropped (they are not allowed in HTML), line breaks as LF.
 */
export function escapeHtml(text: string): string {
  return normalise(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Text that may span lines: paragraphs at blank lines, `<br>` at single line breaks. */
export function paragraphs(text: string, className?: string): Html {
  const parts = normalise(text)
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => escapeHtml(line.trim())).join('<br>'))
    .filter((paragraph) => paragraph !== '');
  const open = className ? `<p class="${escapeHtml(className)}">` : '<p>';
  return new Html(parts.map((paragraph) => `${open}${paragraph}</p>`).join('\n'));
}

/**
 * A link, only for an http(s) URL (the question set's resources): anything else — `javascript:`,
 * `data:`, a relative path — is shown as text. The URL is attribute-escaped.
 */
export function link(label: string, url: string | undefined): Html {
  const target = String(url ?? '').trim();
  if (!/^https?:\/\/[^\s<>"'`\\\u0000-\u001F\u007F]+$/i.test(target)) {
    return target && target !== label ? html`${label} (${target})` : html`${label || target}`;
  }
  return html`<a href="${target}">${label || target}</a>`;
}

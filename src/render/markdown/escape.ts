/**
 * Escaping of user text for Markdown (CommonMark + GFM). Whatever was typed — pipes, `#`, `<`,
 * backticks, emoji, line breaks — must come out as the same visible text and must not change the
 * structure around it: a table keeps its columns, a heading stays one heading.
 */

const INLINE_SPECIAL = /[\\`*_[\]<>|~#$]/g;

function escapeLineStart(line: string): string {
  // Block markers only act at the start of a line: list items, ordered lists, headings, setext
  // underlines, quotes, code fences and indented code.
  return line
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3')
    .replace(/^\s+/, '');
}

function escapeEntities(text: string): string {
  return text.replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&');
}

/** One line of text as inline Markdown. */
export function inline(text: string): string {
  return escapeEntities(text.replace(INLINE_SPECIAL, '\\$&'));
}

/** Text that must stay on one line (a heading, a list item's first line): line breaks become spaces. */
export function singleLine(text: string): string {
  return escapeLineStart(inline(text.replace(/\s*\r?\n\s*/g, ' ').trim()));
}

/** A table cell: one line, pipes escaped, line breaks as <br>. */
export function cell(text: string): string {
  const lines = text
    .trim()
    .split(/\r?\n/)
    .map((line) => inline(line.trim()));
  return lines.join('<br>') || ' ';
}

/**
 * A block of text (several lines, maybe blank ones) as paragraphs. Line breaks inside a paragraph
 * are kept as hard breaks; `indent` prefixes every line (to stay inside a list item or quote).
 */
export function block(text: string, indent = ''): string {
  const paragraphs = text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) =>
      paragraph
        .split(/\r?\n/)
        .map((line) => escapeLineStart(inline(line.trim())))
        .filter((line) => line !== '')
        .map((line) => indent + line)
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph !== '');
  return paragraphs.join(`\n${indent.trimEnd()}\n`);
}

/** A link whose label is user text and whose target is an http(s) URL (anything else is shown, not linked). */
export function link(label: string, url: string): string {
  if (!/^https?:\/\/[^\s<>]+$/i.test(url)) return `${singleLine(label)} (${inline(url)})`;
  return `[${singleLine(label)}](<${url}>)`;
}

/**
 * Escaping of user text for Markdown (CommonMark + GFM, as GitHub, VS Code, Obsidian, markdown-it
 * and pandoc read it). Whatever was typed — pipes, `#`, `<script>`, backticks, `&amp;`, `- ` at the
 * start of a line, CRLF, emoji — must come out as the same visible text and must not change the
 * structure around it: a table keeps its columns, a heading stays one heading, a list item one item.
 *
 * How:
 * - Line breaks are normalised first (CRLF, a lone CR, U+2028/U+2029 all become LF; CommonMark
 *   treats a lone CR as a line ending too) and control characters are dropped.
 * - Inline syntax is neutralised everywhere with a backslash: `\ ` * _ [ ] | ~ # $`.
 * - `<` becomes `&lt;`: no raw HTML, no autolink; an entity works in every viewer, also inside table
 *   cells and in viewers that ignore `\<`. `&` becomes `&amp;` where it would start an entity
 *   (`&amp;`, `&#124;`), so `&amp;` typed stays `&amp;` on screen; a lone `&` stays as typed.
 * - A URL with something escaped in it is shown, not linked (`https\://`, `www\.`): GitHub's
 *   autolinker reads the source, so it would show the backslashes of the escapes. A plain URL stays
 *   as it is (and GitHub links it).
 * - Block syntax only acts at the start of a line: leading spaces and tabs are dropped (no indented
 *   code, no lazy nesting), and a leading `-`, `+`, `=`, `>` or `1.`/`1)` is escaped (no list, quote,
 *   setext underline or thematic break). `#`, `*`, `_`, backticks and `~` are already escaped inline,
 *   which covers headings, `***`/`___` breaks and code fences.
 *
 * Every function takes plain text and returns Markdown. None of them adds emphasis around user text:
 * emphasis delimiters depend on the characters next to them, so callers put `**` around their own
 * labels only (see the plan renderer).
 */

/** Characters that start or end inline syntax anywhere in a line. `<` and `&` are handled apart. */
const INLINE_SPECIAL = /[\\`*_[\]|~#$]/g;
/** Entity-like text after `&`: CommonMark would decode `&amp;`, `&#124;`, `&#x1F600;`. */
const ENTITY_START = /&(?=#?[a-zA-Z0-9]+;)/g;
/**
 * The start of a GFM extended autolink. GitHub's autolinker reads the source text, backslashes and
 * entities included (cmark-gfm issue #388): `https://x.be/a\_b` would show `a\_b`. An escaped `:` or
 * `.` (`https\://`, `www\.`) starts no autolink, so such a URL shows exactly as typed.
 */
const AUTOLINK_START = /(?:https?|ftp):\/\/|www\./gi;
/** C0/C1 controls except tab, LF and CR (CR is handled as a line break). VT and FF are whitespace. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
/** Any character that normalise() changes. */
const NEEDS_NORMALISING = /[\r\u2028\u2029\u000B\u000C\u0000-\u0008\u000E-\u001F\u007F-\u009F]/;
/** Any character that escapeInline() changes or that makes it escape an autolink. */
const INLINE_ANY = /[\\`*_[\]|~#$<&>]/;
/** What escapeLineStart() may have to escape: a block marker or the number of a list item. */
const BLOCK_START = /^[-+=>0-9]/;

/**
 * Line breaks as LF (CRLF, lone CR, U+2028 line separator; U+2029 paragraph separator = blank line),
 * vertical tab and form feed as a space, other control characters removed.
 */
export function normalise(text: string): string {
  // Most text needs none of it; a report of fifty people normalises thousands of answers.
  if (!NEEDS_NORMALISING.test(text)) return text;
  return text
    .replace(/\r\n?|\u2028/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/[\u000B\u000C]/g, ' ')
    .replace(CONTROL, '');
}

/** Escapes inline syntax in text that has no line breaks (already normalised). */
function escapeInline(text: string): string {
  // Without these characters no replacement below changes anything (an autolink is escaped only
  // when its URL holds a `\`, `&` or `>`).
  if (!INLINE_ANY.test(text)) return text;
  return text
    .replace(ENTITY_START, '&amp;')
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(/</g, '&lt;')
    .replace(AUTOLINK_START, (start: string, offset: number, all: string) =>
      // Only a URL with an escape in it (up to the next ASCII whitespace, where the autolink ends).
      /\\|&(?:lt|amp);|>/.test(/^[^ \t\n\v\f\r]*/.exec(all.slice(offset))![0]) ? start.replace(/[.:]/, '\\$&') : start,
    );
}

/**
 * Escapes what would start a block at the beginning of a line: leading whitespace is dropped, a
 * leading `-`, `+`, `=` or `>` is escaped, and so is an ordered-list number (`1.`, `2)` followed by
 * a space or the end; `1.5` is no list). Expects escapeInline's output.
 */
function escapeLineStart(line: string): string {
  const trimmed = line.trimStart();
  // Only these characters can start a block: most lines need no regular expression.
  if (!BLOCK_START.test(trimmed)) return trimmed;
  return trimmed
    .replace(/^[-+=>]/, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2');
}

/**
 * Text in the middle of a line, as inline Markdown. Line breaks become a single space (the result is
 * always one line). Leading and trailing spaces are kept: the caller decides about the surroundings.
 */
export function inline(text: string): string {
  const normalised = normalise(text);
  return escapeInline(normalised.includes('\n') ? normalised.replace(/\s*\n\s*/g, ' ') : normalised);
}

/**
 * Text that must stay on one line and may start it (a heading, a list item, a line of its own):
 * line breaks become spaces, surrounding whitespace is trimmed, block markers are escaped.
 * Empty (or whitespace-only) text gives ''.
 */
export function singleLine(text: string): string {
  return escapeLineStart(inline(text).trim());
}

/**
 * A GFM table cell's content: one line, pipes escaped (`\|` — also a backslash right before a pipe
 * is escaped, so the pipe never closes the cell), line breaks as `<br>`, runs of blank lines as one
 * empty line. Empty text gives ''.
 */
export function cell(text: string): string {
  const lines = normalise(text)
    .trim()
    .split('\n')
    .map((line) => escapeInline(line.trim()));
  return lines.filter((line, i) => line !== '' || lines[i - 1] !== '').join('<br>');
}

/**
 * A block of text (several lines, maybe blank ones) as paragraphs. Line breaks inside a paragraph
 * are kept as hard breaks (a trailing backslash); blank lines separate paragraphs. `indent` prefixes
 * every line, e.g. '> ' to keep the block inside a quote; blank lines then carry the indent without
 * its trailing space ('>'). Leading indentation of each line is dropped. Empty text gives ''.
 */
export function block(text: string, indent = ''): string {
  const normalised = normalise(text).trim();
  // One line (most answers): one paragraph of one line, as below without splitting.
  if (!normalised.includes('\n')) {
    const line = escapeLineStart(escapeInline(normalised));
    return line === '' ? '' : indent + line;
  }
  const paragraphs = normalised
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeLineStart(escapeInline(line.trim())))
        .filter((line) => line !== '')
        .map((line) => indent + line)
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph !== '');
  return paragraphs.join(`\n${indent.trimEnd()}\n`);
}

/** An http(s) URL that can stand in a link destination `<...>` as it is. */
function linkableUrl(url: string): boolean {
  return /^https?:\/\/[^\s<>\\\u0000-\u001F\u007F]+$/i.test(url);
}

/**
 * A link whose label is text and whose target is an http(s) URL. Anything else is shown, not
 * linked: `label (url)`. An empty label shows the URL.
 */
export function link(label: string, url: string): string {
  const text = singleLine(label) || inline(url.trim());
  if (!linkableUrl(url)) return text === inline(url.trim()) ? text : `${text} (${inline(url.trim())})`;
  // Angle brackets only where the URL needs them: a plain (url) reads better in the raw file.
  return /^[^\s()<>]+$/.test(url) ? `[${text}](${url})` : `[${text}](<${url}>)`;
}

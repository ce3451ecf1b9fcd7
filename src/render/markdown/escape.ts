/**
 * Escaping of user text for Markdown (CommonMark + GFM, as GitHub, VS Code, Obsidian, markdown-it
 * and pandoc read it). Whatever was typed — pipes, `#`, `<script>`, backticks, `&amp;`, `- ` at the
 * start of a line, CRLF, emoji — comes out as the same visible text and does not change the
 * structure around it: a table keeps its columns, a heading stays one heading, a list item one item.
 *
 * And no more than that: the plan is also read as plain text (in an e-mail, a terminal), where
 * `\=HYPERLINK`, `\+32` or `\-vraag` are noise. A backslash is written only where a parser would
 * otherwise read syntax (inline-syntax.ts asks the questions markdown-it's parser asks; the tests
 * check every backslash against markdown-it itself):
 * - Line breaks are normalised first (CRLF, a lone CR, U+2028/U+2029 become LF) and control
 *   characters are dropped.
 * - Inline: a backslash before ASCII punctuation; a code span, link or image, an emphasis or
 *   strikethrough pair (by CommonMark's flanking and pairing rules), an entity (`&amp;`). A `<` that
 *   would start an HTML tag or autolink becomes `&lt;`; any other `<` stays.
 * - At the start of a line, only what starts a block there: `# ` (not `#1`), `- `/`+ `/`* ` (not
 *   `-vraag`, `+32`), `1. `, `>`, a thematic break, a code fence, a setext underline (`===` under a
 *   line), a link reference definition, a table's delimiter row. Leading spaces and tabs are dropped
 *   (no indented code).
 *
 * Every function takes plain text and returns Markdown for one kind of place. `inline` and
 * `singleLine` do not know what stands beside them on the line, so they also escape what could pair
 * with text there (a lone `*` that could open emphasis, a backtick); the plan, which knows its whole
 * lines, uses `finalizeMarkdown` (line.ts) instead and escapes only what pairs.
 */
import { lineStart, makesTable } from './line-start.js';
import { fixedChars, settleInline, toMarkdown, userChars, type Ch } from './settle.js';

/**
 * Text without any of these characters, and not starting a line with one that can start a block,
 * needs no escape at all: most answers take this fast path.
 */
const INLINE_RISK = /[\\`*_~[\]<&!|]/;
/** The same without the pipe, which matters only in a table cell and where a line starts. */
const INLINE_SYNTAX = /[\\`*_~[\]<&!]/;
const LINE_START_RISK = /^[-+*#>=_~`0-9[<:|]/;
const CLOSING_HASHES = /(^|[ \t])#+[ \t]*$/;

/** C0/C1 controls except tab, LF and CR (CR is handled as a line break). VT and FF are whitespace. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFDD0\uFDD1]/g;
/** Any character that normalise() changes. */
const NEEDS_NORMALISING = /[\r\u2028\u2029\u000B\u000C\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFDD0\uFDD1]/;

/**
 * Line breaks as LF (CRLF, lone CR, U+2028 line separator; U+2029 paragraph separator = blank line),
 * vertical tab and form feed as a space, other control characters removed (and the two
 * non-characters the plan uses to mark user text, see line.ts).
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

/**
 * Normalised text on one line: each line break, with the white space around it, becomes a space.
 * (The search only where there is a line break: `\s*\n\s*` tries every white space of a text
 * without one, and this runs on every label, cell and answer of a report.)
 */
export function oneLine(text: string): string {
  const plain = normalise(text);
  return plain.includes('\n') ? plain.replace(/\s*\n\s*/g, ' ') : plain;
}

/**
 * Text in the middle of a line, as inline Markdown. Line breaks become a single space (the result is
 * always one line). Leading and trailing spaces are kept: the caller decides about the surroundings.
 */
export function inline(text: string): string {
  const plain = oneLine(text);
  if (!INLINE_SYNTAX.test(plain) && !CLOSING_HASHES.test(plain)) return plain;
  const chars = userChars(plain);
  settleInline(chars, 'open');
  return toMarkdown(chars);
}

/**
 * Text that must stay on one line and may start it (a heading, a list item, a line of its own):
 * line breaks become spaces, surrounding whitespace is trimmed, block markers are escaped.
 * Empty (or whitespace-only) text gives ''.
 */
export function singleLine(text: string): string {
  const plain = oneLine(text).trim();
  if (!INLINE_RISK.test(plain) && !LINE_START_RISK.test(plain) && !CLOSING_HASHES.test(plain)) return plain;
  const chars = userChars(plain);
  settleInline(chars, 'open');
  // It may follow a list marker: a `[ ]` there would be a checkbox on GitHub.
  lineStart([chars], 0, 'item');
  settleInline(chars, 'open');
  return toMarkdown(chars);
}

/**
 * A GFM table cell's content: one line, pipes escaped (`\|`; a backslash right before a pipe is
 * escaped too, so the pipe never closes the cell), line breaks as `<br>`, runs of blank lines as one
 * empty line. Empty text gives ''. A cell is an inline content of its own: only what pairs within
 * it is escaped.
 */
export function cell(text: string): string {
  const normal = normalise(text).trim();
  // Most cells (names, dates, counts, a one-line action): one line with nothing to escape.
  if (!normal.includes('\n') && !INLINE_RISK.test(normal)) return normal;
  const lines = normal.split('\n').map((line) => line.trim());
  const kept = lines.filter((line, i) => line !== '' || lines[i - 1] !== '');
  if (!kept.some((line) => INLINE_RISK.test(line))) return kept.join('<br>');
  const chars: Ch[] = kept.flatMap((line, i) => [...(i > 0 ? fixedChars('<br>') : []), ...userChars(line)]);
  // The table splits a row at every pipe that has no backslash right before it.
  for (const ch of chars) if (ch.user && ch.c === '|') ch.as = 'escaped';
  settleInline(chars, 'exact');
  return toMarkdown(chars);
}

/**
 * A block of text (several lines, maybe blank ones) as paragraphs. Line breaks inside a paragraph
 * are kept as hard breaks (a trailing backslash); blank lines separate paragraphs. `indent` prefixes
 * every line, e.g. '> ' to keep the block inside a quote; blank lines then carry the indent without
 * its trailing space ('>'). Leading indentation of each line is dropped. Empty text gives ''.
 */
export function block(text: string, indent = ''): string {
  const normal = normalise(text).trim();
  // Most answers are one line with nothing to escape; the general way costs a dozen arrays each.
  if (!normal.includes('\n') && !INLINE_RISK.test(normal) && !LINE_START_RISK.test(normal)) return normal === '' ? '' : indent + normal;
  const paragraphs = normal
    .split(/\n\s*\n/)
    .map((paragraph) => paragraphMarkdown(paragraph.split('\n').map((line) => line.trim()).filter((line) => line !== '')))
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.map((line) => indent + line).join('\n'));
  return paragraphs.join(`\n${indent.trimEnd()}\n`);
}

/** One paragraph's lines as Markdown lines, joined by hard breaks: an inline content of its own. */
function paragraphMarkdown(lines: readonly string[]): string[] {
  if (!lines.some((line) => INLINE_RISK.test(line) || LINE_START_RISK.test(line))) {
    return lines.map((line, i) => (i < lines.length - 1 ? `${line}\\` : line));
  }
  const chars = lines.map(userChars);
  // The lines as one inline content: emphasis and code spans may run across a hard break.
  const breakChars = () => fixedChars('\\\n');
  const all: Ch[] = chars.flatMap((line, i) => (i === 0 ? line : [...breakChars(), ...line]));
  // Inline first: its escapes may already keep a line from starting a block (`~~\~~` is no fence).
  settleInline(all, 'exact');
  chars.forEach((_, i) => lineStart(chars, i, i === 0 ? 'start' : 'continuation'));
  settleInline(all, 'exact');
  const written = toMarkdown(all).split('\n');
  if (written.length >= 2 && makesTable(written.at(-2)!, written.at(-1)!)) {
    const last = chars.at(-1)!;
    (last.find((ch) => ch.c === '|' && ch.as === 'plain') ?? last[0]!).as = 'escaped';
    return toMarkdown(all).split('\n');
  }
  return written;
}

/** An http(s) URL that can stand in a link destination `<...>` as it is. */
function linkableUrl(url: string): boolean {
  return /^https?:\/\/[^\s<>\\\u0000-\u001F\u007F]+$/i.test(url);
}

/** A link's text: its own inline content; brackets are escaped so that the label ends where it should. */
function linkLabel(label: string): string {
  const chars = userChars(oneLine(label).trim());
  for (const ch of chars) if (ch.c === '[' || ch.c === ']') ch.as = 'escaped';
  settleInline(chars, 'exact');
  return toMarkdown(chars);
}

/**
 * A link whose label is text and whose target is an http(s) URL. Anything else is shown, not
 * linked: `label (url)`. An empty label shows the URL.
 */
export function link(label: string, url: string): string {
  const shownUrl = inline(url.trim());
  if (!linkableUrl(url)) {
    const text = singleLine(label) || shownUrl;
    return text === shownUrl ? text : `${text} (${shownUrl})`;
  }
  const text = linkLabel(label) || linkLabel(url);
  // Angle brackets only where the URL needs them: a plain (url) reads better in the raw file.
  return /^[^\s()<>]+$/.test(url) ? `[${text}](${url})` : `[${text}](<${url}>)`;
}

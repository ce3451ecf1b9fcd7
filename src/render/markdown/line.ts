import { oneLine } from './escape.js';
import { lineStart } from './line-start.js';
import { fixedChars, settleInline, toMarkdown, userChars, written, type Ch } from './settle.js';

/**
 * A renderer that knows its whole lines escapes user text once a line is complete, so that only
 * what really pairs is escaped (a lone `*` between a theme and a name stays as it is, a `*` in the
 * action's text that would pair with one in the owner's name does not). It wraps user text with
 * `userText` (two Unicode non-characters mark it, which `normalise` removes from what is typed) and
 * passes the finished document through `finalizeMarkdown`.
 */
const START = '\uFDD0';
const END = '\uFDD1';

/** User text for one line (line breaks as spaces, trimmed), marked for `finalizeMarkdown`. '' if empty. */
export function userText(text: string): string {
  const plain = oneLine(text).trim();
  return plain === '' ? '' : `${START}${plain}${END}`;
}

/** What the renderer writes before a line's inline content: a heading's, a list item's or a quote's marker. */
const blockPrefix = /^(?:#{1,6} |> |- \[[ x]\] |- |\d{1,9}\. )/;

function lineChars(text: string): Ch[] {
  const chars: Ch[] = [];
  let user = false;
  for (const part of text.split(/(\uFDD0|\uFDD1)/)) {
    if (part === START) user = true;
    else if (part === END) user = false;
    else chars.push(...(user ? userChars(part) : fixedChars(part)));
  }
  return chars;
}

/** A heading's closing `#`s (after a space, at the end) are not shown: one typed there is escaped. */
function keepClosingHashes(chars: Ch[]): void {
  const { src, owner } = written(chars);
  // The space after the heading's own `##` counts: `## #` is an empty heading.
  const match = /(^|[ \t])#+[ \t]*$/.exec(src);
  if (!match) return;
  const first = owner[match.index + match[1]!.length]!;
  if (first >= 0 && chars[first]!.user) chars[first]!.as = 'escaped';
}

/** A marked part holding a character that may need an escape somewhere on a line (else none does). */
const riskyPart = /\uFDD0[^\uFDD1\\`*_~[\]<&!|#\-+>=0-9:]*[\\`*_~[\]<&!|#\-+>=0-9:]/;
/**
 * A marked part holding a character of inline syntax (else only where a line starts can it be
 * misread). Not the pipe: in the middle of a line that is not a table row it pairs with nothing,
 * and the renderer's table rows take their cells escaped already (`cell`).
 */
const inlineRiskyPart = /\uFDD0[^\uFDD1\\`*_~[\]<&!]*[\\`*_~[\]<&!]/;
/** A line's content that starts with a letter starts no block (heading, list, quote, code, table, …). */
const startsWithLetter = /^\uFDD0?\p{L}/u;
const marks = /\uFDD0|\uFDD1/g;

function finalizeLine(line: string): string {
  // One search of the whole line instead of splitting it into its marked parts: most lines are
  // a label and a name.
  if (!riskyPart.test(line)) return line.replace(marks, '');
  // The renderer's marker, before any user text (a line that starts with user text has none).
  const prefix = blockPrefix.exec(line)?.[0] ?? '';
  // Most answers: digits, dashes and colons inside a sentence. Settling them would change nothing,
  // at the price of an object per character (the largest cost of a team report).
  const content = line.slice(prefix.length);
  // A heading's closing `#`s (after a space or tab, at the end) would vanish: that line is settled.
  const closingHashes = prefix.startsWith('#') && /[ \t]#+[ \t]*\uFDD1?$/.test(content);
  if (!closingHashes && !inlineRiskyPart.test(line) && (!content.startsWith(START) || startsWithLetter.test(content))) {
    return line.replace(marks, '');
  }
  const chars = lineChars(content);
  settleInline(chars, 'exact');
  if (prefix.startsWith('#')) keepClosingHashes(chars);
  // After `- [ ] ` the text is inline already (the checkbox is part of the item's paragraph);
  // after `- ` or `1. ` a `[ ]` typed would be a checkbox.
  else if (!prefix.startsWith('- [')) lineStart([chars], 0, /^(?:- |\d+\. )$/.test(prefix) ? 'item' : 'start');
  settleInline(chars, 'exact');
  return prefix + toMarkdown(chars);
}

/**
 * Escapes the user text marked with `userText` in a finished Markdown document, line by line: each
 * marked line is a whole inline content (a heading, a list item, a paragraph of one line), so the
 * escaping sees exactly what a parser will see. `finalized` holds lines escaped before (shared by
 * the blocks of one document).
 */
export function finalizeMarkdown(markdown: string, finalized: Map<string, string> = new Map()): string {
  // Only the lines holding user text: a team report has thousands of others, and splitting the
  // whole document into lines cost more than settling the marked ones.
  let out = '';
  let done = 0;
  for (let at = markdown.indexOf(START); at !== -1; at = markdown.indexOf(START, done)) {
    const start = markdown.lastIndexOf('\n', at) + 1;
    const newline = markdown.indexOf('\n', at);
    const end = newline === -1 ? markdown.length : newline;
    const line = markdown.slice(start, end);
    let escaped = finalized.get(line);
    if (escaped === undefined) finalized.set(line, (escaped = finalizeLine(line)));
    out += markdown.slice(done, start) + escaped;
    done = end;
  }
  return out + markdown.slice(done);
}

/**
 * A Markdown document of blocks (a blank line between them, a line break at the end), its marked
 * user text escaped. Block by block, before the join: escaping the joined document copied a
 * megabyte-sized team report twice more. A line met again (each participant's label before each
 * answer of a team) is escaped once.
 */
export function markdownDocument(blocks: readonly string[]): string {
  const finalized = new Map<string, string>();
  return `${blocks.map((block) => finalizeMarkdown(block, finalized)).join('\n\n')}\n`;
}

import { linkDestination, linkTitleEnd } from './inline-syntax.js';
import { written, type Ch } from './settle.js';

/**
 * Where a line of user text stands: at the `start` of a paragraph (or of a list item's or a
 * quote's content), or as a `continuation` line of a paragraph, where fewer blocks can begin (a
 * list only when it is not empty and, numbered, starts at 1; no link reference definition) but a
 * setext underline can. An `item` is a list item's content, where GitHub also reads `[ ]` as a
 * task-list checkbox.
 */
export type LinePlace = 'start' | 'item' | 'continuation';

const thematicBreak = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const atxHeading = /^#{1,6}(?:[ \t]|$)/;
const bullet = /^[-+*](?:[ \t]|$)/;
const bulletWithContent = /^[-+*][ \t]+\S/;
const ordered = /^(\d{1,9})[.)](?:[ \t]|$)/;
const orderedWithContent = /^(\d{1,9})[.)][ \t]+\S/;
const backtickFence = /^`{3,}[^`]*$/;
const tildeFence = /^~{3,}/;
const setextUnderline = /^(?:=+|-+)[ \t]*$/;
const htmlStart = /^<[A-Za-z/!?]/;
const taskMarker = /^\[[ xX]\](?:[ \t]|$)/;
const definitionLabel = /^\[(?:[^\\[\]]|\\.)*[^\s\\[\]](?:[^\\[\]]|\\.)*\]:/;

/**
 * `[label]: destination "title"` at a paragraph's start defines a link (markdown-it's reference
 * rule, simplified: the destination may be on the next line, where we only ask that there is one).
 */
function isDefinition(text: string, lines: readonly Ch[][], index: number): boolean {
  const label = definitionLabel.exec(text);
  if (!label) return false;
  let pos = label[0].length;
  while (text[pos] === ' ' || text[pos] === '\t') pos++;
  if (pos >= text.length || (text[pos] === '\\' && pos === text.length - 1)) return index + 1 < lines.length;
  const destination = linkDestination(text, pos, text.length);
  if (!destination) return false;
  pos = destination.end;
  const rest = text.slice(pos).replace(/\\$/, '');
  if (rest.trim() === '') return true;
  if (!/^[ \t]/.test(rest)) return false;
  const start = pos + rest.length - rest.trimStart().length;
  const end = linkTitleEnd(text, start, text.length);
  return end >= 0 && text.slice(end).replace(/\\$/, '').trim() === '';
}

/**
 * Escapes what would start a block at the beginning of `lines[index]` (its first character must
 * be the user's; leading whitespace is already gone). Only the first character or the number's
 * `.`/`)` is touched.
 */
export function lineStart(lines: Ch[][], index: number, place: LinePlace): void {
  const chars = lines[index]!;
  const { src, owner } = written(chars);
  // Only the user's first character is looked at (an escaped one is written `\` and starts nothing).
  if (chars.length === 0 || !chars[0]!.user || owner[0] !== 0) return;
  // A line with more after it in its paragraph ends in the hard break's backslash: `-\` is no list.
  const text = src + (index < lines.length - 1 ? '\\' : '');
  const escape = (at: number) => {
    chars[owner[at]!]!.as = 'escaped';
  };
  if (htmlStart.test(text)) {
    chars[0]!.as = 'lt';
    return;
  }
  if (thematicBreak.test(text) || atxHeading.test(text) || text.startsWith('>')) return escape(0);
  if (backtickFence.test(text) || tildeFence.test(text)) return escape(0);
  if (place === 'item' && taskMarker.test(text)) return escape(0);
  if (place !== 'continuation') {
    if (bullet.test(text)) return escape(0);
    const number = ordered.exec(text);
    if (number) return escape(number[1]!.length);
    if (isDefinition(text, lines, index)) return escape(0);
    return;
  }
  if (setextUnderline.test(text) || bulletWithContent.test(text)) return escape(0);
  const number = orderedWithContent.exec(text);
  if (number && Number(number[1]) === 1) escape(number[1]!.length);
}

/**
 * A GFM table needs a header line with a pipe and, right under it, a delimiter row (`---|---`)
 * with as many cells. In a paragraph written with hard breaks only the last line can be a
 * delimiter row (the others end in a backslash). Returns whether the paragraph's last two written
 * lines would make a table.
 */
export function makesTable(header: string, delimiter: string): boolean {
  if (!/^[-:|][-:|\s]*$/.test(delimiter)) return false;
  const second = delimiter[1];
  if (second === undefined || (delimiter[0] === '-' && /[ \t]/.test(second))) return false;
  const columns = delimiter.split('|');
  let aligns = 0;
  for (let i = 0; i < columns.length; i++) {
    const t = columns[i]!.trim();
    if (!t) {
      if (i === 0 || i === columns.length - 1) continue;
      return false;
    }
    if (!/^:?-+:?$/.test(t)) return false;
    aligns++;
  }
  const line = header.trim();
  if (!line.includes('|')) return false;
  const cells = escapedSplit(line);
  if (cells[0] === '') cells.shift();
  if (cells.length && cells[cells.length - 1] === '') cells.pop();
  return cells.length > 0 && cells.length === aligns;
}

/** markdown-it's split of a table row: a pipe right after a backslash does not split. */
function escapedSplit(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '|' && line[i - 1] !== '\\') {
      cells.push(current);
      current = '';
    } else current += line[i];
  }
  cells.push(current);
  return cells;
}

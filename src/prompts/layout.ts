import { stripVTControlCharacters } from 'node:util';
import { displayWidth, truncate, wrap } from '../text/wrap.js';

/**
 * The lines every prompt of ours starts with or ends as, wrapped by us to the terminal's width:
 * Inquirer's own breaking would start each continuation line with a space.
 */

/** A text over as many lines as it needs, each styled; continuation lines start at the left edge. */
export function block(text: string, columns: number, style: (line: string) => string = (l) => l): string[] {
  return wrap(text, columns).split('\n').map(style);
}

/** The question: the prefix (? or ✔) and the message, wrapped under it. */
export function question(prefix: string, message: string, columns: number, style: (line: string) => string): string[] {
  // The prefix may be coloured: wrap with a stand-in of its visible width.
  const stand = `${'?'.repeat(displayWidth(stripVTControlCharacters(prefix)))} `;
  return wrap(message, columns, stand, '')
    .split('\n')
    .map((line, i) => (i === 0 ? `${prefix} ${style(line.slice(stand.length))}` : style(line)));
}

/** A prompt once answered: the question and the answer on one line, or wrapped when that does not fit. */
export function answered(prefix: string, message: string, answer: string, columns: number, styles: { message: (s: string) => string; answer: (s: string) => string }): string {
  const one = `${prefix} ${styles.message(message)} ${styles.answer(answer)}`;
  if (displayWidth(stripVTControlCharacters(one)) <= columns) return one;
  // Wrapped as one text; then the answer's words (the last ones) get the answer's style back.
  let answerWords = answer.split(/\s+/).filter(Boolean).length;
  const lines = question(prefix, `${message} ${answer}`, columns, (l) => l);
  for (let i = lines.length - 1; i >= 0; i--) {
    const start = i === 0 ? `${prefix} ` : '';
    const words = lines[i]!.slice(start.length).split(' ');
    const own = Math.min(answerWords, words.length);
    answerWords -= own;
    const asked = words.slice(0, words.length - own).join(' ');
    const said = words.slice(words.length - own).join(' ');
    lines[i] = start + [asked && styles.message(asked), said && styles.answer(said)].filter(Boolean).join(' ');
  }
  return lines.join('\n');
}

/**
 * The part of a list of `count` one-row items a page of `rows` rows (at least 3) shows around the
 * active item: `start` to `end` (exclusive), and whether the list is cut above and below. Each cut
 * takes one of the page's rows for its mark, so the page is never taller than `rows`. Once the
 * page scrolls, the active item stays in its middle, as Inquirer's own pagination keeps it.
 */
export function pageRange(count: number, active: number, rows: number): { start: number; end: number; above: boolean; below: boolean } {
  if (count <= rows) return { start: 0, end: count, above: false, below: false };
  const middle = Math.floor((rows - 1) / 2);
  if (active <= middle) return { start: 0, end: rows - 1, above: false, below: true };
  if (active >= count - rows + middle) return { start: count - rows + 1, end: count, above: true, below: false };
  const start = active - middle + 1;
  return { start, end: start + rows - 2, above: true, below: true };
}

/**
 * A list paged around its active item (see pageRange), a cut marked by a line with an arrow and
 * `more` (dimmed by `style`), indented as the multiline input's ⋮ for cut text.
 */
export function listPage<T>(
  items: readonly T[],
  active: number,
  rows: number,
  columns: number,
  renderItem: (item: T, isActive: boolean) => string,
  more: { text: string; style: (line: string) => string },
): string {
  const { start, end, above, below } = pageRange(items.length, active, rows);
  const mark = (arrow: string) => more.style(`  ${truncate(`${arrow} ${more.text}`, columns - 2)}`);
  return [
    ...(above ? [mark('↑')] : []),
    ...items.slice(start, end).map((item, i) => renderItem(item, start + i === active)),
    ...(below ? [mark('↓')] : []),
  ].join('\n');
}

import { stripVTControlCharacters } from 'node:util';
import { displayWidth, wrap } from '../text/wrap.js';

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

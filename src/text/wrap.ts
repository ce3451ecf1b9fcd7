import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';

/** A colour code (SGR), as chalk writes them. */
const COLOUR = /(\x1b\[[0-9;]*m)/;

/** An emoji sequence: string-width knows its presentation (☺ is 1 column, ☺️ and 👨‍👩‍👧 are 2). */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\ufe0f/u;
/** Marks (accents, Thai tone marks, enclosing circles) and format characters (ZWJ) take no column of their own. */
const ZERO_WIDTH = /[\p{M}\p{Cf}]/gu;
/** Text in which every code point is a character of its own: no marks, joiners or emoji to group. */
const SIMPLE = /^[^\p{M}\p{Cf}\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}]*$/u;

// Creating a segmenter loads ICU's break data (~50 ms here): only for text that needs it.
let segmenter: Intl.Segmenter | undefined;

/** The user-perceived characters of a text: a cut never splits an accent or emoji from its base. */
function splitGraphemes(text: string): string[] {
  if (SIMPLE.test(text)) return [...text];
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return [...segmenter.segment(text)].map((g) => g.segment);
}

/** Columns one user-perceived character takes: its base character's width, or an emoji's. */
function graphemeWidth(grapheme: string): number {
  if (EMOJI.test(grapheme)) return Math.min(2, stringWidth(grapheme));
  const base = [...grapheme.replace(ZERO_WIDTH, '')][0];
  return base === undefined ? 0 : stringWidth(base);
}

/** Display width of a string in a terminal: wide (CJK, emoji) characters count double, marks nothing. */
export function displayWidth(text: string): number {
  // Colour codes take no room.
  if (text.includes('\x1b')) return displayWidth(stripVTControlCharacters(text));
  // Most text is printable ASCII: one column a character.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  if (SIMPLE.test(text)) return stringWidth(text);
  return splitGraphemes(text).reduce((width, g) => width + graphemeWidth(g), 0);
}

/**
 * One line of at most `width` columns: whitespace (line breaks too) collapsed, and what does not fit
 * cut at a character boundary with an ellipsis. For labels in a list, where a wrapped line would
 * push the list off a small screen.
 */
export function truncate(text: string, width: number): string {
  const flat = text.replace(BREAKABLE_SPACE, ' ').trim();
  if (displayWidth(flat) <= width) return flat;
  let taken = '';
  let used = 0;
  // Colour codes are kept whole and take no room; a cut text ends with a reset, so no colour bleeds on.
  for (const part of flat.split(COLOUR)) {
    if (COLOUR.test(part)) {
      taken += part;
      continue;
    }
    for (const g of splitGraphemes(part)) {
      const w = graphemeWidth(g);
      if (used + w > width - 1) return `${taken.trimEnd()}…${taken.includes('\x1b') ? '\x1b[0m' : ''}`;
      taken += g;
      used += w;
    }
  }
  return taken;
}

/**
 * Whitespace a line may break at: every kind but the no-break spaces (U+00A0, U+2007, U+202F), which
 * French puts before `: ; ? !` and inside « » — `\s` alone matches them and would leave a `?` alone
 * on a line.
 */
export const BREAKABLE_SPACE = /[^\S\u00a0\u2007\u202f]+/g;

/** A web address: cutting it would break clicking and copying it, so it is never cut. */
const URL_START = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;

/**
 * Wraps text to `width` columns. Each line of the input is wrapped on its own (line breaks are
 * kept); the first output line starts with `first`, the others with `rest` (a hanging indent).
 * A word longer than the line is cut rather than allowed to overflow — except a URL, which gets a
 * line of its own and stays whole (the terminal may soft-wrap it, but it can still be clicked).
 */
export function wrap(text: string, width: number, first = '', rest = first): string {
  const out: string[] = [];
  let prefix = first;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    const room = () => Math.max(10, width - displayWidth(prefix));
    const push = () => {
      out.push((prefix + line).trimEnd());
      prefix = rest;
      line = '';
    };
    for (let word of paragraph.split(BREAKABLE_SPACE).filter(Boolean)) {
      if (URL_START.test(word) && displayWidth(word) > room()) {
        if (line) push();
        line = word; // the next word cannot join it: it goes to the next line
        continue;
      }
      while (displayWidth(word) > room()) {
        if (line) push();
        const cut = splitGraphemes(word);
        let taken = '';
        while (cut.length > 0 && displayWidth(taken + cut[0]) <= room()) taken += cut.shift();
        line = taken;
        push();
        word = cut.join('');
      }
      if (!word) continue;
      if (line && displayWidth(line) + 1 + displayWidth(word) > room()) push();
      line = line ? `${line} ${word}` : word;
    }
    push();
  }
  return out.join('\n');
}

/** Readable line length: the terminal's width, but never wider than is comfortable to read. */
export function readingWidth(columns: number | undefined): number {
  return Math.max(40, Math.min(columns ?? 80, 100));
}

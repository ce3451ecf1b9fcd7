import { inlineFindings, isAsciiPunct, loneDelimiters } from './inline-syntax.js';

/**
 * One character of a line being escaped: typed by the user (shown as it is, escaped where needed)
 * or written by the renderer (Markdown that is meant).
 */
export interface Ch {
  c: string;
  user: boolean;
  /** How it is written: as it is, after a backslash, or (a `<`) as `&lt;`. */
  as: 'plain' | 'escaped' | 'lt';
  /** Escaped for inline syntax (may be dropped again when another escape makes it unneeded). */
  inline?: boolean;
}

/** One entry per UTF-16 unit, as the parser indexes its source (an emoji is two). */
export function userChars(text: string): Ch[] {
  return text.split('').map((c) => ({ c, user: true, as: 'plain' as const }));
}

export function fixedChars(text: string): Ch[] {
  return text.split('').map((c) => ({ c, user: false, as: 'plain' as const }));
}

/** The Markdown of `chars`, and for every position the index of the character it shows (-1: added). */
export function written(chars: readonly Ch[]): { src: string; owner: number[] } {
  const parts: string[] = [];
  const owner: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch.as === 'escaped') {
      parts.push('\\', ch.c);
      owner.push(-1, i);
    } else if (ch.as === 'lt') {
      parts.push('&lt;');
      owner.push(-1, -1, -1, -1);
    } else {
      parts.push(ch.c);
      owner.push(i);
    }
  }
  return { src: parts.join(''), owner };
}

export function toMarkdown(chars: readonly Ch[]): string {
  let out = '';
  for (const ch of chars) out += ch.as === 'escaped' ? `\\${ch.c}` : ch.as === 'lt' ? '&lt;' : ch.c;
  return out;
}

/**
 * How far to look: `exact` when the characters are the whole inline content (a paragraph of the
 * plan, a table cell, a heading), so that a lone `*` that pairs with nothing stays as it is;
 * `open` when unknown text may stand beside them on the line (the primitives' callers), so that
 * nothing can pair across: every delimiter that could open or close is escaped, every backtick,
 * a `](`, a backslash at the end and `#`s that would close a heading.
 */
export type Edges = 'exact' | 'open';

/** Characters that can take part in inline syntax; text without any of them needs no escape. */
const SPECIAL = /[\\`*_~[\]<&!]/;

/** Every place where the parser reads the user's characters as syntax, as the fixes for them. */
function findings(chars: readonly Ch[]): Array<{ index: number; as: Ch['as'] }> {
  const { src, owner } = written(chars);
  const user = (i: number) => owner[i] !== undefined && owner[i]! >= 0 && chars[owner[i]!]!.user;
  return inlineFindings(src, user).map((finding) => ({ index: owner[finding.at]!, as: finding.kind === 'lt' ? 'lt' : 'escaped' }));
}

/**
 * Adds the fewest escapes to the user's characters in one inline content until a CommonMark/GFM
 * parser reads them as text: each escape is added because without it the parser saw syntax.
 */
export function settleInline(chars: Ch[], edges: Edges): void {
  const special = chars.some((ch) => ch.user && SPECIAL.test(ch.c));
  if (!special && edges === 'exact') return;
  for (let round = 0; special; round++) {
    // Every round escapes at least one more character: more rounds than characters is a bug.
    if (round > chars.length) throw new Error('settleInline: no fixed point');
    const found = findings(chars);
    if (found.length === 0) break;
    for (const { index, as } of found) {
      chars[index]!.as = as;
      chars[index]!.inline = true;
    }
  }
  // Escapes are added a round at a time, and one can make another unneeded (CommonMark's "rule
  // of 3" pairs delimiters by the runs around them; a line-start escape may do it too): whatever
  // is clean without its escape loses it.
  for (let dropped = true; dropped; ) {
    dropped = false;
    for (let index = chars.length - 1; index >= 0; index--) {
      const ch = chars[index]!;
      if (!ch.inline || ch.as === 'plain') continue;
      const as = ch.as;
      ch.as = 'plain';
      if (findings(chars).length > 0) ch.as = as;
      else {
        ch.inline = false;
        dropped = true;
      }
    }
  }
  if (edges === 'exact') return;
  for (let changed = true; changed; ) {
    changed = false;
    const { src, owner } = written(chars);
    const user = (i: number) => owner[i] !== undefined && owner[i]! >= 0 && chars[owner[i]!]!.user;
    const escape = (at: number) => {
      const ch = chars[owner[at]!]!;
      if (ch.as === 'plain') {
        ch.as = 'escaped';
        changed = true;
      }
    };
    for (const run of loneDelimiters(src, user)) {
      for (let at = run; src[at] === src[run] && user(at); at++) escape(at);
    }
    for (let at = 0; at < src.length; at++) {
      if (!user(at)) continue;
      // A backtick may pair with one in the text beside it; `](` may close a `[` written before it.
      if (src[at] === '`' || (src[at] === ']' && src[at + 1] === '(')) escape(at);
      // A backslash at the very end may meet punctuation the caller writes after it.
      if (src[at] === '\\' && at === src.length - 1) escape(at);
    }
    // In a heading, `#`s after a space at the end would be taken for its closing sequence.
    const closing = /(^|[ \t])#+[ \t]*$/.exec(src);
    if (closing && user(closing.index + closing[1]!.length)) escape(closing.index + closing[1]!.length);
  }
}

export { isAsciiPunct };

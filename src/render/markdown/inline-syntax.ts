/**
 * Where a CommonMark + GFM parser would read inline syntax in one inline content (a paragraph, a
 * heading's text, a table cell): a port of the parts of markdown-it's inline parser that matter
 * for escaping (backslash escapes, code spans, links and images, autolinks and inline HTML,
 * entities, emphasis and strikethrough with their pairing rules). It does not build tokens: it
 * only answers "which character written by the user takes part in syntax?", so that the escaper
 * adds a backslash exactly there and nowhere else.
 *
 * `src` is the inline content as the parser sees it (escapes already written in it); `user(i)`
 * says whether the character at `i` was typed by the user (the rest is the renderer's Markdown,
 * whose syntax is meant).
 */

/** What makes the user's text mean something else than its characters, and where to fix it. */
export type Finding =
  | { kind: 'escape'; at: number }
  /** A `<` that starts an autolink or HTML tag: written as `&lt;`. */
  | { kind: 'lt'; at: number };

type IsUser = (index: number) => boolean;

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const UNICODE_PUNCT = /[\p{P}\p{S}]/u;
const HTML_TAG_RE = (() => {
  const attrName = '[a-zA-Z_:][a-zA-Z0-9:._-]*';
  const attrValue = '(?:[^"\'=<>`\\x00-\\x20]+|\'[^\']*\'|"[^"]*")';
  const attribute = `(?:\\s+${attrName}(?:\\s*=\\s*${attrValue})?)`;
  const openTag = `<[A-Za-z][A-Za-z0-9\\-]*${attribute}*\\s*\\/?>`;
  const closeTag = '<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>';
  const comment = '<!---?>|<!--(?:[^-]|-[^-]|--[^>])*-->';
  const processing = '<[?][\\s\\S]*?[?]>';
  const declaration = '<![A-Za-z][^>]*>';
  const cdata = '<!\\[CDATA\\[[\\s\\S]*?\\]\\]>';
  return new RegExp(`^(?:${openTag}|${closeTag}|${comment}|${processing}|${declaration}|${cdata})`);
})();
/** What the scanner stops at; everything else is plain text. */
const INLINE_SPECIAL = new Set(['\\', '`', '<', '&', '[', '!', '*', '_', '~']);
const NEXT_SPECIAL = /[\\`<&[!*_~]/g;
const AUTOLINK_RE = /^([a-zA-Z][a-zA-Z0-9+.-]{1,31}):([^<>\x00-\x20]*)$/;
const EMAIL_RE =
  /^([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)$/;
/**
 * Entities. markdown-it decodes only the ~2,200 names HTML knows; we do not carry that list, so
 * every `&name;` counts (an unknown one gets a backslash it does not strictly need).
 */
const ENTITY_RE = /^&(?:#(?:x[a-f0-9]{1,6}|[0-9]{1,7})|[a-z][a-z0-9]{1,31});/i;
const BAD_PROTO_RE = /^(vbscript|javascript|file|data):/;
const GOOD_DATA_RE = /^data:image\/(gif|png|jpeg|webp);/;

export function isAsciiPunct(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ASCII_PUNCT.test(ch);
}

function isWhiteSpace(code: number): boolean {
  if (code >= 0x2000 && code <= 0x200a) return true;
  return [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000].includes(code);
}

function isPunctCode(code: number): boolean {
  const ch = String.fromCodePoint(code);
  return (code < 128 && ASCII_PUNCT.test(ch)) || UNICODE_PUNCT.test(ch);
}

/** The code point before `start` (a space at the start), as markdown-it's scanDelims reads it. */
function codeBefore(src: string, start: number): number {
  if (start === 0) return 0x20;
  const code = src.codePointAt(start - 1)!;
  if (code >= 0xdc00 && code <= 0xdfff && start >= 2) {
    const pair = src.codePointAt(start - 2)!;
    return pair > 0xffff ? pair : 0xfffd;
  }
  return code >= 0xd800 && code <= 0xdfff ? 0xfffd : code;
}

function codeAt(src: string, pos: number, max: number): number {
  if (pos >= max) return 0x20;
  const code = src.codePointAt(pos)!;
  if (code >= 0xd800 && code <= 0xdfff) return 0xfffd;
  return code;
}

interface Delimiter {
  marker: string;
  /** Length of the run (0 for strikethrough: no rule of 3). */
  length: number;
  /** Position in `src` of this delimiter's first character, and of its run's first. */
  pos: number;
  runStart: number;
  /** Adjacency, as markdown-it's token index: consecutive for the characters of one run. */
  token: number;
  end: number;
  open: boolean;
  close: boolean;
}

function scanDelims(src: string, start: number, max: number, canSplitWord: boolean) {
  const marker = src[start]!;
  let pos = start;
  while (pos < max && src[pos] === marker) pos++;
  const last = codeBefore(src, start);
  const next = codeAt(src, pos, max);
  const lastPunct = isPunctCode(last);
  const nextPunct = isPunctCode(next);
  const lastSpace = isWhiteSpace(last);
  const nextSpace = isWhiteSpace(next);
  const left = !nextSpace && (!nextPunct || lastSpace || lastPunct);
  const right = !lastSpace && (!lastPunct || nextSpace || nextPunct);
  return {
    length: pos - start,
    canOpen: left && (canSplitWord || !right || lastPunct),
    canClose: right && (canSplitWord || !left || nextPunct),
  };
}

/** markdown-it's balance_pairs: marks `end` on every opener that found its closer. */
function processDelimiters(delimiters: Delimiter[]): void {
  const openersBottom: Record<string, number[]> = {};
  let headerIdx = 0;
  let lastTokenIdx = -2;
  const jumps: number[] = [];
  for (let closerIdx = 0; closerIdx < delimiters.length; closerIdx++) {
    const closer = delimiters[closerIdx]!;
    jumps.push(0);
    if (delimiters[headerIdx]!.marker !== closer.marker || lastTokenIdx !== closer.token - 1) headerIdx = closerIdx;
    lastTokenIdx = closer.token;
    if (!closer.close) continue;
    const bottoms = (openersBottom[closer.marker] ??= [-1, -1, -1, -1, -1, -1]);
    const minOpenerIdx = bottoms[(closer.open ? 3 : 0) + (closer.length % 3)]!;
    let openerIdx = headerIdx - jumps[headerIdx]! - 1;
    let newMinOpenerIdx = openerIdx;
    for (; openerIdx > minOpenerIdx; openerIdx -= jumps[openerIdx]! + 1) {
      const opener = delimiters[openerIdx]!;
      if (opener.marker !== closer.marker) continue;
      if (opener.open && opener.end < 0) {
        const odd =
          (opener.close || closer.open) &&
          (opener.length + closer.length) % 3 === 0 &&
          (opener.length % 3 !== 0 || closer.length % 3 !== 0);
        if (!odd) {
          const lastJump = openerIdx > 0 && !delimiters[openerIdx - 1]!.open ? jumps[openerIdx - 1]! + 1 : 0;
          jumps[closerIdx] = closerIdx - openerIdx + lastJump;
          jumps[openerIdx] = lastJump;
          closer.open = false;
          opener.end = closerIdx;
          opener.close = false;
          newMinOpenerIdx = -1;
          lastTokenIdx = -2;
          break;
        }
      }
    }
    if (newMinOpenerIdx !== -1) bottoms[(closer.open ? 3 : 0) + (closer.length % 3)] = newMinOpenerIdx;
  }
}

function isSpaceOrTab(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/** End of a valid link destination starting at `pos`, or -1 (markdown-it's parseLinkDestination). */
export function linkDestination(src: string, start: number, max: number): { end: number; url: string } | undefined {
  let pos = start;
  if (src[pos] === '<') {
    pos++;
    while (pos < max) {
      const ch = src[pos];
      if (ch === '\n' || ch === '<') return undefined;
      if (ch === '>') return { end: pos + 1, url: src.slice(start + 1, pos) };
      if (ch === '\\' && pos + 1 < max) {
        pos += 2;
        continue;
      }
      pos++;
    }
    return undefined;
  }
  let level = 0;
  while (pos < max) {
    const code = src.charCodeAt(pos);
    if (code === 0x20 || code < 0x20 || code === 0x7f) break;
    if (code === 0x5c && pos + 1 < max) {
      if (src.charCodeAt(pos + 1) === 0x20) {
        pos++;
        continue;
      }
      pos += 2;
      continue;
    }
    if (code === 0x28) {
      level++;
      if (level > 32) return undefined;
    }
    if (code === 0x29) {
      if (level === 0) break;
      level--;
    }
    pos++;
  }
  if (start === pos || level !== 0) return undefined;
  return { end: pos, url: src.slice(start, pos) };
}

export function linkTitleEnd(src: string, start: number, max: number): number {
  if (start >= max) return -1;
  let marker = src[start];
  if (marker !== '"' && marker !== "'" && marker !== '(') return -1;
  if (marker === '(') marker = ')';
  for (let pos = start + 1; pos < max; pos++) {
    const ch = src[pos];
    if (ch === marker) return pos + 1;
    if (ch === '(' && marker === ')') return -1;
    if (ch === '\\' && pos + 1 < max) pos++;
  }
  return -1;
}

function validateLink(url: string): boolean {
  const str = url.trim().toLowerCase();
  return BAD_PROTO_RE.test(str) ? GOOD_DATA_RE.test(str) : true;
}

/** After `]` at `labelEnd`: the end of an inline link's `(destination "title")`, or -1. */
function inlineLinkEnd(src: string, labelEnd: number, max: number): number {
  let pos = labelEnd + 1;
  if (pos >= max || src[pos] !== '(') return -1;
  pos++;
  while (pos < max && (isSpaceOrTab(src[pos]) || src[pos] === '\n')) pos++;
  if (pos >= max) return -1;
  const destination = linkDestination(src, pos, max);
  if (destination && validateLink(destination.url)) {
    pos = destination.end;
    const afterDestination = pos;
    while (pos < max && (isSpaceOrTab(src[pos]) || src[pos] === '\n')) pos++;
    const titleEnd = linkTitleEnd(src, pos, max);
    if (pos < max && afterDestination !== pos && titleEnd >= 0) {
      pos = titleEnd;
      while (pos < max && (isSpaceOrTab(src[pos]) || src[pos] === '\n')) pos++;
    }
  }
  if (pos >= max || src[pos] !== ')') return -1;
  return pos + 1;
}

/** The parser over one inline content; `findings` collects what the user's text turned into. */
class Scanner {
  readonly findings: Finding[] = [];
  private depth = 0;
  private backticksScanned = false;
  private readonly backticks = new Map<number, number>();
  private readonly links = new Map<string, { open: number; labelEnd: number; end: number } | undefined>();

  constructor(
    private readonly src: string,
    private readonly user: IsUser,
  ) {}

  /** The end of a code span opened by the backtick run at `pos`, or -1 (markdown-it's backticks rule). */
  private codeSpanEnd(pos: number, max: number): { runEnd: number; end: number; closer: number } | undefined {
    const { src } = this;
    let runEnd = pos;
    while (runEnd < max && src[runEnd] === '`') runEnd++;
    const length = runEnd - pos;
    // As markdown-it: once the whole source was searched, where the last run of each length
    // starts tells at once that an opener after it has no closer (linear, not quadratic).
    const whole = max === src.length;
    if (whole && this.backticksScanned && (this.backticks.get(length) ?? 0) <= pos) return { runEnd, end: -1, closer: -1 };
    let matchEnd = runEnd;
    let matchStart: number;
    while ((matchStart = src.indexOf('`', matchEnd)) !== -1 && matchStart < max) {
      matchEnd = matchStart + 1;
      while (matchEnd < max && src[matchEnd] === '`') matchEnd++;
      if (matchEnd - matchStart === length) return { runEnd, end: matchEnd, closer: matchStart };
      if (whole) this.backticks.set(matchEnd - matchStart, matchStart);
    }
    if (whole) this.backticksScanned = true;
    return { runEnd, end: -1, closer: -1 };
  }

  private htmlOrAutolinkEnd(pos: number, max: number): number {
    const { src } = this;
    for (let at = pos + 1; at < max; at++) {
      if (src[at] === '<') break;
      if (src[at] === '>') {
        const url = src.slice(pos + 1, at);
        if (AUTOLINK_RE.test(url) || EMAIL_RE.test(url)) return at + 1;
        break;
      }
    }
    const next = src[pos + 1];
    if (next === undefined || !/[!/?A-Za-z]/.test(next)) return -1;
    const match = HTML_TAG_RE.exec(src.slice(pos, max));
    return match ? pos + match[0].length : -1;
  }

  /** markdown-it's skipToken, for what a link label may contain. */
  private skipToken(pos: number, max: number): number {
    const { src } = this;
    const ch = src[pos];
    if (ch === '\\') return pos + 1 < max && (isAsciiPunct(src[pos + 1]) || src[pos + 1] === '\n') ? pos + 2 : pos + 1;
    if (ch === '`') {
      const span = this.codeSpanEnd(pos, max)!;
      return span.end >= 0 ? span.end : span.runEnd;
    }
    if (ch === '<') {
      const end = this.htmlOrAutolinkEnd(pos, max);
      return end >= 0 ? end : pos + 1;
    }
    if (ch === '&') {
      const match = ENTITY_RE.exec(src.slice(pos, max));
      return match ? pos + match[0].length : pos + 1;
    }
    if (ch === '[' || (ch === '!' && src[pos + 1] === '[')) {
      const link = this.linkAt(pos, max);
      if (link) return link.end;
      return pos + 1;
    }
    if (ch === '*' || ch === '_' || ch === '~') {
      let end = pos;
      while (end < max && src[end] === ch) end++;
      return end;
    }
    return pos + 1;
  }

  /** markdown-it's parseLinkLabel: the position of the `]` that closes the label opened at `start`. */
  private labelEnd(start: number, max: number, disableNested: boolean): number {
    let level = 1;
    let pos = start + 1;
    while (pos < max) {
      const marker = this.src[pos];
      if (marker === ']') {
        level--;
        if (level === 0) return pos;
      }
      const prev = pos;
      pos = this.skipToken(pos, max);
      if (marker === '[') {
        if (prev === pos - 1) level++;
        else if (disableNested) return -1;
      }
    }
    return -1;
  }

  /** A link or image starting at `pos` (`[` or `![`): where its label and the whole link end. */
  private linkAt(pos: number, max: number): { open: number; labelEnd: number; end: number } | undefined {
    // Remembered, as markdown-it does: a run of `[` would otherwise be parsed again at every depth.
    const key = `${pos}:${max}`;
    if (this.links.has(key)) return this.links.get(key);
    const link = this.findLink(pos, max);
    this.links.set(key, link);
    return link;
  }

  private findLink(pos: number, max: number): { open: number; labelEnd: number; end: number } | undefined {
    if (this.depth > 50) return undefined;
    const open = this.src[pos] === '!' ? pos + 1 : pos;
    this.depth++;
    try {
      const labelEnd = this.labelEnd(open, max, open === pos);
      if (labelEnd < 0) return undefined;
      const end = inlineLinkEnd(this.src, labelEnd, max);
      return end < 0 ? undefined : { open, labelEnd, end };
    } finally {
      this.depth--;
    }
  }

  /** Parses `src[start, max)` as inline content, with its own emphasis scope. */
  scan(start: number, max: number): void {
    const { src, user } = this;
    const delimiters: Delimiter[] = [];
    let pos = start;
    while (pos < max) {
      const ch = src[pos]!;
      if (!INLINE_SPECIAL.has(ch)) {
        // Plain text: jump to the next character that can start something.
        NEXT_SPECIAL.lastIndex = pos;
        pos = NEXT_SPECIAL.exec(src) ? Math.min(NEXT_SPECIAL.lastIndex - 1, max) : max;
        continue;
      }
      if (ch === '\\') {
        const next = src[pos + 1];
        if (pos + 1 < max && (isAsciiPunct(next) || next === '\n')) {
          if (user(pos)) this.findings.push({ kind: 'escape', at: pos });
          pos += 2;
        } else pos++;
        continue;
      }
      if (ch === '`') {
        const span = this.codeSpanEnd(pos, max)!;
        if (span.end < 0) {
          pos = span.runEnd;
          continue;
        }
        if (user(pos)) this.findings.push({ kind: 'escape', at: pos });
        else if (user(span.closer)) this.findings.push({ kind: 'escape', at: span.closer });
        pos = span.end;
        continue;
      }
      if (ch === '<') {
        const end = this.htmlOrAutolinkEnd(pos, max);
        if (end >= 0) {
          if (user(pos)) this.findings.push({ kind: 'lt', at: pos });
          pos = end;
        } else pos++;
        continue;
      }
      if (ch === '&') {
        const match = ENTITY_RE.exec(src.slice(pos, max));
        if (match) {
          if (user(pos)) this.findings.push({ kind: 'escape', at: pos });
          pos += match[0].length;
        } else pos++;
        continue;
      }
      if (ch === '[' || (ch === '!' && src[pos + 1] === '[')) {
        const link = this.linkAt(pos, max);
        if (!link) {
          pos += 1;
          continue;
        }
        if (user(link.open)) this.findings.push({ kind: 'escape', at: link.open });
        else if (user(link.labelEnd)) this.findings.push({ kind: 'escape', at: link.labelEnd });
        else this.scan(link.open + 1, link.labelEnd);
        pos = link.end;
        continue;
      }
      if (ch === '*' || ch === '_') {
        const scanned = scanDelims(src, pos, max, ch === '*');
        for (let i = 0; i < scanned.length; i++) {
          delimiters.push({ marker: ch, length: scanned.length, pos: pos + i, runStart: pos, token: pos + i, end: -1, open: scanned.canOpen, close: scanned.canClose });
        }
        pos += scanned.length;
        continue;
      }
      if (ch === '~') {
        const scanned = scanDelims(src, pos, max, true);
        let length = scanned.length;
        if (length >= 2) {
          let at = pos;
          if (length % 2) {
            at++;
            length--;
          }
          for (let i = 0; i < length; i += 2) {
            delimiters.push({ marker: '~', length: 0, pos: at + i, runStart: pos, token: at + i / 2, end: -1, open: scanned.canOpen, close: scanned.canClose });
          }
        }
        pos += scanned.length;
        continue;
      }
      pos++;
    }
    processDelimiters(delimiters);
    for (const opener of delimiters) {
      if (opener.end < 0) continue;
      const closer = delimiters[opener.end]!;
      const width = opener.marker === '~' ? 2 : 1;
      const openerUser = Array.from({ length: width }, (_, i) => user(opener.pos + i)).some(Boolean);
      const closerUser = Array.from({ length: width }, (_, i) => user(closer.pos + i)).some(Boolean);
      if (openerUser) this.findings.push({ kind: 'escape', at: firstUser(opener.runStart, user) });
      else if (closerUser) this.findings.push({ kind: 'escape', at: firstUser(closer.runStart, user) });
    }
  }
}

function firstUser(from: number, user: IsUser): number {
  let at = from;
  while (!user(at)) at++;
  return at;
}

/** Everything in `src` (one inline content) where the user's characters take part in syntax. */
export function inlineFindings(src: string, user: IsUser): Finding[] {
  const scanner = new Scanner(src, user);
  scanner.scan(0, src.length);
  return scanner.findings;
}

/** Delimiter runs of the user's that could open or close emphasis or strikethrough (see `escape.ts`, open edges). */
export function loneDelimiters(src: string, user: IsUser): number[] {
  const runs: number[] = [];
  for (let pos = 0; pos < src.length; ) {
    const ch = src[pos]!;
    if (ch === '\\' && isAsciiPunct(src[pos + 1])) {
      pos += 2;
      continue;
    }
    if ((ch === '*' || ch === '_' || ch === '~') && user(pos)) {
      const scanned = scanDelims(src, pos, src.length, ch !== '_');
      if ((scanned.canOpen || scanned.canClose) && (ch !== '~' || scanned.length >= 2)) runs.push(pos);
      pos += scanned.length;
      continue;
    }
    pos++;
  }
  return runs;
}

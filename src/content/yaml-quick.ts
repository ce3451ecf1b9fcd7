/**
 * A reader for the plain block YAML that resokit writes and people mostly write: mappings with
 * simple keys, block sequences, one-line plain and quoted scalars, literal block scalars, comments.
 * It is the happy path of checked-document.ts: a team report reads fifty files of twenty kilobytes,
 * and a general parser spends most of a report's time on them in a process too young to be
 * optimised. Anything else (anchors, flow collections other than [] and {}, folded or multi-line
 * scalars, numbers, tabs, a second document, a duplicate key, …) gives `undefined`, and the file
 * goes to the `yaml` library, which reads all of YAML and knows where every problem is. What this
 * reader accepts, it reads exactly as `yaml` does (tests/content/yaml-quick.test.ts compares them).
 */

type Value = string | boolean | null | Value[] | { [key: string]: Value };

/** Thrown to leave the reader from any depth: the file is not (only) the plain YAML read here. */
const notPlain = Symbol('notPlain');

/** Words the core schema reads as a null or a boolean: never a key, and a value only as such. */
const words: Record<string, null | boolean> = { '~': null, null: null, Null: null, NULL: null, true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };
/** What cannot start a plain scalar, or starts something else (a sequence entry, an anchor, …). */
const notPlainStart = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?: |$))/;
/** The core schema's numbers (yaml/dist/schema/core): left to `yaml`, no answers file holds one. */
const numberStart = /^[-+.0-9]/;
const numberLike = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/** Characters YAML refuses or treats specially; a file with any of them goes the long way. */
const unusual = /[\t\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFEFF\u2028\u2029]/;

const escapes: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

/** Spaces from lastIndex on (a regular expression: far quicker than a loop in a young process). */
const leadingSpaces = / */y;
/**
 * A key as written by resokit and in the schemas (letters, digits, `_`, `-`) and its colon, at
 * lastIndex; then a space or the end of the line (every line ends with a line break).
 */
const simpleKeyAt = /[A-Za-z][A-Za-z0-9_-]*:(?=[ \n])/y;
/** A sequence entry's `-` at lastIndex. */
const entryAt = /-(?=[ \n])/y;

function test(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** Where the spaces from `at` on end. */
function skipSpaces(text: string, at: number): number {
  leadingSpaces.lastIndex = at;
  leadingSpaces.test(text);
  return leadingSpaces.lastIndex;
}

/**
 * After a quoted scalar: nothing, or a comment after a space. Only spaces count: YAML's white
 * space is space and tab (no tab gets here), and a no-break space is content.
 */
function restIsEmpty(rest: string): boolean {
  const at = skipSpaces(rest, 0);
  return at === rest.length || (rest.charCodeAt(at) === 35 && at > 0);
}

function doubleQuoted(text: string): string {
  let out = '';
  let i = 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    const slash = text.indexOf('\\', i);
    if (quote === -1) throw notPlain; // continues on the next line
    if (slash === -1 || quote < slash) {
      out += text.slice(i, quote);
      if (!restIsEmpty(text.slice(quote + 1))) throw notPlain;
      return out;
    }
    out += text.slice(i, slash);
    const code = text[slash + 1];
    const hex = code === 'x' ? 2 : code === 'u' ? 4 : code === 'U' ? 8 : 0;
    if (hex > 0) {
      const digits = text.slice(slash + 2, slash + 2 + hex);
      const point = parseInt(digits, 16);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex || point > 0x10ffff) throw notPlain;
      out += String.fromCodePoint(point);
      i = slash + 2 + hex;
    } else {
      const escaped = code === undefined ? undefined : escapes[code];
      if (escaped === undefined) throw notPlain;
      out += escaped;
      i = slash + 2;
    }
  }
}

function singleQuoted(text: string): string {
  let out = '';
  let i = 1;
  for (;;) {
    const quote = text.indexOf("'", i);
    if (quote === -1) throw notPlain;
    out += text.slice(i, quote);
    if (text[quote + 1] !== "'") {
      if (!restIsEmpty(text.slice(quote + 1))) throw notPlain;
      return out;
    }
    out += "'";
    i = quote + 2;
  }
}

/**
 * Reads the text in place: a line is its offset in the text, its indentation and whether it is
 * filler, all found once; only values are cut out of the text. (Splitting a file into lines and
 * matching each key cost a team report of fifty files tens of thousands of strings and arrays.)
 */
class Reader {
  /** The current line. */
  private at = 0;
  private readonly count: number;
  /** Offset of each line; one more entry, past the last line break. */
  private readonly starts: Int32Array;
  private readonly indents: Int32Array;
  /** Blank, or a comment: `#` after nothing but spaces. */
  private readonly filler: Uint8Array;

  constructor(private readonly text: string) {
    let count = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
    this.count = count;
    this.starts = new Int32Array(count + 1);
    this.indents = new Int32Array(count);
    this.filler = new Uint8Array(count);
    let start = 0;
    for (let line = 0; line < count; line++) {
      const content = skipSpaces(text, start);
      this.starts[line] = start;
      this.indents[line] = content - start;
      const c = text.charCodeAt(content);
      this.filler[line] = c === 10 || c === 35 ? 1 : 0;
      start = text.indexOf('\n', content) + 1;
    }
    this.starts[count] = start;
  }

  /** Offset of the line break that ends `line`. */
  private end(line: number): number {
    return this.starts[line + 1]! - 1;
  }

  private blank(line: number): boolean {
    return this.starts[line]! + this.indents[line]! === this.end(line);
  }

  /** The next line with content (not blank, not a comment): its indentation, or -1 at the end. */
  private nextContent(): number {
    while (this.at < this.count && this.filler[this.at] === 1) this.at++;
    return this.at < this.count ? this.indents[this.at]! : -1;
  }

  /** `-` then a space or the end of the line, at `at`. */
  private entryAt(at: number): boolean {
    return test(entryAt, this.text, at);
  }

  /** The whole document: a mapping at the root, then nothing but blank lines and comments. */
  document(): Record<string, Value> | undefined {
    if (this.nextContent() !== 0) return undefined;
    const root = this.mapping(0);
    return this.nextContent() === -1 ? root : undefined;
  }

  private mapping(indent: number): Record<string, Value> {
    const map: Record<string, Value> = {};
    for (let at = this.nextContent(); at === indent; at = this.nextContent()) {
      const keyStart = this.starts[this.at]! + indent;
      if (!test(simpleKeyAt, this.text, keyStart)) {
        // A sequence at the mapping's own indentation belongs to the key before it.
        if (this.text.charCodeAt(keyStart) === 45) break;
        throw notPlain;
      }
      const colon = simpleKeyAt.lastIndex - 1;
      const key = this.text.slice(keyStart, colon);
      if ((key.length <= 5 && Object.hasOwn(words, key)) || Object.hasOwn(map, key)) throw notPlain;
      map[key] = this.value(colon + 1, indent, true);
    }
    return map;
  }

  private sequence(indent: number): Value[] {
    const items: Value[] = [];
    for (let at = this.nextContent(); at === indent; at = this.nextContent()) {
      const start = this.starts[this.at]!;
      const end = this.end(this.at);
      if (!this.entryAt(start + indent)) break;
      const content = skipSpaces(this.text, start + indent + 1);
      if (content === end || this.text.charCodeAt(content) === 35) {
        items.push(this.value(end, indent, false));
        continue;
      }
      const isMapping = test(simpleKeyAt, this.text, content);
      if (isMapping || this.entryAt(content)) {
        // "- id: a1" opens a mapping (or "- - x" a sequence) at the column of its first key: read
        // this line as if it held only that key, at that indentation.
        const column = content - start;
        this.indents[this.at] = column;
        items.push(isMapping ? this.mapping(column) : this.sequence(column));
      } else {
        items.push(this.value(content, indent, false));
      }
    }
    return items;
  }

  /**
   * The value from offset `from` on the current line (after `key:` or `- `). A nested block
   * follows on the next lines; a scalar stands on this line alone, or is a literal block scalar.
   */
  private value(from: number, indent: number, inMapping: boolean): Value {
    const end = this.end(this.at);
    // Nearly always one space after `key:` or `-`: no search for that.
    const start = this.text.charCodeAt(from) === 32 && this.text.charCodeAt(from + 1) !== 32 ? from + 1 : skipSpaces(this.text, from);
    this.at++;
    if (start === end || (this.text.charCodeAt(start) === 35 && start > from)) {
      const next = this.nextContent();
      if (next > indent) return this.entryAt(this.starts[this.at]! + next) ? this.sequence(next) : this.mapping(next);
      // "key:" then "- item" at the key's own indentation: the sequence is the key's value.
      if (inMapping && next === indent && this.entryAt(this.starts[this.at]! + indent)) return this.sequence(indent);
      return null;
    }
    const text = this.text.slice(start, end);
    if (text[0] === '|') return this.literal(text, indent, inMapping);
    let value: Value;
    if (text[0] === '"') value = doubleQuoted(text);
    else if (text[0] === "'") value = singleQuoted(text);
    else if (text.startsWith('[]') && restIsEmpty(text.slice(2))) value = [];
    else if (text.startsWith('{}') && restIsEmpty(text.slice(2))) value = {};
    else value = plain(text);
    // A more indented line after a one-line scalar continues it (or is a mistake): not read here.
    for (let line = this.at; line < this.count; line++) {
      if (this.blank(line)) continue;
      if (this.indents[line]! > indent) throw notPlain;
      break;
    }
    return value;
  }

  /** A literal block scalar (`|`, `|-`, `|+`, with an indentation indicator in a mapping only). */
  private literal(header: string, indent: number, inMapping: boolean): string {
    const match = /^\|([1-9])?([-+])?(?: +#.*| *)$/.exec(header);
    if (!match) throw notPlain;
    if (match[1] && !inMapping) throw notPlain;
    const chomping = match[2] ?? '';
    let contentIndent = match[1] ? indent + Number(match[1]) : -1;
    const start = this.at;
    let end = start;
    let lastContent = -1;
    let maxLeadingBlank = 0;
    for (; end < this.count; end++) {
      const lineIndent = this.indents[end]!;
      if (this.blank(end)) {
        if (contentIndent === -1) maxLeadingBlank = Math.max(maxLeadingBlank, lineIndent);
        else if (lineIndent > contentIndent) lastContent = end; // spaces beyond the indentation are content
        continue;
      }
      if (contentIndent === -1) {
        if (lineIndent <= indent || maxLeadingBlank > lineIndent) throw notPlain;
        contentIndent = lineIndent;
      }
      if (lineIndent < contentIndent) break;
      lastContent = end;
    }
    if (lastContent === -1) throw notPlain;
    const body: string[] = [];
    for (let line = start; line <= lastContent; line++) body.push(this.text.slice(this.starts[line]! + contentIndent, this.end(line)));
    let value = body.join('\n');
    if (chomping === '') value += '\n';
    // Keep: every line break up to the end of the scalar, those of the blank lines after the content too.
    else if (chomping === '+') value += '\n'.repeat(end - lastContent);
    this.at = end;
    return value;
  }
}

/**
 * What may make a one-line plain scalar anything but the text as it stands: its first character
 * (an indicator, a dash, a number's start), a comment, `: `, a colon or space at the end.
 */
const notAsItStands = /^[?:,[\]{}#&*!|>'"%@`+.0-9-]| #|: |[: ]$/;

/** A one-line plain scalar: a string, a null or a boolean; anything else is left to `yaml`. */
function plain(text: string): Value {
  // Most values (names, answers, dates, ids) in one search.
  if (!notAsItStands.test(text)) return text.length <= 5 && Object.hasOwn(words, text) ? words[text]! : text;
  if (notPlainStart.test(text)) throw notPlain;
  const comment = text.indexOf(' #');
  let end = comment === -1 ? text.length : comment;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  const value = text.slice(0, end);
  if (value.includes(': ') || value.endsWith(':')) throw notPlain;
  if (value.length <= 5 && Object.hasOwn(words, value)) return words[value]!;
  if (numberStart.test(value) && numberLike.test(value)) throw notPlain;
  return value;
}

/**
 * The data of `text` if it is a mapping written in plain block YAML (see above), else `undefined`.
 * Never throws on any input.
 */
export function quickMapping(source: string): Record<string, unknown> | undefined {
  // YAML reads a CR LF as a line break, like a LF.
  const text = source.includes('\r') ? source.replace(/\r\n/g, '\n') : source;
  // Files written by resokit end with a line break; so does nearly every file written by hand.
  if (!text.endsWith('\n') || unusual.test(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error === notPlain) return undefined;
    throw error;
  }
}

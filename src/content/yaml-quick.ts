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

/** Keys as written by resokit and in the schemas; not a word the core schema reads as a null or boolean. */
const simpleKey = /^([A-Za-z][A-Za-z0-9_-]*):(?: |$)/;
/** The same, read at a line's indentation (lastIndex) without cutting the line. */
const simpleKeyAt = /([A-Za-z][A-Za-z0-9_-]*):(?: |$)/y;
const nonStringWord = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
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

const leadingSpaces = / */y;

/** The number of spaces a line starts with (a regular expression: far quicker than a loop in a young process). */
function indentOf(line: string): number {
  leadingSpaces.lastIndex = 0;
  leadingSpaces.test(line);
  return leadingSpaces.lastIndex;
}

/** Blank, or a comment: `#` after nothing but spaces. */
function isFiller(line: string, indent: number): boolean {
  return indent === line.length || line.charCodeAt(indent) === 35;
}

/** After a quoted scalar: nothing, or a comment after a space. */
function restIsEmpty(rest: string): boolean {
  const trimmed = rest.trimStart();
  return trimmed === '' || (trimmed[0] === '#' && trimmed.length < rest.length);
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

class Reader {
  private at = 0;
  constructor(private readonly lines: string[]) {}

  /** The next line with content (not blank, not a comment), or -1 at the end. */
  private nextContent(): number {
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      const indent = indentOf(line);
      if (!isFiller(line, indent)) return indent;
      this.at++;
    }
    return -1;
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
      const line = this.lines[this.at]!;
      simpleKeyAt.lastIndex = indent;
      const match = simpleKeyAt.exec(line);
      if (!match) {
        // A sequence at the mapping's own indentation belongs to the key before it.
        if (line.startsWith('-', indent)) break;
        throw notPlain;
      }
      const key = match[1]!;
      if ((key.length <= 5 && nonStringWord.test(key)) || Object.hasOwn(map, key)) throw notPlain;
      map[key] = this.value(line.slice(indent + key.length + 1), indent, true);
    }
    return map;
  }

  private sequence(indent: number): Value[] {
    const items: Value[] = [];
    for (let at = this.nextContent(); at === indent; at = this.nextContent()) {
      const line = this.lines[this.at]!;
      const next = line.charCodeAt(indent + 1);
      if (line.charCodeAt(indent) !== 45 || !(next === 32 || Number.isNaN(next))) break;
      const rest = line.slice(indent + 1);
      const content = indentOf(rest);
      if (content === rest.length || rest.charCodeAt(content) === 35) {
        items.push(this.value('', indent, false));
        continue;
      }
      const column = indent + 1 + content;
      const inner = rest.slice(content);
      if (simpleKey.test(inner) || /^- |^-$/.test(inner)) {
        // "- id: a1" opens a mapping (or "- - x" a sequence) at the column of its first key: read
        // this line as if it held only that key, at that indentation.
        this.lines[this.at] = ' '.repeat(column) + inner;
        items.push(simpleKey.test(inner) ? this.mapping(column) : this.sequence(column));
      } else {
        items.push(this.value(inner, indent, false));
      }
    }
    return items;
  }

  /**
   * The value after `key:` or `- ` on the current line (`rest`, possibly empty). A nested block
   * follows on the next lines; a scalar stands on this line alone, or is a literal block scalar.
   */
  private value(rest: string, indent: number, inMapping: boolean): Value {
    const text = rest.trimStart();
    this.at++;
    if (text === '' || (text[0] === '#' && text.length < rest.length)) {
      const next = this.nextContent();
      if (next > indent) {
        const line = this.lines[this.at]!;
        return line.startsWith('- ', next) || line.length === next + 1 && line[next] === '-' ? this.sequence(next) : this.mapping(next);
      }
      // "key:" then "- item" at the key's own indentation: the sequence is the key's value.
      if (inMapping && next === indent && /^-( |$)/.test(this.lines[this.at]!.slice(indent))) return this.sequence(indent);
      return null;
    }
    if (text[0] === '|') return this.literal(text, indent, inMapping);
    let value: Value;
    if (text[0] === '"') value = doubleQuoted(text);
    else if (text[0] === "'") value = singleQuoted(text);
    else if (text.startsWith('[]') && restIsEmpty(text.slice(2))) value = [];
    else if (text.startsWith('{}') && restIsEmpty(text.slice(2))) value = {};
    else value = plain(text);
    // A more indented line after a one-line scalar continues it (or is a mistake): not read here.
    for (let i = this.at; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      const lineIndent = indentOf(line);
      if (lineIndent === line.length) continue;
      if (lineIndent > indent) throw notPlain;
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
    for (; end < this.lines.length; end++) {
      const line = this.lines[end]!;
      const lineIndent = indentOf(line);
      if (lineIndent === line.length) {
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
    for (let i = start; i <= lastContent; i++) body.push(this.lines[i]!.slice(contentIndent));
    let value = body.join('\n');
    if (chomping === '') value += '\n';
    // Keep: every line break up to the end of the scalar, those of the blank lines after the content too.
    else if (chomping === '+') value += '\n'.repeat(end - lastContent);
    this.at = end;
    return value;
  }
}

/** A one-line plain scalar: a string, a null or a boolean; anything else is left to `yaml`. */
function plain(text: string): Value {
  if (notPlainStart.test(text)) throw notPlain;
  const comment = text.indexOf(' #');
  const value = (comment === -1 ? text : text.slice(0, comment)).trimEnd();
  if (value.includes(': ') || value.endsWith(':')) throw notPlain;
  if (value.length <= 5 && nonStringWord.test(value)) return words[value]!;
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
  const lines = text.split('\n');
  lines.pop();
  try {
    return new Reader(lines).document();
  } catch (error) {
    if (error === notPlain) return undefined;
    throw error;
  }
}

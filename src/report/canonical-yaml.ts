/**
 * A fast reader for the YAML that resokit itself writes (serializeAnswers: block mappings and
 * sequences, plain and quoted one-line scalars, literal block scalars, `[]` and `{}`).
 *
 * Why: the full YAML library parses about a megabyte a second on a modest machine, and a team report
 * of fifty participants reads about that much. This reader does the same work in milliseconds.
 *
 * It is deliberately conservative: anything outside that subset — flow collections, anchors, tags,
 * comments after a value, multi-line plain or quoted scalars, tabs, numbers, duplicate keys, CR —
 * gives `undefined`, and the caller falls back to the full parser (which also gives the
 * file:line:col messages). When it does return a value, that value equals what the YAML library
 * would return (tests/report/canonical-yaml.test.ts checks this on generated files).
 */

interface Line {
  indent: number;
  /** The line without its leading spaces. */
  text: string;
  /** The whole line, for block scalars. */
  raw: string;
}

/** Thrown inside the reader to give up; never escapes it. */
class NotCanonical extends Error {}
const giveUp = (): never => {
  throw new NotCanonical();
};

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*)| *)$/;
const SEQ_ITEM = /^-(?:( +)(.*)| *)$/;
/**
 * The start of a plain scalar this reader does not take: an indicator, or `-`, `?`, `:` followed by
 * a space. "-Jan" and "?x" are plain text in YAML 1.2 and read here.
 */
const INDICATOR = /^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?: |$))/;
// The YAML 1.2 core schema, as the yaml library resolves plain scalars.
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
const NUMBER = [
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
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

/** Trailing spaces only: YAML's white space is space and tab, not every Unicode space trimEnd knows. */
const trimSpaces = (text: string) => text.replace(/ +$/, '');

function plainScalar(text: string): string | boolean | null {
  const value = trimSpaces(text);
  if (value === '' || INDICATOR.test(value) || value.includes(' #') || value.includes(': ') || value.endsWith(':') || value.includes('\t')) giveUp();
  if (NULL.test(value)) return null;
  if (TRUE.test(value)) return true;
  if (FALSE.test(value)) return false;
  if (NUMBER.some((pattern) => pattern.test(value))) giveUp();
  return value;
}

function doubleQuoted(text: string): string {
  let out = '';
  let i = 1;
  for (;;) {
    if (i >= text.length) giveUp(); // continues on the next line
    const ch = text[i]!;
    if (ch === '"') break;
    if (ch !== '\\') {
      out += ch;
      i++;
      continue;
    }
    const next = text[i + 1] ?? giveUp();
    const hex = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (hex) {
      const digits = text.slice(i + 2, i + 2 + hex);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) giveUp();
      const code = parseInt(digits, 16);
      if (code > 0x10ffff) giveUp();
      out += String.fromCodePoint(code);
      i += 2 + hex;
    } else {
      out += ESCAPES[next] ?? giveUp();
      i += 2;
    }
  }
  if (!/^[ \t]*$/.test(text.slice(i + 1))) giveUp();
  return out;
}

function singleQuoted(text: string): string {
  let out = '';
  let i = 1;
  for (;;) {
    if (i >= text.length) giveUp();
    const ch = text[i]!;
    if (ch === "'") {
      if (text[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      break;
    }
    out += ch;
    i++;
  }
  if (!/^[ \t]*$/.test(text.slice(i + 1))) giveUp();
  return out;
}

class Reader {
  private pos = 0;
  constructor(private readonly lines: Line[]) {}

  /** Skips blank lines and whole-line comments; returns the next line with content, if any. */
  private peek(): Line | undefined {
    while (this.pos < this.lines.length) {
      const line = this.lines[this.pos]!;
      if (line.text !== '' && !line.text.startsWith('#')) return line;
      this.pos++;
    }
    return undefined;
  }

  document(): Record<string, unknown> {
    const first = this.peek();
    if (!first || first.indent !== 0 || !KEY_LINE.test(first.text)) giveUp();
    const root = this.mapping(0);
    if (this.peek()) giveUp();
    return root;
  }

  private node(indent: number): unknown {
    const line = this.peek()!;
    return SEQ_ITEM.test(line.text) ? this.sequence(indent) : this.mapping(indent);
  }

  private mapping(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (let line = this.peek(); line && line.indent >= indent; line = this.peek()) {
      if (line.indent > indent) giveUp();
      const match = KEY_LINE.exec(line.text) ?? giveUp();
      const key = match[1]!;
      if (key === '__proto__' || Object.hasOwn(map, key) || NULL.test(key) || TRUE.test(key) || FALSE.test(key)) giveUp();
      this.pos++;
      map[key] = match[2] ? this.inline(match[2], indent) : this.nested(indent);
    }
    return map;
  }

  /** The value of `key:` with nothing after it: a more indented node, a sequence at the same indent, or null. */
  private nested(indent: number): unknown {
    const next = this.peek();
    if (next && next.indent > indent) return this.node(next.indent);
    if (next && next.indent === indent && SEQ_ITEM.test(next.text)) return this.sequence(indent);
    return null;
  }

  private sequence(indent: number): unknown[] {
    const items: unknown[] = [];
    for (let line = this.peek(); line && line.indent >= indent; line = this.peek()) {
      if (line.indent > indent) giveUp();
      const match = SEQ_ITEM.exec(line.text);
      if (!match) break; // back to the mapping this sequence is the value of
      const content = match[2] ?? '';
      if (content === '' || content.startsWith('#')) giveUp();
      if (KEY_LINE.test(content)) {
        // "- key: value": a mapping whose first entry stands on the dash's line.
        const column = indent + 1 + match[1]!.length;
        this.lines[this.pos] = { indent: column, text: content, raw: line.raw };
        items.push(this.mapping(column));
      } else {
        this.pos++;
        items.push(this.inline(content, indent));
      }
    }
    return items;
  }

  /** A value on the key's (or dash's) line. `indent`: the indentation of that key or dash. */
  private inline(text: string, indent: number): unknown {
    const value = trimSpaces(text);
    if (value === '[]') return [];
    if (value === '{}') return {};
    if (value.startsWith('|')) return this.literal(value, indent);
    if (value.startsWith('"')) return doubleQuoted(value);
    if (value.startsWith("'")) return singleQuoted(value);
    return plainScalar(value);
  }

  /** A literal block scalar (`|`, `|-`, `|+`); an explicit indentation indicator is left to the library. */
  private literal(header: string, indent: number): string {
    const chomp = /^\|([-+]?)$/.exec(header)?.[1] ?? giveUp();
    let block = -1;
    const content: string[] = [];
    let blankRun: string[] = [];
    while (this.pos < this.lines.length) {
      const line = this.lines[this.pos]!;
      if (/^[ \t]*$/.test(line.raw)) {
        // A blank line. With more spaces than the block's indent (or a tab) it would be content: give up.
        if (line.raw.includes('\t') || (block >= 0 && line.raw.length > block)) giveUp();
        blankRun.push('');
        this.pos++;
        continue;
      }
      if (block < 0) {
        if (line.indent <= indent) break;
        block = line.indent;
        if (blankRun.some((_, i) => this.lines[this.pos - blankRun.length + i]!.raw.length > block)) giveUp();
      }
      if (line.indent < block) break;
      content.push(...blankRun, line.raw.slice(block));
      blankRun = [];
      this.pos++;
    }
    if (content.length === 0) giveUp();
    const body = content.join('\n');
    if (chomp === '-') return body;
    if (chomp === '+') return `${body}\n${'\n'.repeat(blankRun.length)}`;
    return `${body}\n`;
  }
}

/** The data of a YAML document in resokit's own style, or undefined when the full parser must decide. */
export function readCanonicalYaml(text: string): Record<string, unknown> | undefined {
  if (!text.endsWith('\n') || text.includes('\r')) return undefined;
  const raw = text.split('\n');
  raw.pop();
  // Indentation is spaces only: a tab in it stays in `text`, where no pattern accepts it.
  const lines = raw.map((line): Line => {
    const indent = line.search(/[^ ]|$/);
    return { indent, text: line.slice(indent), raw: line };
  });
  try {
    return new Reader(lines).document();
  } catch (error) {
    if (error instanceof NotCanonical) return undefined;
    throw error;
  }
}

"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var yaml_quick_exports = {};
__export(yaml_quick_exports, {
  quickMapping: () => quickMapping
});
module.exports = __toCommonJS(yaml_quick_exports);
const notPlain = Symbol("notPlain");
const nonStringWord = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const words = { "~": null, null: null, Null: null, NULL: null, true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };
const notPlainStart = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?: |$))/;
const numberStart = /^[-+.0-9]/;
const numberLike = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const unusual = /[\t\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFEFF\u2028\u2029]/;
const escapes = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
const leadingSpaces = / */y;
const simpleKeyAt = /[A-Za-z][A-Za-z0-9_-]*:(?=[ \n])/y;
const entryAt = /-(?=[ \n])/y;
function test(pattern, text, at) {
  pattern.lastIndex = at;
  return pattern.test(text);
}
function skipSpaces(text, at) {
  leadingSpaces.lastIndex = at;
  leadingSpaces.test(text);
  return leadingSpaces.lastIndex;
}
function restIsEmpty(rest) {
  const at = skipSpaces(rest, 0);
  return at === rest.length || rest.charCodeAt(at) === 35 && at > 0;
}
function doubleQuoted(text) {
  let out = "";
  let i = 1;
  for (; ; ) {
    const quote = text.indexOf('"', i);
    const slash = text.indexOf("\\", i);
    if (quote === -1) throw notPlain;
    if (slash === -1 || quote < slash) {
      out += text.slice(i, quote);
      if (!restIsEmpty(text.slice(quote + 1))) throw notPlain;
      return out;
    }
    out += text.slice(i, slash);
    const code = text[slash + 1];
    const hex = code === "x" ? 2 : code === "u" ? 4 : code === "U" ? 8 : 0;
    if (hex > 0) {
      const digits = text.slice(slash + 2, slash + 2 + hex);
      const point = parseInt(digits, 16);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex || point > 1114111) throw notPlain;
      out += String.fromCodePoint(point);
      i = slash + 2 + hex;
    } else {
      const escaped = code === void 0 ? void 0 : escapes[code];
      if (escaped === void 0) throw notPlain;
      out += escaped;
      i = slash + 2;
    }
  }
}
function singleQuoted(text) {
  let out = "";
  let i = 1;
  for (; ; ) {
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
  constructor(text) {
    this.text = text;
    let count = 0;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
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
      start = text.indexOf("\n", content) + 1;
    }
    this.starts[count] = start;
  }
  /** The current line. */
  at = 0;
  count;
  /** Offset of each line; one more entry, past the last line break. */
  starts;
  indents;
  /** Blank, or a comment: `#` after nothing but spaces. */
  filler;
  /** Offset of the line break that ends `line`. */
  end(line) {
    return this.starts[line + 1] - 1;
  }
  blank(line) {
    return this.starts[line] + this.indents[line] === this.end(line);
  }
  /** The next line with content (not blank, not a comment): its indentation, or -1 at the end. */
  nextContent() {
    while (this.at < this.count && this.filler[this.at] === 1) this.at++;
    return this.at < this.count ? this.indents[this.at] : -1;
  }
  /** `-` then a space or the end of the line, at `at`. */
  entryAt(at) {
    return test(entryAt, this.text, at);
  }
  /** The whole document: a mapping at the root, then nothing but blank lines and comments. */
  document() {
    if (this.nextContent() !== 0) return void 0;
    const root = this.mapping(0);
    return this.nextContent() === -1 ? root : void 0;
  }
  mapping(indent) {
    const map = {};
    for (let at = this.nextContent(); at === indent; at = this.nextContent()) {
      const keyStart = this.starts[this.at] + indent;
      if (!test(simpleKeyAt, this.text, keyStart)) {
        if (this.text.charCodeAt(keyStart) === 45) break;
        throw notPlain;
      }
      const colon = simpleKeyAt.lastIndex - 1;
      const key = this.text.slice(keyStart, colon);
      if (key.length <= 5 && nonStringWord.test(key) || Object.hasOwn(map, key)) throw notPlain;
      map[key] = this.value(colon + 1, indent, true);
    }
    return map;
  }
  sequence(indent) {
    const items = [];
    for (let at = this.nextContent(); at === indent; at = this.nextContent()) {
      const start = this.starts[this.at];
      const end = this.end(this.at);
      if (!this.entryAt(start + indent)) break;
      const content = skipSpaces(this.text, start + indent + 1);
      if (content === end || this.text.charCodeAt(content) === 35) {
        items.push(this.value(end, indent, false));
        continue;
      }
      const isMapping = test(simpleKeyAt, this.text, content);
      if (isMapping || this.entryAt(content)) {
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
  value(from, indent, inMapping) {
    const end = this.end(this.at);
    const start = skipSpaces(this.text, from);
    this.at++;
    if (start === end || this.text.charCodeAt(start) === 35 && start > from) {
      const next = this.nextContent();
      if (next > indent) return this.entryAt(this.starts[this.at] + next) ? this.sequence(next) : this.mapping(next);
      if (inMapping && next === indent && this.entryAt(this.starts[this.at] + indent)) return this.sequence(indent);
      return null;
    }
    const text = this.text.slice(start, end);
    if (text[0] === "|") return this.literal(text, indent, inMapping);
    let value;
    if (text[0] === '"') value = doubleQuoted(text);
    else if (text[0] === "'") value = singleQuoted(text);
    else if (text.startsWith("[]") && restIsEmpty(text.slice(2))) value = [];
    else if (text.startsWith("{}") && restIsEmpty(text.slice(2))) value = {};
    else value = plain(text);
    for (let line = this.at; line < this.count; line++) {
      if (this.blank(line)) continue;
      if (this.indents[line] > indent) throw notPlain;
      break;
    }
    return value;
  }
  /** A literal block scalar (`|`, `|-`, `|+`, with an indentation indicator in a mapping only). */
  literal(header, indent, inMapping) {
    const match = /^\|([1-9])?([-+])?(?: +#.*| *)$/.exec(header);
    if (!match) throw notPlain;
    if (match[1] && !inMapping) throw notPlain;
    const chomping = match[2] ?? "";
    let contentIndent = match[1] ? indent + Number(match[1]) : -1;
    const start = this.at;
    let end = start;
    let lastContent = -1;
    let maxLeadingBlank = 0;
    for (; end < this.count; end++) {
      const lineIndent = this.indents[end];
      if (this.blank(end)) {
        if (contentIndent === -1) maxLeadingBlank = Math.max(maxLeadingBlank, lineIndent);
        else if (lineIndent > contentIndent) lastContent = end;
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
    const body = [];
    for (let line = start; line <= lastContent; line++) body.push(this.text.slice(this.starts[line] + contentIndent, this.end(line)));
    let value = body.join("\n");
    if (chomping === "") value += "\n";
    else if (chomping === "+") value += "\n".repeat(end - lastContent);
    this.at = end;
    return value;
  }
}
function plain(text) {
  if (notPlainStart.test(text)) throw notPlain;
  const comment = text.indexOf(" #");
  let end = comment === -1 ? text.length : comment;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  const value = text.slice(0, end);
  if (value.includes(": ") || value.endsWith(":")) throw notPlain;
  if (value.length <= 5 && nonStringWord.test(value)) return words[value];
  if (numberStart.test(value) && numberLike.test(value)) throw notPlain;
  return value;
}
function quickMapping(source) {
  const text = source.includes("\r") ? source.replace(/\r\n/g, "\n") : source;
  if (!text.endsWith("\n") || unusual.test(text)) return void 0;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error === notPlain) return void 0;
    throw error;
  }
}

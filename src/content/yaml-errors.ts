import { isCollection, isScalar, visit, type Document, type LineCounter, type Node, type Range, type YAMLError } from 'yaml';
import type { Messages } from '../i18n/messages.js';
import { problemAt } from './problems.js';
import type { Problem } from './types.js';

/** The first node that `matches`, to name or point at what a yaml error is about. */
function findNode(doc: Document, matches: (node: Node & { range: Range }) => boolean): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Node(_, node) {
      if (node.range && matches(node as Node & { range: Range })) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

/** The first character after the indentation of the line that starts at `start`. */
function afterIndent(text: string, start: number): number {
  let at = start;
  while (text[at] === ' ') at++;
  return at;
}

/** The first character after the indentation of the next line with content, if any. */
function nextLineContent(text: string, offset: number): number | undefined {
  for (let start = lineEnd(text, offset) + 1; start < text.length; start = lineEnd(text, start) + 1) {
    const at = afterIndent(text, start);
    if (at < text.length && text[at] !== '\n' && text[at] !== '\r') return at;
  }
  return undefined;
}

/** The Dutch (or English) message for one yaml error, and where it is best shown. */
function describe(error: YAMLError, doc: Document, text: string, m: Messages): { message: string; offset: number } {
  const y = m.content.yaml;
  const offset = error.pos[0];
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      // yaml points at the duplicate key's first character.
      const key = findNode(doc, (node) => isScalar(node) && node.range[0] === offset);
      return { message: y.DUPLICATE_KEY(String(isScalar(key) ? key.value : text.slice(offset, error.pos[1]))), offset };
    }
    case 'MISSING_CHAR':
      if (/quote/.test(error.message)) {
        // yaml reports the end of the file; the opening quote is where the user must look.
        const quoted = findNode(doc, (node) => isScalar(node) && node.type?.startsWith('QUOTE') === true && node.range[1] === offset);
        return { message: y.unclosedQuote, offset: quoted?.range?.[0] ?? offset };
      }
      if (/without - indicator/.test(error.message)) return { message: y.dashMissing, offset };
      if (/between .* items/.test(error.message)) return { message: y.flowSeparator, offset };
      if (/Comments must be separated/.test(error.message)) return { message: y.commentSpace, offset };
      return { message: y.MISSING_CHAR, offset };
    case 'BAD_INDENT':
      if (/^Flow (sequence|map)/.test(error.message)) {
        // Reported where yaml gave up; the opening bracket is where the user must look.
        const flow = findNode(doc, (node) => isCollection(node) && node.flow === true && node.range[1] === offset);
        return { message: y.flowUnclosed, offset: flow?.range?.[0] ?? offset };
      }
      return { message: y.BAD_INDENT, offset };
    case 'BLOCK_AS_IMPLICIT_KEY':
      // "- item" indented unlike its siblings reads as a key made of a list.
      if (/block sequence/.test(error.message)) {
        return { message: y.listIndent, offset: afterIndent(text, text.lastIndexOf('\n', offset - 1) + 1) };
      }
      // A ': ' in a value ("text: Vraag: wat?"), or a line indented deeper than the "key: value" above it.
      if (/:( |\r?$)/.test(text.slice(offset, lineEnd(text, offset)))) return { message: y.BLOCK_AS_IMPLICIT_KEY, offset };
      return { message: y.indentedTooDeep, offset: nextLineContent(text, offset) ?? offset };
    case 'MULTILINE_IMPLICIT_KEY': {
      // "title:Mijn thema" is one plain text to YAML, not a key and a value.
      const glued = /^[^\s:#'"]+:(?=\S)/.exec(text.slice(offset, lineEnd(text, offset)));
      if (glued) return { message: y.spaceAfterColon, offset: offset + glued[0].length - 1 };
      return { message: y.MULTILINE_IMPLICIT_KEY, offset };
    }
    case 'BAD_SCALAR_START':
      return { message: y.BAD_SCALAR_START(text.charAt(offset)), offset };
    case 'TAB_AS_INDENT':
    case 'UNEXPECTED_TOKEN':
    case 'MULTIPLE_DOCS':
    case 'BAD_DQ_ESCAPE':
    case 'BLOCK_IN_FLOW':
    case 'KEY_OVER_1024_CHARS':
    case 'BAD_ALIAS':
      return { message: y[error.code], offset };
    default:
      return { message: y.other(error.message), offset };
  }
}

/**
 * One problem per line with a syntax error: one mistake (a line indented wrongly) often makes yaml
 * report several errors on that line, and only the first says what to fix.
 */
export function syntaxProblems(
  file: string,
  doc: Document,
  text: string,
  lines: LineCounter,
  m: Messages,
): Problem[] {
  const linesSeen = new Set<number>();
  const problems: Problem[] = [];
  for (const error of [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])) {
    const line = lines.linePos(error.pos[0]).line;
    if (linesSeen.has(line)) continue;
    linesSeen.add(line);
    const { message, offset } = describe(error, doc, text, m);
    problems.push(problemAt(file, lines.linePos(offset), message));
  }
  return problems;
}

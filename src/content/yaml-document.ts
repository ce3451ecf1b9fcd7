import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Messages } from '../i18n/messages.js';
import { problemAt, startOfFile, type Position } from './problems.js';
import type { Problem } from './types.js';
import { syntaxProblems } from './yaml-errors.js';

/** A parsed YAML file whose root is a mapping: its nodes (for positions) and its plain data. */
export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  data: Record<string, unknown>;
}

/**
 * Legitimate reuse (one resource under several themes) needs a handful of aliases; an "alias bomb"
 * (nested anchors expanding to billions of nodes) trips this at once, before anything is expanded.
 */
const maxAliasCount = 100;

export function positionOf(source: Pick<YamlSource, 'lines'>, node: Node): Position {
  return node.range ? source.lines.linePos(node.range[0]) : startOfFile;
}

/** How a node is named to the user when it is not what was expected ("een lijst", "een tekst"). */
export function nodeKind(node: unknown): 'array' | 'object' | 'string' | 'number' | 'boolean' | 'null' {
  if (isSeq(node)) return 'array';
  if (isMap(node)) return 'object';
  const value = isScalar(node) ? node.value : node;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

function aliasProblem(file: string, doc: Document, lines: LineCounter, m: Messages): Problem {
  let unresolved: { name: string; at: Position } | undefined;
  let first: Position | undefined;
  visit(doc, {
    Alias(_, alias) {
      const at = alias.range ? lines.linePos(alias.range[0]) : startOfFile;
      first ??= at;
      if (alias.resolve(doc) === undefined) {
        unresolved = { name: alias.source, at };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (unresolved) return problemAt(file, unresolved.at, m.content.unresolvedAlias(unresolved.name));
  return problemAt(file, first ?? startOfFile, m.content.aliasBomb);
}

/**
 * Parses `text` as one YAML document with a mapping at its root. Stops at the first stage that
 * fails: syntax errors (all of them, with positions), an empty file, another kind of root, aliases.
 * `expected` says what the root should hold, for the messages.
 */
export function parseYamlMapping(
  file: string,
  text: string,
  expected: string,
  m: Messages,
): { source: YamlSource } | { problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return { problems: syntaxProblems(file, doc, text, lines, m) };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) {
    return { problems: [problemAt(file, startOfFile, m.content.emptyFile(expected))] };
  }
  if (!isMap(root)) {
    const found = nodeKind(root);
    return {
      problems: [
        problemAt(file, positionOf({ lines }, root), m.content.rootNotMapping(expected, m.content.typeNames[found]!)),
      ],
    };
  }
  try {
    const data = doc.toJS({ maxAliasCount }) as Record<string, unknown>;
    return { source: { file, doc, lines, data } };
  } catch (error) {
    if (error instanceof ReferenceError) return { problems: [aliasProblem(file, doc, lines, m)] };
    throw error;
  }
}

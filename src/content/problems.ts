import type { Problem } from './types.js';

/** A 1-based line and column in a file. */
export interface Position {
  line: number;
  col: number;
}

export const startOfFile: Position = { line: 1, col: 1 };

export function problemAt(file: string, at: Position, message: string): Problem {
  return { file, line: at.line, col: at.col, message };
}

/** File by file, then top to bottom: the order an editor's problem list and a reader expect. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col,
  );
}

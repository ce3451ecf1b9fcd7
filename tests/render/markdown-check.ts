// Small Markdown structure checks for the plan tests: what CommonMark/GFM would see as a table row,
// a heading, a code fence. Deliberately independent of the renderer's escaping code.

/**
 * The cells of a GFM table row. A pipe preceded by a backslash is part of the cell (`\|`), as both
 * cmark-gfm (GitHub) and markdown-it split rows; one leading and one trailing pipe are dropped.
 */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '|' && line[i - 1] !== '\\') {
      cells.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  cells.push(current);
  const trimmed = line.trim();
  if (trimmed.startsWith('|')) cells.shift();
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|') && cells.length > 0) cells.pop();
  return cells;
}

/** Whether a line has a pipe that a GFM table would take as a cell separator. */
export function hasUnescapedPipe(line: string): boolean {
  return /(^|[^\\])\|/.test(line);
}

export interface Table {
  /** 0-based index of the header line in the document's lines. */
  start: number;
  lines: string[];
}

/** Every table: a run of lines starting with `|` whose second line is a delimiter row. */
export function findTables(lines: readonly string[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|')) continue;
    const start = i;
    while (i < lines.length && lines[i]!.startsWith('|')) i++;
    tables.push({ start, lines: lines.slice(start, i) });
  }
  return tables;
}

export function isDelimiterRow(line: string): boolean {
  return splitRow(line).every((c) => /^\s*:?-+:?\s*$/.test(c));
}

/** ATX heading lines as the tests look for them. */
export function headingLines(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^#{1,6} /.test(line));
}

/** A line's content inside any blockquote markers and indentation. */
export function unquoted(line: string): string {
  return line.replace(/^(?:\s*>)*\s*/, '');
}

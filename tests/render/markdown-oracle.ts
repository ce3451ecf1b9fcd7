// A real CommonMark + GFM parser (markdown-it: tables, strikethrough; plus GitHub's task-list
// checkboxes) as the judge of what the renderers write: what it sees as a table, a heading, a link,
// emphasis, and whether a backslash in the Markdown changes anything at all.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

export const parser = new MarkdownIt('commonmark').enable(['table', 'strikethrough']);

// GitHub reads `[ ]` / `[x]` at the start of a list item as a checkbox; markdown-it does not.
parser.core.ruler.push('task-list', (state) => {
  const tokens = state.tokens;
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i]!.type === 'inline' && tokens[i - 1]!.type === 'paragraph_open' && tokens[i - 2]!.type === 'list_item_open') {
      if (/^\[[ xX]\](?:[ \t]|$)/.test(tokens[i]!.content)) tokens[i - 2]!.attrSet('class', 'task');
    }
  }
});

export function parse(markdown: string): Token[] {
  return parser.parse(markdown, {});
}

export function html(markdown: string): string {
  return parser.render(markdown);
}

/** The text a reader sees in an inline token: text and code as they are, line breaks as `\n`. */
export function inlineText(token: Token): string {
  return (token.children ?? [])
    .map((child) => {
      if (child.type === 'text' || child.type === 'code_inline') return child.content;
      if (child.type === 'softbreak' || child.type === 'hardbreak') return '\n';
      if (child.type === 'html_inline' && /^<br>$/i.test(child.content)) return '\n';
      if (child.type === 'html_inline') return child.content;
      return '';
    })
    .join('');
}

/** Every token, the inline ones' children included. */
export function allTokens(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((token) => [token, ...(token.children ?? [])]);
}

export interface ParsedTable {
  rows: string[][];
}

/** Every table: each row's cells as the text a reader sees. */
export function tables(tokens: readonly Token[]): ParsedTable[] {
  const found: ParsedTable[] = [];
  let current: ParsedTable | undefined;
  let row: string[] | undefined;
  tokens.forEach((token, i) => {
    if (token.type === 'table_open') current = { rows: [] };
    else if (token.type === 'table_close') {
      found.push(current!);
      current = undefined;
    } else if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close') current?.rows.push(row!);
    else if (token.type === 'inline' && (tokens[i - 1]?.type === 'th_open' || tokens[i - 1]?.type === 'td_open')) row?.push(inlineText(token));
  });
  return found;
}

/** Headings as `## text`. */
export function headings(tokens: readonly Token[]): string[] {
  return tokens.flatMap((token, i) => (token.type === 'heading_open' ? [`${token.markup} ${inlineText(tokens[i + 1]!)}`] : []));
}

/** The text of every paragraph inside a blockquote, and of every list item, in order. */
export function blockTexts(tokens: readonly Token[], container: 'blockquote' | 'list_item'): string[] {
  const texts: string[] = [];
  let depth = 0;
  tokens.forEach((token) => {
    if (token.type === `${container}_open`) depth++;
    else if (token.type === `${container}_close`) depth--;
    else if (depth > 0 && token.type === 'inline') texts.push(inlineText(token));
  });
  return texts;
}

/**
 * Backslashes that change nothing: removing any one of them, markdown-it renders the same HTML.
 * One exception: before `&name;` the escaper cannot know all of HTML's 2,231 entity names and
 * escapes every name-shaped one; markdown-it decodes only real ones.
 */
export function uselessBackslashes(markdown: string): string[] {
  const before = html(markdown);
  const useless: string[] = [];
  for (let i = markdown.indexOf('\\'); i >= 0; i = markdown.indexOf('\\', i + 1)) {
    if (/^&[a-z][a-z0-9]{1,31};/i.test(markdown.slice(i + 1))) continue;
    const without = markdown.slice(0, i) + markdown.slice(i + 1);
    if (html(without) === before) useless.push(`${JSON.stringify(markdown.slice(Math.max(0, i - 20), i))} ⟨\\⟩ ${JSON.stringify(markdown.slice(i + 1, i + 21))}`);
  }
  return useless;
}

/** What a user's text looks like once shown on one line: control characters gone, breaks as spaces, trimmed. */
export function shownOnOneLine(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/[\u000B\u000C]/g, ' ')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

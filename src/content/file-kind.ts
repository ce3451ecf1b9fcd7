import { formIds } from '../form/ids.js';
import type { Messages } from '../i18n/messages.js';
import type { SourceFile } from './types.js';

/**
 * What a file handed to resokit plainly is, told before any YAML is parsed: read as YAML, the form's
 * page gave a screen of syntax errors, where one sentence saying what the file is helps more.
 */
export type FileKind = 'form-page' | 'web-page' | 'other';

const html = /^(\uFEFF|\u00EF\u00BB\u00BF)?\s*<(!doctype\s+html|html)[\s>]/i;

/** Bytes as latin1: one character per byte, enough to look for ASCII markers in any encoding. */
function textOf(content: SourceFile['content'], end?: number): string {
  return typeof content === 'string'
    ? content.slice(0, end)
    : Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('latin1', 0, end);
}

export function fileKind(file: SourceFile): FileKind {
  // Only the start decides whether it is a page: an answers file of a large team is not decoded twice.
  if (!html.test(textOf(file.content, 256))) return 'other';
  // The page's data element tells the form from another page (report --format html).
  return textOf(file.content).includes(`id="${formIds.data}"`) ? 'form-page' : 'web-page';
}

/** One line for a file given as an answers file that is plainly something else; undefined when it may be one. */
export function notAnswersLine(file: SourceFile, m: Messages): string | undefined {
  const kind = fileKind(file);
  if (kind === 'form-page') return m.content.formPage(file.path);
  if (kind === 'web-page') return m.report.notAnAnswersFile(file.path);
  return undefined;
}

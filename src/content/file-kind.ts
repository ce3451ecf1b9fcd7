import { formIds } from '../form/ids.js';
import type { Messages } from '../i18n/messages.js';
import type { SourceFile } from './types.js';

/*
 * What a file handed to resokit plainly is: read as YAML, the form's page gave a screen of syntax
 * errors and a theme file read as answers ten missing fields, where one sentence saying what the
 * file is helps more.
 */

const html = /^(\uFEFF|\u00EF\u00BB\u00BF)?\s*<(!doctype\s+html|html)[\s>]/i;

/** Bytes as latin1: one character per byte, enough to look for ASCII markers in any encoding. */
function textOf(content: SourceFile['content'], end?: number): string {
  return typeof content === 'string'
    ? content.slice(0, end)
    : Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('latin1', 0, end);
}

/** One line for a web page (the form's above all) where a YAML file is expected; undefined for anything else. */
export function pageLine(file: SourceFile, m: Messages): string | undefined {
  // Only the start decides whether it is a page: an answers file of a large team is not decoded twice.
  if (!html.test(textOf(file.content, 256))) return undefined;
  // The page's data element tells the form from another page (report --format html).
  return textOf(file.content).includes(`id="${formIds.data}"`) ? m.content.formPage(file.path) : m.report.notAnAnswersFile(file.path);
}

/** The keys at the root of a YAML text in block style: lines that start with a key (no indent, comment or '-'). */
const rootKey = /^([^\s#'"\-][^:\n]*):(?=\s|$)/gm;

/**
 * One line for a file that failed to read as an answers file because it is a theme file; undefined
 * for any other. Asked only after a failure, so that valid answers files cost nothing more. A theme
 * file has `themes:` as its only root key; an answers file has `themes:` too, beside its format,
 * participant and the rest, so one that lost its format line is still told its own problems.
 */
export function themesLine(file: SourceFile, m: Messages): string | undefined {
  const keys = [...textOf(file.content).matchAll(rootKey)].map((match) => match[1]);
  return keys.length > 0 && keys.every((key) => key === 'themes') ? m.content.themesNotAnswers(file.path) : undefined;
}

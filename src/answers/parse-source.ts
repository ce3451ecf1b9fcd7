import { notAnswersLine } from '../content/file-kind.js';
import type { SourceFile } from '../content/types.js';
import type { Messages } from '../i18n/messages.js';
import type { AnswersFile } from './model.js';
import { isAnswersFile, parseAnswersFile } from './parse.js';

/**
 * A file given as an answers file (report, history): one line when it is plainly another kind (the
 * form's page, a theme file), else parseAnswersFile's answers or problems.
 */
export function parseAnswersSource(file: SourceFile, m: Messages): { answers?: AnswersFile; problems: string[] } {
  const other = notAnswersLine(file, m, isAnswersFile);
  return other !== undefined ? { problems: [other] } : parseAnswersFile(file, m);
}

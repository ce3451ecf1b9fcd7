import { pageLine, themesLine } from '../content/file-kind.js';
import type { SourceFile } from '../content/types.js';
import type { Messages } from '../i18n/messages.js';
import type { AnswersFile } from './model.js';
import { parseAnswersFile } from './parse.js';

/**
 * A file given as an answers file (report, history): parseAnswersFile's answers or
 * problems, but one line instead when it is plainly another kind (the form's page, a theme file).
 */
export function parseAnswersSource(file: SourceFile, m: Messages): { answers?: AnswersFile; problems: string[] } {
  const page = pageLine(file, m);
  if (page !== undefined) return { problems: [page] };
  const parsed = parseAnswersFile(file, m);
  const other = parsed.answers ? undefined : themesLine(file, m);
  return other !== undefined ? { problems: [other] } : parsed;
}

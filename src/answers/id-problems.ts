import type { Messages } from '../i18n/messages.js';
import { ANSWERS_FORMAT_1, type AnswersFile } from './model.js';

/**
 * What a schema cannot say about a schema-valid answers file: action ids are unique and the focus
 * names actions that exist. Each problem with the path of the value it is about.
 */
export function actionIdProblems(answers: AnswersFile, m: Pick<Messages, 'reflect'>): Array<{ path: string[]; message: string }> {
  const ids = new Set<string>();
  const problems: Array<{ path: string[]; message: string }> = [];
  const located = [
    ...answers.themes.flatMap((t, i) => t.actions.map((a, j) => ({ id: a.id, path: ['themes', String(i), 'actions', String(j), 'id'] }))),
    ...(answers.previous?.actions ?? []).map((a, j) => ({ id: a.id, path: ['previous', 'actions', String(j), 'id'] })),
  ];
  // The focus names one action by its id: two with the same id would make it ambiguous. A format-1
  // file gets new ids anyway (upgradeAnswers), so an old hand-edited file still reads.
  const upgraded = (answers.format as string) === ANSWERS_FORMAT_1;
  for (const { id, path } of located) {
    if (ids.has(id) && !upgraded) problems.push({ path, message: m.reflect.duplicateActionId(id) });
    ids.add(id);
  }
  (answers.focus ?? []).forEach((id, i) => {
    if (!ids.has(id)) problems.push({ path: ['focus', String(i)], message: m.reflect.unknownFocus(id) });
  });
  return problems;
}

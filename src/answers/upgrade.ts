import { derivedActionId } from './action-id.js';
import { ANSWERS_FORMAT, ANSWERS_FORMAT_1, type AnswersFile } from './model.js';

/**
 * A format-1 file in format 2, in memory: its per-file action ids (a1, p1, ...) replaced by ids
 * unique beyond the file, the focus following them. The new ids are derived from the file's text,
 * so every reader of the same file (report, --previous, --resume) gives the same action the same
 * id; the file itself gets them on its next save. A format-2 file comes back unchanged.
 */
export function upgradeAnswers(answers: AnswersFile, content: string | Uint8Array): AnswersFile {
  if ((answers.format as string) !== ANSWERS_FORMAT_1) return answers;
  const renamed = new Map<string, string>();
  let n = 0;
  const rename = <A extends { id: string }>(action: A): A => {
    const id = derivedActionId(content, n++);
    if (!renamed.has(action.id)) renamed.set(action.id, id);
    return { ...action, id };
  };
  const themes = answers.themes.map((theme) => ({ ...theme, actions: theme.actions.map(rename) }));
  const previous = answers.previous ? { ...answers.previous, actions: answers.previous.actions.map(rename) } : undefined;
  return {
    ...answers,
    format: ANSWERS_FORMAT,
    themes,
    ...(previous ? { previous } : {}),
    ...(answers.focus ? { focus: [...new Set(answers.focus.map((id) => renamed.get(id) ?? id))] } : {}),
  };
}

import type { AnswersFile } from '../answers/model.js';
import { readCanonicalYaml } from './canonical-yaml.js';

/**
 * An answers file read the fast way (see canonical-yaml.ts), when it is in resokit's own style and
 * valid: the same schema check and focus check parseAnswersFile makes. Anything else gives undefined
 * and the caller uses parseAnswersFile, which says exactly what is wrong and where.
 */
export function quickAnswers(text: string, isValid: (data: unknown) => boolean): AnswersFile | undefined {
  const data = readCanonicalYaml(text);
  if (data === undefined || !isValid(data)) return undefined;
  const answers = data as unknown as AnswersFile;
  const ids = new Set([
    ...answers.themes.flatMap((theme) => theme.actions.map((action) => action.id)),
    ...(answers.previous?.actions ?? []).map((action) => action.id),
  ]);
  return (answers.focus ?? []).every((id) => ids.has(id)) ? answers : undefined;
}

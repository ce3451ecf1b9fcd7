import { actionIdProblems } from '../../answers/id-problems.js';
import type { AnswersFile } from '../../answers/model.js';
import { upgradeAnswers } from '../../answers/upgrade.js';
import type { CompiledValidator } from '../../content/schema-validators.js';
import { quickMapping } from '../../content/yaml-quick.js';
import type { FormMessages } from './messages.js';

export type ReadAnswers = { ok: true; answers: AnswersFile } | { ok: false; message: string };

export interface AnswersReaders {
  /** The precompiled answers schema (scripts/build.mjs bundles it into the page). */
  validate: CompiledValidator;
  /** Full YAML, for what the quick reader leaves (hand-edited files); may throw. */
  parseYaml?: (text: string) => unknown;
}

/** `/themes/0/rating` as a person can find it: "themes › 1 › rating" (list positions from 1). */
function place(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part.replace(/~1/g, '/').replace(/~0/g, '~')))
    .join(' › ');
}

/**
 * An answers file opened in the page, checked as `resokit report` checks it: YAML, the schema,
 * unique action ids, the focus; a format-1 file comes back upgraded. Anything else is one message
 * for the page, which then changes nothing. Pure.
 */
export function readAnswersText(text: string, fileName: string, setId: string, readers: AnswersReaders, m: FormMessages): ReadAnswers {
  const source = text.replace(/^\uFEFF/, '');
  let data: unknown = quickMapping(source);
  if (data === undefined && readers.parseYaml) {
    try {
      data = readers.parseYaml(source);
    } catch {
      data = undefined;
    }
  }
  const format = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>).format : undefined;
  if (typeof format !== 'string' || !format.startsWith('resokit-answers/')) return { ok: false, message: m.form.notAnswers(fileName) };
  if (!readers.validate(data)) {
    const error = readers.validate.errors?.[0];
    const missing = (error?.params as { missingProperty?: string } | undefined)?.missingProperty;
    const where = [error ? place(error.instancePath) : '', missing].filter(Boolean).join(' › ');
    return { ok: false, message: m.form.invalidAnswers(fileName, where) };
  }
  const answers = data as AnswersFile;
  if (answers.questionSet.id !== setId) return { ok: false, message: m.form.otherSet(fileName, answers.questionSet.id) };
  const problem = actionIdProblems(answers, m)[0];
  if (problem) return { ok: false, message: m.form.invalidAnswers(fileName, `${place(`/${problem.path.join('/')}`)}: ${problem.message}`) };
  return { ok: true, answers: upgradeAnswers(answers, source) };
}

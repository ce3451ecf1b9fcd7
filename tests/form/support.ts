// What the form tests share: the built-in Dutch set as the page gets it, and the answers schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import answersSchema from '../../schemas/answers.schema.json' with { type: 'json' };
import type { QuestionSet } from '../../src/content/types.js';
import { formData, type FormData } from '../../src/form/data.js';
import { root } from '../support/run-cli.js';

export const builtin = (language = 'nl') => JSON.parse(readFileSync(join(root, 'dist', `builtin-${language}.json`), 'utf8')) as QuestionSet;

export function pageData(themeIds?: readonly string[], language = 'nl'): FormData {
  const set = builtin(language);
  const themes = themeIds ? themeIds.map((id) => set.themes.find((t) => t.id === id)!) : set.themes;
  return formData(set, themes, { fixed: themeIds !== undefined, formId: 'test-form' });
}

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: false });
addFormats(ajv);
/** schemas/answers.schema.json, compiled here: what `report` and `validate` hold a file to. */
export const validAnswers = ajv.compile(answersSchema);

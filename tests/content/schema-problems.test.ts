// Every ajv keyword a user's file can fail is told as a sentence, in each language, never by its name.
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import answersSchema from '../../schemas/answers.schema.json' with { type: 'json' };
import { schemaProblems, type SchemaShape } from '../../src/content/schema-problems.js';
import { parseYamlMapping } from '../../src/content/yaml-document.js';
import { en } from '../../src/i18n/en/index.js';
import { fr } from '../../src/i18n/fr/index.js';
import type { Messages } from '../../src/i18n/messages.js';
import { nl } from '../../src/i18n/nl/index.js';

const text = [
  'format: resokit-answers/2', // 1
  'participant: 12', // 2
  'status: klaar', // 3
  'created: gisteren', // 4
  'organisation: ""', // 5
  'extra: true', // 6
  'focus:', // 7
  '  - a-een', // 8
  '  - a-twee', // 9
  '  - a-een', // 10
  'themes: []', // 11
  '',
].join('\n');

const error = (keyword: string, instancePath: string, params: Record<string, unknown>): ErrorObject =>
  ({ keyword, instancePath, schemaPath: `#/${keyword}`, params, message: 'ajv' }) as ErrorObject;

/** One error per keyword the schemas users' files are checked against use, and one they do not. */
const errors: Record<string, ErrorObject> = {
  required: error('required', '', { missingProperty: 'questionSet' }),
  additionalProperties: error('additionalProperties', '', { additionalProperty: 'extra' }),
  type: error('type', '/participant', { type: 'string' }),
  format: error('format', '/created', { format: 'date-time' }),
  pattern: error('pattern', '/focus/0', { pattern: '^[a-z0-9-]+$' }),
  enum: error('enum', '/status', { allowedValues: ['in-progress', 'complete'] }),
  const: error('const', '/format', { allowedValue: 'resokit-answers/2' }),
  minLength: error('minLength', '/organisation', { limit: 1 }),
  maxLength: error('maxLength', '/organisation', { limit: 200 }),
  minItems: error('minItems', '/themes', { limit: 1 }),
  maxItems: error('maxItems', '/focus', { limit: 2 }),
  // ajv's standalone code reports the later index as i for strings, as j for objects: both orders.
  uniqueItems: error('uniqueItems', '/focus', { i: 2, j: 0 }),
  uniqueItemsSwapped: error('uniqueItems', '/focus', { i: 0, j: 2 }),
  minimum: error('minimum', '/participant', { comparison: '>=', limit: 0 }),
};

function problem(keyword: string, m: Messages) {
  const parsed = parseYamlMapping('a.yaml', text, 'answers', m);
  if ('problems' in parsed) throw new Error(parsed.problems[0]?.message);
  const problems = schemaProblems([errors[keyword]!], parsed.source, answersSchema as unknown as SchemaShape, m);
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

const languages = { nl, en, fr } as const;

describe('schema problems, per keyword and language', () => {
  for (const [language, m] of Object.entries(languages)) {
    for (const keyword of Object.keys(errors)) {
      it(`${language}: ${keyword} is a sentence, not the keyword's name`, () => {
        const { message } = problem(keyword, m);
        const name = keyword.replace('Swapped', '');
        // 'required' is also an English word; the camel-case names and '(keyword)' are jargon.
        if (/[A-Z]/.test(name)) expect(message).not.toContain(name);
        expect(message).not.toContain(`(${name})`);
        expect(message.length).toBeGreaterThan(8);
        // Only a keyword no user's schema uses gets the general sentence.
        if (name !== 'minimum') expect(message).not.toBe(m.content.invalid);
      });
    }
  }

  const repeated: Record<keyof typeof languages, string> = {
    nl: 'focus noemt dezelfde actie twee keer (a-een, ook op regel 8)',
    en: 'focus names the same action twice (a-een, also on line 8)',
    fr: 'focus cite deux fois la même action (a-een, aussi à la ligne 8)',
  };
  for (const [language, expected] of Object.entries(repeated)) {
    it(`${language}: uniqueItems names the repeated item, at the repeat, in either index order`, () => {
      const m = languages[language as keyof typeof languages];
      for (const keyword of ['uniqueItems', 'uniqueItemsSwapped']) {
        expect(problem(keyword, m)).toEqual({ file: 'a.yaml', line: 10, col: 5, message: expected });
      }
    });
  }

  it('a repeat in another list says which value, and where it came first', () => {
    const parsed = parseYamlMapping('a.yaml', 'tags:\n  - x\n  - x\n', 'answers', nl);
    if ('problems' in parsed) throw new Error(parsed.problems[0]?.message);
    const problems = schemaProblems([error('uniqueItems', '/tags', { i: 1, j: 0 })], parsed.source, {}, nl);
    expect(problems).toEqual([{ file: 'a.yaml', line: 3, col: 5, message: "'x' staat twee keer in deze lijst (ook op regel 2)" }]);
  });

  it.each([
    ['nl', nl, 'ongeldige waarde; vergelijk met een bestand dat resokit zelf schreef'],
    ['en', en, 'invalid value; compare with a file resokit wrote itself'],
    ['fr', fr, 'valeur non valable\u202f; comparez avec un fichier écrit par resokit'],
  ])('%s: a keyword no user schema uses still gets a sentence', (_, m, expected) => {
    expect(problem('minimum', m).message).toBe(expected);
  });
});

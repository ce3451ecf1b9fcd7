import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { AnswersFile } from '../../src/answers/model.js';
import { parseAnswersFile } from '../../src/answers/parse.js';
import { serializeAnswers } from '../../src/answers/serialize.js';
import { schemaValidator } from '../../src/content/schema-validators.js';
import { readAnswersText } from '../../src/form/browser/read-answers.js';
import { nl } from '../../src/i18n/nl/index.js';
import { root } from '../support/run-cli.js';

const readers = { validate: schemaValidator('answers') };
const setId = 'resokit-reflectievragen';
const read = (text: string, withYaml = false) => readAnswersText(text, 'an.yaml', setId, withYaml ? { ...readers, parseYaml: parse } : readers, nl);
/** A file as reflect writes it. */
const written = readFileSync(join(root, 'tests/fixtures/report/team/an.yaml'), 'utf8');
const file = parse(written) as AnswersFile;

describe('an answers file opened in the form', () => {
  it('reads what reflect writes, as report reads it', () => {
    expect(read(written)).toEqual({ ok: true, answers: parseAnswersFile({ path: 'an.yaml', content: written }, nl).answers });
  });

  it('a file in answers format 1 gets the same ids as report gives it', () => {
    const text = readFileSync(join(root, 'tests/fixtures/answers/format-1.yaml'), 'utf8');
    const opened = read(text, true);
    expect(opened.ok && opened.answers).toEqual(parseAnswersFile({ path: 'an.yaml', content: text }, nl).answers);
  });

  it.each([
    ['not YAML at all', '\u0000\u0001 binary'],
    ['YAML, but not an answers file', 'themes:\n  - id: eigen-thema\n'],
    ['a list', '- a\n- b\n'],
    ['another tool’s format', 'format: other/1\n'],
  ])('%s: a clear message, nothing read', (_, text) => {
    expect(read(text, true)).toEqual({ ok: false, message: nl.form.notAnswers('an.yaml') });
  });

  it('an invalid answers file: where the problem is', () => {
    const broken = written.replace('rating: on-track', 'rating: super');
    const result = read(broken);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^an\.yaml is geen geldig antwoordenbestand \(themes › \d › rating\)/);
  });

  it('a file of another question set', () => {
    const other = written.replace(`id: ${setId}`, 'id: ander-instrument');
    expect(read(other)).toEqual({ ok: false, message: nl.form.otherSet('an.yaml', 'ander-instrument') });
  });

  it('two actions with one id', () => {
    const [first, second] = file.themes.flatMap((t) => t.actions);
    const twice = written.replaceAll(`id: ${second!.id}`, `id: ${first!.id}`);
    const result = read(twice);
    expect(!result.ok && result.message).toContain(nl.reflect.duplicateActionId(first!.id));
  });

  it('hostile text is data: it comes through as the text it is', () => {
    const hostile = { ...file, participant: '<script>alert(1)</script>', organisation: '<img src=x onerror=alert(1)>', themes: file.themes.map((t) => ({ ...t, title: 'javascript:alert(1)' })) };
    const result = read(serializeAnswers(hostile, 'test'));
    expect(result.ok && [result.answers.participant, result.answers.organisation, result.answers.themes[0]!.title]).toEqual([
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
    ]);
  });
});

// The JSON export validates against schemas/report.schema.json, compiled here with ajv exactly as
// the build compiles it (strict mode), so a schema the build would refuse fails here too.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index.js';
import { nl } from '../../src/i18n/nl/index.js';
import { buildReport, type ReportInput } from '../../src/report/index.js';
import { buildPlan } from '../../src/report/plan.js';
import { REPORT_SCHEMA_ID, renderReportJson } from '../../src/render/report/json.js';
import { reportSet } from '../fixtures/report/question-set.js';
import { earlier, file, fixture, input, naming, team, theme } from './helpers.js';

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validate = ajv.compile(schema);

const json = (inputs: ReportInput[], options: { compare?: boolean; anonymous?: boolean } = {}) =>
  JSON.parse(
    renderReportJson(
      buildReport(inputs, {
        set: reportSet,
        naming: naming(options.anonymous ? en : nl, options.anonymous ?? false),
        ...(options.compare ? { earlier: { answers: earlier().answers, participant: 'An Peeters', file: earlier().file } } : {}),
      }),
      'nl',
    ),
  );

describe('JSON export', () => {
  it('the schema has the id the output points to', () => {
    expect(schema.$id).toBe(REPORT_SCHEMA_ID);
  });

  it.each([
    ['a team with the comparison', () => json(team(), { compare: true })],
    ['a team, anonymous', () => json(team(), { anonymous: true })],
    ['one file', () => json([fixture('team/an.yaml')])],
    ['one file in progress, compared', () => json([fixture('team/chris.yaml')], { compare: true })],
    ['everything a user might type', () => json([fixture('nasty/nasty.yaml')])],
    ['a file without themes', () => json([input(file('An', []))])],
    [
      'an earlier action the team followed up differently (unclear, who said what)',
      () => {
        const before = file('An', [theme('t1', 'first-steps', { actions: [{ what: 'Folder herschrijven' }] })]);
        const now = (['open', 'done'] as const).map((status, i) =>
          input(file(['An', 'Bob'][i]!, [theme('t1', 'on-track')], { previous: { file: 'x', date: 'x', actions: [{ id: 'p1', what: 'Folder herschrijven', priority: 'medium', status, theme: 't1', themeTitle: 't1', reviewed: true }] } })),
        );
        const data = JSON.parse(renderReportJson(buildReport(now, { set: reportSet, naming: naming(), earlier: { answers: before } }), 'nl'));
        expect(data.comparison.earlierActions[0]).toMatchObject({ status: 'ambiguous', said: [{ status: 'open' }, { status: 'done' }] });
        return data;
      },
    ],
    ['themes without questions, ratings or actions', () => json([input(file('An', [{ ...theme('t1', undefined), answers: [] }])), input(file('Bob', [theme('t1', 'embedded')]))])],
  ])('validates against schemas/report.schema.json: %s', (_name, make) => {
    const data = make();
    const ok = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('keeps text as typed (no escaping) and says what it is', () => {
    const data = json([fixture('nasty/nasty.yaml')]);
    expect(data).toMatchObject({ format: 'resokit-report/2', kind: 'single', language: 'nl', file: 'tests/fixtures/report/nasty/nasty.yaml' });
    expect(data.participant).toBe('<script>alert("naam")</script>');
  });

  it('one file is its plan: the same model the Markdown plan is rendered from', () => {
    const input = fixture('team/an.yaml');
    const { $schema: _schema, format: _format, kind, language: _language, file, ...plan } = json([input]);
    expect(kind).toBe('single');
    expect(file).toBe(input.file);
    expect(plan).toEqual(JSON.parse(JSON.stringify(buildPlan(input.answers, reportSet))));
  });

  it.each([
    ['a team', () => json(team(), { anonymous: true })],
    ['one file with a previous reflection', () => json([fixture('team/an.yaml')], { anonymous: true })],
  ])('leaves out names and file names with --anonymous: %s', (_name, make) => {
    const text = JSON.stringify(make());
    expect(text).not.toMatch(/An Peeters|Bob Janssens|"Chris"|team\/an\.yaml|earlier\/an-2026-08\.yaml/);
  });

  it('refuses what it should refuse (the schema is not a blank cheque)', () => {
    const data = json(team());
    expect(validate({ ...data, kind: 'group' })).toBe(false);
    expect(validate({ ...data, extra: 1 })).toBe(false);
    expect(validate({ ...data, themes: [{ ...data.themes[0], ratings: { ...data.themes[0].ratings, spread: 2 } }] })).toBe(false);
    const single = json([fixture('team/an.yaml')]);
    expect(validate(single)).toBe(true);
    expect(validate({ ...single, participants: data.participants })).toBe(false);
    expect(validate({ ...single, kind: 'team' })).toBe(false);
    expect(validate({ ...single, actions: [{ ...single.actions[0], fromPrevious: 'ja' }] })).toBe(false);
    expect(validate({ ...single, format: 'resokit-report/1' })).toBe(false);
  });
});

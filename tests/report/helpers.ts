// Shared by the report tests: the YAML fixtures of tests/fixtures/report/ as parsed answers files
// (read with the yaml package, not the CLI's parser, so the core tests need no build; format-1
// files upgraded as the parser does), and small builders for table tests.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Action, AnswersFile, Rating, ThemeAnswers } from '../../src/answers/model.js';
import { upgradeAnswers } from '../../src/answers/upgrade.js';
import { nl } from '../../src/i18n/nl/index.js';
import type { Messages } from '../../src/i18n/messages.js';
import { buildReport, type BuildOptions, type ParticipantNaming, type ReportInput, type SingleReport, type TeamReport } from '../../src/report/index.js';

const FIXTURES = new URL('../fixtures/report/', import.meta.url);

export function fixture(name: string): ReportInput {
  const file = `tests/fixtures/report/${name}`;
  const text = readFileSync(new URL(name, FIXTURES), 'utf8');
  return { file, answers: upgradeAnswers(parse(text) as AnswersFile, text) };
}

export const team = () => ['team/an.yaml', 'team/bob.yaml', 'team/chris.yaml'].map(fixture);
export const earlier = () => fixture('earlier/an-2026-08.yaml');

export function naming(m: Messages = nl, anonymous = false): ParticipantNaming {
  return { anonymous, numbered: m.report.numbered, repeated: m.report.repeated };
}

/** A minimal answers file for table tests: one participant, the themes given. */
export function file(participant: string, themes: ThemeAnswers[], extra: Partial<AnswersFile> = {}): AnswersFile {
  return {
    format: 'resokit-answers/2',
    questionSet: { id: 'resokit-reflectievragen', version: '1.0.0', language: 'nl', title: 'Reflectievragen' },
    organisation: 'De Brug',
    participant,
    created: '2026-11-27T10:00:00+01:00',
    updated: '2026-11-27T11:00:00+01:00',
    status: 'complete',
    themes,
    ...extra,
  };
}

export function theme(id: string, rating: Rating | undefined, options: { actions?: Array<Partial<Action> & { what: string }>; questions?: string[]; answers?: Record<string, string> } = {}): ThemeAnswers {
  return {
    id,
    title: id,
    group: 'beleid',
    answers: (options.questions ?? ['q1']).map((q) => ({ id: q, question: `Vraag ${q}?`, ...(options.answers?.[q] !== undefined ? { answer: options.answers[q] } : {}) })),
    ...(rating ? { rating } : {}),
    actions: (options.actions ?? []).map((a, i) => ({ id: `a${i + 1}`, priority: 'medium', status: 'open', ...a })),
  };
}

export const input = (answers: AnswersFile, name = answers.participant): ReportInput => ({ file: `${name}.yaml`, answers });

/** buildReport of several files: the team report (fails the test if it is not one). */
export function buildTeam(inputs: readonly ReportInput[], options: BuildOptions): TeamReport {
  const report = buildReport(inputs, options);
  if (report.kind !== 'team') throw new Error(`expected a team report, got ${report.kind}`);
  return report;
}

/** buildReport of one file: its plan (fails the test if it is not one). */
export function buildSingle(input: ReportInput, options: BuildOptions): SingleReport {
  const report = buildReport([input], options);
  if (report.kind !== 'single') throw new Error(`expected a single-file report, got ${report.kind}`);
  return report;
}

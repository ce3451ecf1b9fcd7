// --compare: how ratings moved per theme, what became of the earlier actions, which actions are new.
import { describe, expect, it } from 'vitest';
import type { CarriedAction, Rating } from '../../src/answers/model.js';
import { direction } from '../../src/report/compare.js';
import { en } from '../../src/i18n/en/index.js';
import { fr } from '../../src/i18n/fr/index.js';
import { nl } from '../../src/i18n/nl/index.js';
import { renderReport } from '../../src/render/report/index.js';
import { buildReport } from '../../src/report/index.js';
import { reportSet } from '../fixtures/report/question-set.js';
import { earlier, file, fixture, input, naming, team, theme } from './helpers.js';

describe('direction: the rating then and now', () => {
  it.each<[Rating | undefined, Array<Rating | undefined>, string]>([
    ['first-steps', ['on-track'], 'up'],
    ['on-track', ['first-steps'], 'down'],
    ['on-track', ['on-track'], 'same'],
    ['first-steps', ['on-track', 'embedded', 'first-steps'], 'up'],
    ['first-steps', ['not-started', 'on-track'], 'mixed'],
    ['first-steps', ['unknown', 'on-track'], 'up'],
    ['first-steps', [undefined], 'unknown'],
    ['unknown', ['on-track'], 'unknown'],
    [undefined, ['on-track'], 'unknown'],
  ])('%s → %j: %s', (then, now, expected) => {
    expect(direction(then, now)).toBe(expected);
  });
});

const carried = (what: string, status: CarriedAction['status'], reviewed = true): CarriedAction => ({
  id: 'p1',
  what,
  priority: 'medium',
  status,
  theme: 't1',
  themeTitle: 't1',
  reviewed,
});

describe('compare: earlier actions', () => {
  const before = file('An', [theme('t1', 'first-steps', { actions: [{ what: 'Folder herschrijven' }] })], { updated: '2026-08-12T10:00:00+02:00' });
  const compare = (...now: ReturnType<typeof file>[]) =>
    buildReport(now.map((f) => input(f)), { set: undefined, naming: naming(), earlier: { answers: before, participant: 'An' } }).comparison!;

  it.each([
    ['followed up as done', [file('An', [theme('t1', 'on-track')], { previous: { file: 'x', date: 'x', actions: [carried('Folder herschrijven', 'done')] } })], 'done', 'followed-up', ['An']],
    ['followed up as still relevant', [file('An', [theme('t1', 'on-track')], { previous: { file: 'x', date: 'x', actions: [carried('folder herschrijven.', 'open')] } })], 'open', 'followed-up', ['An']],
    ['followed up as dropped', [file('An', [theme('t1', 'on-track')], { previous: { file: 'x', date: 'x', actions: [carried('Folder herschrijven', 'dropped')] } })], 'dropped', 'followed-up', ['An']],
    [
      'followed up under its id, whatever its text (answers format 2 keeps the id)',
      [file('An', [theme('t1', 'on-track')], { previous: { file: 'x', date: 'x', actions: [{ ...carried('De folder in klare taal', 'done'), id: 'a1' }] } })],
      'done',
      'followed-up',
      ['An'],
    ],
    ['not reviewed yet says nothing', [file('An', [theme('t1', 'on-track')], { previous: { file: 'x', date: 'x', actions: [carried('Folder herschrijven', 'open', false)] } })], 'unknown', 'none', []],
    ['proposed again (matched by text)', [file('Bob', [theme('t2', 'on-track', { actions: [{ what: 'FOLDER herschrijven!' }] })])], 'open', 'proposed-again', ['Bob']],
    ['proposed again, marked done', [file('Bob', [theme('t2', 'on-track', { actions: [{ what: 'Folder herschrijven', status: 'done' }] })])], 'done', 'proposed-again', ['Bob']],
    ['nobody mentions it', [file('Bob', [theme('t1', 'on-track', { actions: [{ what: 'Iets anders' }] })])], 'unknown', 'none', []],
    [
      'participants agree',
      [
        file('An', [theme('t1', 'on-track')], { previous: { file: 'x', date: 'x', actions: [carried('Folder herschrijven', 'done')] } }),
        file('Bob', [theme('t1', 'on-track')], { previous: { file: 'x', date: 'x', actions: [carried('Folder herschrijven', 'done')] } }),
      ],
      'done',
      'followed-up',
      ['An', 'Bob'],
    ],
  ] as const)('%s', (_name, now, status, basis, participants) => {
    expect(compare(...now).earlierActions).toEqual([
      { what: 'Folder herschrijven', themeId: 't1', themeTitle: 't1', priority: 'medium', status, basis, participants },
    ]);
  });

  it.each([
    ['still open for one, done for another', ['open', 'done', 'open'], [{ status: 'open', participants: ['An', 'Chris'] }, { status: 'done', participants: ['Bob'] }]],
    ['done for one, dropped for another', ['done', 'dropped'], [{ status: 'done', participants: ['An'] }, { status: 'dropped', participants: ['Bob'] }]],
  ] as const)('participants disagree (%s): unclear, with who said what, as against a team', (_name, statuses, said) => {
    const now = statuses.map((status, i) => file(['An', 'Bob', 'Chris'][i]!, [theme('t1', 'on-track')], { previous: { file: 'x', date: 'x', actions: [carried('Folder herschrijven', status)] } }));
    expect(compare(...now).earlierActions).toEqual([
      { what: 'Folder herschrijven', themeId: 't1', themeTitle: 't1', priority: 'medium', status: 'ambiguous', basis: 'followed-up', participants: ['An', 'Bob', 'Chris'].slice(0, statuses.length), said },
    ]);
  });

  it.each([
    [nl, 'nl', '| onduidelijk | nog open volgens An; gedaan volgens Bob |'],
    [en, 'en', '| unclear | still open according to An; done according to Bob |'],
    [fr, 'fr', '| incertain | encore ouverte selon An\u202f; faite selon Bob |'],
  ] as const)('the report says unclear and who said what (%#)', (m, language, row) => {
    const now = (['open', 'done'] as const).map((status, i) => file(['An', 'Bob'][i]!, [theme('t1', 'on-track')], { previous: { file: 'x', date: 'x', actions: [carried('Folder herschrijven', status)] } }));
    const report = buildReport(now.map((f) => input(f)), { set: undefined, naming: naming(m), earlier: { answers: before, participant: 'An' } });
    for (const format of ['md', 'html'] as const) {
      const text = renderReport({ report, set: undefined, m, language, format, bom: false, separator: ',' });
      expect(format === 'md' ? text : text.replace(/<\/td>\s*<td[^>]*>/g, ' | ')).toContain(format === 'md' ? row : row.slice(2, -2));
    }
  });

  it('lists as new only the actions whose text was not there last time, and not the carried-over ones', () => {
    const now = file('An', [theme('t1', 'on-track', { actions: [{ what: 'folder herschrijven' }, { what: 'Nieuwe flyer' }] })], {
      previous: { file: 'x', date: 'x', actions: [carried('Folder herschrijven', 'open')] },
    });
    const report = buildReport([input(now)], { set: undefined, naming: naming(), earlier: { answers: before } });
    expect(report.comparison!.newActions.map((i) => report.actions[i]!.what)).toEqual(['Nieuwe flyer']);
  });

  it('leaves out earlier actions that were already dropped then, keeps the earlier file’s own still-open carried ones', () => {
    const then = file('An', [theme('t1', 'on-track', { actions: [{ what: 'Weg', status: 'dropped' }, { what: 'Blijft' }] })], {
      previous: { file: 'x', date: 'x', actions: [carried('Van nog eerder', 'open'), carried('Al gedaan', 'done')] },
    });
    const report = buildReport([input(file('An', []))], { set: undefined, naming: naming(), earlier: { answers: then } });
    expect(report.comparison!.earlierActions.map((a) => a.what)).toEqual(['Blijft', 'Van nog eerder']);
  });
});

describe('compare: per theme then and now', () => {
  it('for a team: the themes of now (report order), then the ones only chosen then', () => {
    const report = buildReport(team(), { set: reportSet, naming: naming(), earlier: { answers: earlier().answers, participant: 'An Peeters' } });
    expect(report.comparison!.themes.map((c) => [c.themeId, c.then ?? null, c.now.map((n) => n.rating ?? null), c.direction])).toEqual([
      ['toegankelijkheidsbeleid', 'first-steps', ['on-track', 'not-started', 'embedded'], 'mixed'],
      ['sociaal-inclusief-beleid', 'not-started', ['unknown'], 'unknown'],
      ['safe-space', 'not-started', ['first-steps', null], 'up'],
    ]);
  });

  it('for one file: new themes and themes not chosen again', () => {
    const then = file('An', [theme('t1', 'on-track'), theme('t2', 'first-steps')]);
    const now = file('An', [theme('t1', 'embedded'), theme('t3', 'on-track')]);
    const report = buildReport([input(now)], { set: undefined, naming: naming(), earlier: { answers: then } });
    expect(report.comparison!.themes.map((c) => [c.themeId, c.thenChosen, c.direction])).toEqual([
      ['t1', true, 'up'],
      ['t3', false, 'new'],
      ['t2', true, 'not-chosen'],
    ]);
  });

  it('takes the earlier date from the earlier file, and no name when anonymous', () => {
    const report = buildReport([fixture('team/an.yaml')], { set: reportSet, naming: naming(undefined, true), earlier: { answers: earlier().answers } });
    expect(report.comparison!.earlier).toEqual({ organisation: 'Buurtwerk De Brug vzw', date: '2026-08-12T10:00:00+02:00' });
  });
});

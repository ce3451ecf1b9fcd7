// The team model: merging files by theme id and question id, the spread of ratings, folding
// actions, counting focus choices, merging agendas, and what is missing from whom. Table tests.
import { describe, expect, it } from 'vitest';
import type { Rating } from '../../src/answers/model.js';
import { nl } from '../../src/i18n/nl/index.js';
import { participantLabels, repeatedParticipants, textKey } from '../../src/report/index.js';
import { ratingSpread } from '../../src/report/spread.js';
import { reportSet } from '../fixtures/report/question-set.js';
import { buildTeam, file, input, naming, team, theme } from './helpers.js';

describe('textKey: when two actions are the same', () => {
  it.each([
    ['Folder herschrijven', 'folder herschrijven', true],
    ['Folder  herschrijven!', 'folder herschrijven', true],
    ['Folder herschrijven in eenvoudige taal, samen met twee bezoekers', 'folder herschrijven in eenvoudige taal — samen met twee bezoekers!', true],
    ['  Vorming ‘signalen’ ', 'vorming "signalen"', true],
    ['FOLDER\therschrijven\n', 'folder herschrijven', true],
    ['één folder', 'een folder', false],
    ['Folder herschrijven', 'Folder schrijven', false],
    ['?!', '?!', true],
    ['?!', '...', false],
  ])('%j vs %j → %s', (a, b, same) => {
    expect(textKey(a) === textKey(b)).toBe(same);
  });
});

describe('ratingSpread: disagreement', () => {
  it.each<[string, Array<Rating | undefined>, { spread: number; range: number; rated: number; unknown: number; notRated: number }]>([
    ['nobody rated', [], { spread: 0, range: 0, rated: 0, unknown: 0, notRated: 0 }],
    ['one level', ['on-track'], { spread: 0, range: 0, rated: 1, unknown: 0, notRated: 0 }],
    ['all agree', ['on-track', 'on-track', 'on-track'], { spread: 0, range: 0, rated: 3, unknown: 0, notRated: 0 }],
    ['two ends, evenly split', ['not-started', 'embedded'], { spread: 1.5, range: 3, rated: 2, unknown: 0, notRated: 0 }],
    ['neighbours', ['first-steps', 'on-track'], { spread: 0.5, range: 1, rated: 2, unknown: 0, notRated: 0 }],
    ['three apart', ['not-started', 'on-track', 'embedded'], { spread: 1.25, range: 3, rated: 3, unknown: 0, notRated: 0 }],
    ['"weet niet" counted, not spread', ['on-track', 'unknown', 'unknown'], { spread: 0, range: 0, rated: 1, unknown: 2, notRated: 0 }],
    ['not rated counted apart', ['on-track', undefined, 'first-steps'], { spread: 0.5, range: 1, rated: 2, unknown: 0, notRated: 1 }],
  ])('%s', (_name, ratings, expected) => {
    expect(ratingSpread(ratings)).toMatchObject(expected);
  });

  it('counts every level, "weet niet" included', () => {
    expect(ratingSpread(['on-track', 'unknown', 'on-track', 'embedded']).counts).toEqual({
      'not-started': 0,
      'first-steps': 0,
      'on-track': 2,
      embedded: 1,
      unknown: 1,
    });
  });
});

describe('participant labels', () => {
  const files = (...names: string[]) => names.map((name, i) => ({ file: `${i}.yaml`, answers: file(name, []) }));
  it.each<[string, string[], boolean, string[]]>([
    ['names as typed', ['An', 'Bob'], false, ['An', 'Bob']],
    ['a name twice', ['An', 'Bob', 'An'], false, ['An', 'Bob', 'An (2)']],
    ['no name', ['An', '  '], false, ['An', 'Deelnemer 2']],
    ['--anonymous', ['An', 'Bob', 'An'], true, ['Deelnemer 1', 'Deelnemer 2', 'Deelnemer 3']],
    ['a typed name equal to a generated one', ['Deelnemer 2', ''], false, ['Deelnemer 2', 'Deelnemer 2 (2)']],
  ])('%s', (_name, names, anonymous, expected) => {
    expect(participantLabels(files(...names), naming(nl, anonymous))).toEqual(expected);
  });

  it('warns about the same person in several files (case and spaces aside), not about different people', () => {
    const inputs = [input(file('An Peeters', []), 'a'), input(file('Bob', []), 'b'), input(file(' an  peeters', []), 'c')];
    expect(repeatedParticipants(inputs)).toEqual([{ name: 'An Peeters', files: ['a.yaml', 'c.yaml'] }]);
  });
});

describe('buildReport: merging files', () => {
  const build = (...files: ReturnType<typeof file>[]) => buildTeam(files.map((f) => input(f)), { set: undefined, naming: naming() });

  it.each<[string, Array<Array<Rating | undefined>>, string[]]>([
    // Each row: per theme t1, t2, t3 the ratings of An, Bob; expected theme order.
    ['most disagreement first', [['on-track', 'on-track'], ['not-started', 'embedded'], ['first-steps', 'on-track']], ['t2', 't3', 't1']],
    ['ties keep the order met', [['on-track', 'on-track'], ['first-steps', 'first-steps'], ['embedded', 'embedded']], ['t1', 't2', 't3']],
    ['"weet niet" is no disagreement', [['unknown', 'embedded'], ['on-track', 'first-steps'], [undefined, 'not-started']], ['t2', 't1', 't3']],
  ])('orders themes: %s', (_name, ratings, order) => {
    const an = file('An', ratings.map((r, i) => theme(`t${i + 1}`, r[0])));
    const bob = file('Bob', ratings.map((r, i) => theme(`t${i + 1}`, r[1])));
    expect(build(an, bob).themes.map((t) => t.id)).toEqual(order);
  });

  it('ties follow the order of the question set', () => {
    const an = file('An', [theme('safe-space', 'on-track'), theme('toegankelijkheidsbeleid', 'on-track')]);
    const report = buildTeam([input(an), input({ ...an, participant: 'Bob' })], { set: reportSet, naming: naming() });
    expect(report.themes.map((t) => t.id)).toEqual(['toegankelijkheidsbeleid', 'safe-space']);
  });

  it.each([
    ['same themes', [['t1'], ['t1']], { t1: [['An', 'Bob'], []] }],
    ['different selections', [['t1', 't2'], ['t2', 't3']], { t1: [['An'], ['Bob']], t2: [['An', 'Bob'], []], t3: [['Bob'], ['An']] }],
  ] as const)('merges by theme id: %s', (_name, selections, expected) => {
    const report = build(file('An', selections[0].map((id) => theme(id, 'on-track'))), file('Bob', selections[1].map((id) => theme(id, 'on-track'))));
    const got = Object.fromEntries(report.themes.map((t) => [t.id, [t.participants, t.notChosenBy]]));
    expect(got).toEqual(expected);
  });

  it('merges by question id: every participant’s answer under their name, questions only some have marked', () => {
    const an = file('An', [theme('t1', 'on-track', { questions: ['q1', 'q2'], answers: { q1: 'ja', q2: '' } })]);
    const bob = file('Bob', [theme('t1', 'first-steps', { questions: ['q1', 'q3'], answers: { q3: 'nee' } })], { questionSet: { id: 'resokit-reflectievragen', version: '0.9.0', language: 'nl', title: 'R' } });
    const [t1] = build(an, bob).themes;
    expect(t1!.questions.map((q) => [q.id, q.number, q.answers.map((a) => `${a.participant}:${a.state}:${a.answer ?? ''}`), q.absentFrom])).toEqual([
      ['q1', 1, ['An:answered:ja', 'Bob:unanswered:'], []],
      ['q2', 2, ['An:skipped:'], ['Bob']],
      ['q3', 3, ['Bob:answered:nee'], ['An']],
    ]);
  });

  it('says what is missing from whom: unfinished, themes not chosen, questions not in their version, no rating', () => {
    const report = buildTeam(team(), { set: reportSet, naming: naming() });
    expect(report.missing).toEqual([
      { participant: 'An Peeters', items: [{ kind: 'themes-not-chosen', themes: [{ id: 'sociaal-inclusief-beleid', title: 'Sociaal inclusief beleid' }] }] },
      { participant: 'Bob Janssens', items: [{ kind: 'themes-not-chosen', themes: [{ id: 'safe-space', title: 'Safe space' }] }] },
      {
        participant: 'Chris',
        items: [
          { kind: 'in-progress', open: 5 },
          { kind: 'themes-not-chosen', themes: [{ id: 'sociaal-inclusief-beleid', title: 'Sociaal inclusief beleid' }] },
          {
            kind: 'questions-not-in-file',
            themeId: 'toegankelijkheidsbeleid',
            themeTitle: 'Toegankelijkheidsbeleid',
            version: '0.9.0',
            questions: [{ id: 'zeven-bs', number: 3, text: expect.stringContaining('zeven B’s') }],
          },
          { kind: 'not-rated', themes: [{ id: 'safe-space', title: 'Safe space' }] },
        ],
      },
    ]);
  });

  it('a question only an older version has is listed last and is not "missing" from newer files', () => {
    const report = buildTeam(team(), { set: reportSet, naming: naming() });
    const toeg = report.themes.find((t) => t.id === 'toegankelijkheidsbeleid')!;
    expect(toeg.questions.at(-1)).toMatchObject({ id: 'onthaal', inQuestionSet: false, absentFrom: ['An Peeters', 'Bob Janssens'] });
  });

  it('tells two themes with the same title apart by their group', () => {
    const a = { ...theme('beleid-buurtvervlechting', 'on-track'), title: 'Buurtvervlechting', group: 'beleid' };
    const b = { ...theme('werking-buurtvervlechting', 'on-track'), title: 'Buurtvervlechting', group: 'werking' };
    const report = buildTeam([input(file('An', [a, b])), input(file('Bob', [a]))], { set: reportSet, naming: naming() });
    expect(report.themes.map((t) => t.title).sort()).toEqual(['Buurtvervlechting (Beleid)', 'Buurtvervlechting (Werking)']);
  });

  it('takes the period, organisations and question-set versions from the files', () => {
    const report = buildTeam(team(), { set: reportSet, naming: naming() });
    expect(report.period).toEqual({ from: '2026-11-27', to: '2026-12-01' });
    expect(report.organisations).toEqual(['Buurtwerk De Brug vzw']);
    expect(report.questionSets.map((qs) => qs.version)).toEqual(['1.0.0', '0.9.0']);
    expect(report.kind).toBe('team');
  });
});

describe('buildReport: organisations', () => {
  const build = (...files: ReturnType<typeof file>[]) => buildTeam(files.map((f) => input(f)), { set: undefined, naming: naming() });

  it('files of several organisations: a warning naming who is in which; the first spelling kept', () => {
    const report = build(file('An', []), file('Bob', [], { organisation: 'Het Anker' }), file('Chris', [], { organisation: 'de brug' }), file('Dirk', [], { organisation: ' ' }));
    expect(report.organisations).toEqual(['De Brug', 'Het Anker']);
    expect(report.severalOrganisations).toEqual([
      { organisation: 'De Brug', participants: ['An', 'Chris'] },
      { organisation: 'Het Anker', participants: ['Bob'] },
    ]);
  });

  it('one organisation (and files without one): no warning', () => {
    expect(build(file('An', []), file('Bob', [], { organisation: '' })).severalOrganisations).toBeUndefined();
  });
});

describe('buildReport: actions', () => {
  const build = (...files: ReturnType<typeof file>[]) => buildTeam(files.map((f) => input(f)), { set: undefined, naming: naming() });

  it.each([
    ['identical text folds', ['Folder herschrijven'], ['folder herschrijven!'], [['Folder herschrijven', ['An', 'Bob']]]],
    ['different text stays apart', ['Folder herschrijven'], ['Folder drukken'], [['Folder herschrijven', ['An']], ['Folder drukken', ['Bob']]]],
    ['one person twice is one proposer', ['Koffie', 'koffie.'], [], [['Koffie', ['An']]]],
  ] as const)('%s', (_name, anActions, bobActions, expected) => {
    const report = build(
      file('An', [theme('t1', 'on-track', { actions: anActions.map((what) => ({ what })) })]),
      file('Bob', [theme('t1', 'on-track', { actions: bobActions.map((what) => ({ what })) })]),
    );
    expect(report.actions.map((a) => [a.what, [...new Set(a.proposals.map((p) => p.participant))]])).toEqual(expected);
  });

  it('a folded action takes the highest priority, the earliest date, every "who" and every theme', () => {
    const report = build(
      file('An', [theme('t1', 'on-track', { actions: [{ what: 'Folder', priority: 'low', due: '2027-03-01', who: 'An' }] })]),
      file('Bob', [theme('t2', 'on-track', { actions: [{ what: 'folder', priority: 'high', due: '2027-01-15', who: 'Bob' }] })]),
      file('Chris', [theme('t1', 'on-track', { actions: [{ what: 'FOLDER', priority: 'medium', who: 'An' }] })]),
    );
    expect(report.actions).toHaveLength(1);
    expect(report.actions[0]).toMatchObject({ priority: 'high', due: '2027-01-15', who: ['An', 'Bob'], themes: [{ id: 't1' }, { id: 't2' }] });
  });

  it('keeps every differing who, date and priority with who gave it; a missing value is no conflict', () => {
    const report = build(
      file('An', [theme('t1', 'on-track', { actions: [{ what: 'Folder', priority: 'low', due: '2027-03-01', who: 'An' }] })]),
      file('Bob', [theme('t2', 'on-track', { actions: [{ what: 'folder', priority: 'high', due: '2027-01-15', who: 'Bob' }] })]),
      file('Chris', [theme('t1', 'on-track', { actions: [{ what: 'FOLDER', priority: 'low', who: 'An' }] })]),
    );
    expect(report.actions[0]!.conflicts).toEqual({
      who: [
        { value: 'An', participants: ['An', 'Chris'] },
        { value: 'Bob', participants: ['Bob'] },
      ],
      due: [
        { value: '2027-03-01', participants: ['An'] },
        { value: '2027-01-15', participants: ['Bob'] },
      ],
      priority: [
        { value: 'low', participants: ['An', 'Chris'] },
        { value: 'high', participants: ['Bob'] },
      ],
    });
  });

  it('no conflicts when the proposals agree, or only one of them gives a value', () => {
    const report = build(
      file('An', [theme('t1', 'on-track', { actions: [{ what: 'Folder', priority: 'high', due: '2027-03-01', who: 'An' }] })]),
      file('Bob', [theme('t1', 'on-track', { actions: [{ what: 'folder', priority: 'high' }] })]),
    );
    expect(report.actions[0]!.conflicts).toEqual({});
  });

  it('the "from the previous reflection" mark survives folding with a new proposal, naming who carried it', () => {
    const carried = { id: 'a-carried01', what: 'Folder', priority: 'medium' as const, status: 'open' as const, theme: 't1', themeTitle: 't1', reviewed: true };
    const report = build(
      file('An', [theme('t1', 'on-track')], { previous: { file: 'vorige.yaml', date: '2026-08-01T10:00:00Z', actions: [carried] } }),
      file('Bob', [theme('t1', 'on-track', { actions: [{ what: 'folder' }] })]),
    );
    expect(report.actions).toHaveLength(1);
    expect(report.actions[0]).toMatchObject({ fromPrevious: false, fromPreviousBy: ['An'] });
  });

  it.each([
    ['open wins', ['open', 'done'], 'open'],
    ['all done', ['done', 'done'], 'done'],
    ['done and dropped', ['dropped', 'done'], 'done'],
    ['all dropped', ['dropped', 'dropped'], 'dropped'],
  ] as const)('status of a folded action: %s', (_name, statuses, expected) => {
    const report = build(
      file('An', [theme('t1', 'on-track', { actions: [{ what: 'X', status: statuses[0] }] })]),
      file('Bob', [theme('t1', 'on-track', { actions: [{ what: 'x', status: statuses[1] }] })]),
    );
    expect(report.actions[0]!.status).toBe(expected);
  });

  it('counts focus choices per participant, most chosen first, and who chose none', () => {
    const actions = (...whats: string[]) => whats.map((what, i) => ({ what, id: `a${i + 1}` }));
    const report = build(
      file('An', [theme('t1', 'on-track', { actions: actions('A', 'B') })], { focus: ['a2'] }),
      file('Bob', [theme('t1', 'on-track', { actions: actions('b', 'C') })], { focus: ['a1', 'a2'] }),
      file('Chris', [theme('t1', 'on-track', { actions: actions('A') })]),
    );
    expect(report.focus.chosen.map((f) => [f.what, f.count, f.participants])).toEqual([
      ['B', 2, ['An', 'Bob']],
      ['C', 1, ['Bob']],
    ]);
    expect(report.focus.none).toEqual(['Chris']);
  });

  it('lists new actions before carried-over ones, then by theme in report order', () => {
    const report = buildTeam(team(), { set: reportSet, naming: naming() });
    expect(report.actions.map((a) => [a.themes[0]!.id, a.fromPrevious])).toEqual([
      ['toegankelijkheidsbeleid', false],
      ['toegankelijkheidsbeleid', false],
      ['toegankelijkheidsbeleid', false],
      ['sociaal-inclusief-beleid', false],
      ['safe-space', false],
      ['toegankelijkheidsbeleid', true],
      ['safe-space', true],
    ]);
  });
});

describe('buildReport: the team agenda', () => {
  it('merges the participants’ agendas: one point per question naming everyone, kinds in the plan’s order', () => {
    const an = file('An', [
      { ...theme('t1', 'unknown', { questions: ['q1', 'q2'], answers: { q1: 'x' } }), answers: [{ id: 'q1', question: 'Vraag q1?', answer: 'x', discuss: true }, { id: 'q2', question: 'Vraag q2?' }] },
    ]);
    const bob = file('Bob', [
      { ...theme('t1', 'unknown', { questions: ['q1', 'q2'] }), answers: [{ id: 'q1', question: 'Vraag q1?', answer: 'y', discuss: true }, { id: 'q2', question: 'Vraag q2?' }] },
    ]);
    const report = buildTeam([input(an), input(bob)], { set: undefined, naming: naming() });
    expect(report.agenda).toEqual([
      { kind: 'discuss', themeId: 't1', themeTitle: 't1', questionId: 'q1', number: 1, question: 'Vraag q1?', participants: ['An', 'Bob'] },
      { kind: 'unknown-rating', themeId: 't1', themeTitle: 't1', participants: ['An', 'Bob'] },
      { kind: 'unanswered', themeId: 't1', themeTitle: 't1', questionId: 'q2', number: 2, question: 'Vraag q2?', participants: ['An', 'Bob'] },
    ]);
  });

  it.each<[string, Rating[], boolean]>([
    ['two steps apart is on the agenda', ['not-started', 'on-track'], true],
    ['neighbouring levels are not', ['first-steps', 'on-track'], false],
    ['"weet niet" next to a level is not', ['unknown', 'embedded'], false],
  ])('disagreement: %s', (_name, ratings, onAgenda) => {
    const report = buildTeam(
      ratings.map((r, i) => input(file(`P${i}`, [theme('t1', r)]))),
      { set: undefined, naming: naming() },
    );
    expect(report.agenda.some((item) => item.kind === 'disagreement')).toBe(onAgenda);
  });
});

describe('organisations', () => {
  it('are one organisation when typed with other capitals or spacing', () => {
    const an = file('An', [theme('toegankelijkheidsbeleid', 'on-track')], { organisation: 'Vzw De Brug' });
    const bob = file('Bob', [theme('toegankelijkheidsbeleid', 'on-track')], { organisation: 'vzw  de brug ' });
    const cas = file('Cas', [theme('toegankelijkheidsbeleid', 'on-track')], { organisation: 'Buurthuis Oost' });
    const report = buildTeam([input(an), input(bob), input(cas)], { set: undefined, naming: naming() });
    expect(report.organisations).toEqual(['Vzw De Brug', 'Buurthuis Oost']);
  });
});

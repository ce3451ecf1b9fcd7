// Table tests of the pure core of working in rounds: medians and verdicts, action matching,
// membership, rounds, and the action lifecycle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action, Rating, ThemeAnswers } from '../../src/answers/model.js';
import { actionLifecycle, roundDate, roundProblems, sortRounds, type RoundInput } from '../../src/history/index.js';
import { anonymousLabels, personIndexes } from '../../src/history/people.js';
import { CandidateIndex, statusOf, type Candidate, type Claim, type Match } from '../../src/report/action-match.js';
import { medianLevel, ratingSpread } from '../../src/report/spread.js';
import { teamActions } from '../../src/report/team-actions.js';
import { membership } from '../../src/report/team-compare.js';
import { teamThemes, type Member } from '../../src/report/team-themes.js';
import { verdict } from '../../src/report/verdict.js';
import { file } from '../report/helpers.js';

const moment = (ratings: Rating[]) => ({ ratings: ratingSpread(ratings), ...(medianLevel(ratings) !== undefined ? { median: medianLevel(ratings)! } : {}) });
const theme = (id: string, rating: Rating | undefined, actions: Action[] = []): ThemeAnswers => ({ id, title: id, group: 'beleid', answers: [], ...(rating ? { rating } : {}), actions });
const act = (id: string, what: string, status: Action['status'] = 'open'): Action => ({ id, what, priority: 'medium', status });

describe('medianLevel', () => {
  it.each([
    [[], undefined],
    [['unknown'], undefined],
    [['first-steps'], 1],
    [['not-started', 'embedded'], 1.5],
    [['not-started', 'first-steps', 'embedded'], 1],
    [['on-track', 'unknown', 'embedded', 'embedded'], 3],
  ] as Array<[Rating[], number | undefined]>)('%j → %s', (ratings, median) => {
    expect(medianLevel(ratings)).toBe(median);
  });
});

describe('verdict', () => {
  it.each([
    // median moves by a whole level: forward / back; half a level is the same
    [['first-steps', 'first-steps'], ['on-track', 'on-track'], 'forward', 'same'],
    [['on-track', 'on-track'], ['first-steps', 'first-steps'], 'back', 'same'],
    [['not-started', 'first-steps', 'first-steps', 'on-track'], ['first-steps', 'first-steps', 'on-track', 'on-track'], 'same', 'same'],
    // spread changes by 0.5 or more: less / more agreement (0 → 0.5 exactly counts)
    [['first-steps', 'first-steps'], ['not-started', 'on-track'], 'same', 'less'],
    [['not-started', 'on-track'], ['first-steps', 'first-steps'], 'same', 'more'],
    [['not-started', 'first-steps'], ['not-started', 'first-steps', 'first-steps'], 'same', 'same'],
    // both at once
    [['not-started', 'not-started'], ['first-steps', 'embedded'], 'forward', 'less'],
    // a spread of one rating says nothing
    [['first-steps'], ['not-started', 'on-track'], 'same', 'not-comparable'],
    [['unknown'], ['on-track'], 'not-comparable', 'not-comparable'],
  ] as Array<[Rating[], Rating[], string, string]>)('%j → %j: %s, %s', (then, now, median, agreement) => {
    expect(verdict(moment(then), moment(now))).toMatchObject({ median, agreement });
  });
});

/** Which candidate a mention is, trying every one: what CandidateIndex must answer. */
function tryEvery(mention: { ids: string[]; key: string }, candidates: readonly Candidate[]): Match {
  const byId = candidates.flatMap((candidate, i) => (mention.ids.some((id) => candidate.ids.has(id)) ? [i] : []));
  if (byId.length === 1) return { kind: 'id', index: byId[0]! };
  if (byId.length > 1) return { kind: 'ambiguous', indexes: byId };
  const byText = candidates.flatMap((candidate, i) => (candidate.keys.has(mention.key) ? [i] : []));
  if (byText.length === 1) return { kind: 'text', index: byText[0]! };
  if (byText.length > 1) return { kind: 'ambiguous', indexes: byText };
  return { kind: 'none' };
}

describe('CandidateIndex', () => {
  const candidates = [
    { ids: new Set(['a-1']), keys: new Set(['folder herschrijven']) },
    { ids: new Set(['a-2']), keys: new Set(['onthaal open']) },
    { ids: new Set(['a-3']), keys: new Set(['onthaal open']) },
  ];
  it.each([
    [{ ids: ['a-1'], key: 'iets anders' }, { kind: 'id', index: 0 }],
    [{ ids: ['a-9'], key: 'folder herschrijven' }, { kind: 'text', index: 0 }],
    [{ ids: [], key: 'onthaal open' }, { kind: 'ambiguous', indexes: [1, 2] }],
    [{ ids: ['a-1', 'a-2'], key: 'folder herschrijven' }, { kind: 'ambiguous', indexes: [0, 1] }],
    [{ ids: ['a-3'], key: 'onthaal open' }, { kind: 'id', index: 2 }],
    [{ ids: ['a-9'], key: 'nieuw' }, { kind: 'none' }],
  ])('%j → %j', (mention, match) => {
    expect(CandidateIndex.of(candidates).match(mention)).toEqual(match);
  });

  it('answers as trying every candidate would, as candidates gain ids and keys and below any limit', () => {
    const id = fc.constantFrom('a-1', 'a-2', 'a-3', 'a-4');
    const key = fc.constantFrom('folder', 'onthaal', 'buurt');
    const step = fc.oneof(
      fc.record({ add: fc.record({ ids: fc.uniqueArray(id, { maxLength: 2 }), keys: fc.uniqueArray(key, { minLength: 1, maxLength: 2 }) }) }),
      fc.record({ grow: fc.nat(), id, key }),
      fc.record({ ask: fc.record({ ids: fc.uniqueArray(id, { maxLength: 2 }), key }), limit: fc.nat({ max: 6 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const index = new CandidateIndex();
        const candidates: Array<{ ids: Set<string>; keys: Set<string> }> = [];
        for (const s of steps) {
          if ('add' in s) {
            const candidate = { ids: new Set(s.add.ids), keys: new Set(s.add.keys) };
            index.add(candidates.length, candidate);
            candidates.push(candidate);
          } else if ('grow' in s) {
            if (candidates.length === 0) continue;
            const i = s.grow % candidates.length;
            candidates[i]!.ids.add(s.id);
            candidates[i]!.keys.add(s.key);
            index.addId(i, s.id);
            index.addKey(i, s.key);
          } else {
            expect(index.match(s.ask, s.limit)).toEqual(tryEvery(s.ask, candidates.slice(0, s.limit)));
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('statusOf', () => {
  const claim = (status: Claim['status'], basis: Claim['basis'], participant = 'An'): Claim => ({ participant, status, basis, match: 'id' });
  it.each([
    [[claim('done', 'followed-up')], false, 'done'],
    [[claim('done', 'followed-up'), claim('open', 'proposed-again', 'Bob')], false, 'done'],
    [[claim('done', 'followed-up'), claim('dropped', 'followed-up', 'Bob')], false, 'ambiguous'],
    [[claim('open', 'carried')], false, 'open'],
    [[claim('open', 'proposed-again')], false, 'open'],
    [[], false, 'not-mentioned'],
    [[], true, 'ambiguous'],
  ] as Array<[Claim[], boolean, string]>)('%j (ambiguous mention: %s) → %s', (claims, ambiguous, status) => {
    expect(statusOf(claims, ambiguous)).toBe(status);
  });
});

describe('membership', () => {
  const member = (label: string, extra = {}): Member => ({ label, answers: file(label, [], extra) });
  it('names who joined and who left', () => {
    expect(membership([member('An'), member('Bob')], [member('An'), member('Chris')])).toEqual({ joined: ['Chris'], left: ['Bob'], renamed: [] });
  });

  it('compares names without case or punctuation', () => {
    expect(membership([member('an peeters')], [member('An Peeters.')])).toEqual({ joined: [], left: [], renamed: [] });
  });

  it('finds a renamed participant by the ids of the actions they carried over', () => {
    const before = { label: 'Chris', answers: file('Chris', [theme('safe-space', 'on-track', [act('a-vorming', 'Vorming')])]) };
    const after = member('Chris Claes', { previous: { file: 'x.yaml', date: '2026-10-01', actions: [{ ...act('a-vorming', 'Vorming'), theme: 'safe-space', themeTitle: 'Safe space', reviewed: true }] } });
    expect(membership([before, member('Dana')], [after, member('Dana')])).toEqual({ joined: [], left: [], renamed: [{ before: 'Chris', now: 'Chris Claes' }] });
  });
});

describe('rounds', () => {
  const input = (name: string, days: string[]) => ({ file: `${name}.yaml`, answers: file(name, [], { updated: days.shift()! }) });
  const round = (source: string, days: string[], absolute?: string[]): RoundInput => {
    const files = days.map((day, i) => input(`${source}-${i}`, [`${day}T10:00:00+01:00`]));
    return { label: source, source, files, absolute: absolute ?? files.map((f) => `/r/${f.file}`) };
  };

  it.each([
    [['2026-03-10'], '2026-03-10'],
    [['2026-03-12', '2026-03-10', '2026-03-11'], '2026-03-11'],
    [['2026-03-10', '2026-03-20'], '2026-03-10'],
    [['2026-10-01', '2026-03-10', '2026-03-11', '2026-03-12'], '2026-03-11'],
  ])('the date of %j is the median updated day %s', (days, date) => {
    expect(roundDate(round('r', days).files)).toBe(date);
  });

  it('sorts rounds by date whatever the order given', () => {
    const rounds = [round('najaar', ['2026-10-05']), round('voorjaar-2027', ['2027-03-01']), round('voorjaar', ['2026-03-10'])];
    expect(sortRounds(rounds).map((r) => r.label)).toEqual(['voorjaar', 'najaar', 'voorjaar-2027']);
  });

  it('finds the same file in two rounds and two rounds on one day', () => {
    const a = round('a', ['2026-03-10'], ['/r/x.yaml']);
    const b = round('b', ['2026-03-10', '2026-03-10'], ['/r/x.yaml', '/r/y.yaml']);
    expect(roundProblems([a, b])).toEqual([
      { kind: 'same-file', file: 'a-0.yaml', rounds: ['a', 'b'] },
      { kind: 'same-date', date: '2026-03-10', rounds: ['a', 'b'] },
    ]);
    expect(roundProblems([round('a', ['2026-03-10']), round('b', ['2026-10-10'])])).toEqual([]);
  });

  it.each([
    // history V/ V/, history V/ ./V, history V/ 'V/*.yaml': the very same files
    [['V/', 'V/'], [{ kind: 'same-round', rounds: ['V/', 'V/'] }]],
    [['V/', './V', 'N/'], [{ kind: 'same-round', rounds: ['V/', './V'] }]],
  ] as const)('says a round given twice as such, not as its files and date again: %j', (sources, problems) => {
    const of = (source: string) => ({ ...round(source, ['2026-03-10', '2026-03-10']), absolute: source === 'N/' ? ['/r/n.yaml'] : ['/r/an.yaml', '/r/bob.yaml'] });
    const rounds = sources.map(of);
    rounds[rounds.length - 1] = sources.at(-1) === 'N/' ? { ...of('N/'), files: [input('n', ['2026-10-10T10:00:00+01:00'])] } : rounds.at(-1)!;
    expect(roundProblems(rounds)).toEqual(problems);
  });
});

describe('actionLifecycle', () => {
  const carried = (action: Action, status: Action['status'], reviewed = true) => ({ ...action, status, theme: 't', themeTitle: 't', reviewed });
  const roundOf = (date: string, files: Array<ReturnType<typeof file>>) => {
    const members: Member[] = files.map((answers) => ({ label: answers.participant, answers }));
    const themes = teamThemes(members, undefined);
    return { date, members, actions: teamActions(members, themes), titles: new Map([['t', 'Thema']]) };
  };
  const previous = (actions: ReturnType<typeof carried>[]) => ({ previous: { file: 'x.yaml', date: '2026-01-01', actions } });
  const folder = act('a-folder', 'Folder herschrijven');
  const onthaal = act('a-onthaal', 'Onthaal open');

  it('follows an action by its id through rounds, even reworded; stalled (open two or more rounds) first', () => {
    const lifecycle = actionLifecycle([
      roundOf('2026-03-01', [file('An', [theme('t', 'first-steps', [folder])], { focus: ['a-folder'] }), file('Bob', [theme('t', 'first-steps', [onthaal])])]),
      roundOf('2026-10-01', [file('An', [theme('t', 'first-steps')], previous([carried({ ...folder, what: 'Folder herschrijven, eenvoudig' }, 'open')])), file('Bob', [theme('t', 'on-track')], previous([carried(onthaal, 'done')]))]),
      roundOf('2027-03-01', [file('An', [theme('t', 'on-track')], previous([carried({ ...folder, what: 'Folder herschrijven, eenvoudig' }, 'open')]))]),
    ]);
    expect(lifecycle.map((a) => [a.what, a.current, a.stalled, a.openRounds, a.openDays])).toEqual([
      ['Folder herschrijven, eenvoudig', 'open', true, 3, 365],
      ['Onthaal open', 'done', false, 1, 214],
    ]);
    expect(lifecycle[0]!.texts).toEqual(['Folder herschrijven', 'Folder herschrijven, eenvoudig']);
    expect(lifecycle[0]!.focusRounds).toEqual([0]);
    // After done, later rounds do not list it.
    expect(lifecycle[1]!.steps.map((s) => s.round)).toEqual([0, 1]);
  });

  it('stuck is one thing: open in two or more rounds and not closed, also when nobody mentions it now or the team disagrees', () => {
    const koffie = act('a-koffie', 'Koffiemoment');
    const lifecycle = actionLifecycle([
      roundOf('2026-03-01', [file('An', [theme('t', 'first-steps', [folder])]), file('Bob', [theme('t', 'first-steps', [onthaal])]), file('Chris', [theme('t', 'first-steps', [koffie])])]),
      roundOf('2026-10-01', [
        file('An', [theme('t', 'first-steps')], previous([carried(folder, 'open')])),
        file('Bob', [theme('t', 'first-steps')], previous([carried(onthaal, 'open')])),
        file('Dana', [theme('t', 'first-steps')], previous([carried(folder, 'open')])),
      ]),
      // Bob has left: nobody mentions his action; An and Dana disagree about the folder.
      roundOf('2027-03-01', [
        file('An', [theme('t', 'first-steps')], previous([carried(folder, 'open')])),
        file('Dana', [theme('t', 'first-steps')], previous([carried(folder, 'done')])),
      ]),
    ]);
    expect(lifecycle.map((a) => [a.what, a.current, a.openRounds, a.stalled])).toEqual([
      ['Folder herschrijven', 'ambiguous', 2, true],
      ['Onthaal open', 'not-mentioned', 2, true],
      ['Koffiemoment', 'not-mentioned', 1, false],
    ]);
  });

  it('says how each proposal was recognised: a folded action holding the carried id and a new one with the same text', () => {
    const lifecycle = actionLifecycle([
      roundOf('2026-03-01', [file('An', [theme('t', 'first-steps', [folder])])]),
      roundOf('2026-10-01', [file('An', [theme('t', 'first-steps')], previous([carried(folder, 'open')])), file('Dana', [theme('t', 'first-steps', [act('a-dana', 'Folder herschrijven')])])]),
      roundOf('2027-03-01', [file('Dana', [theme('t', 'first-steps')], previous([carried(act('a-dana', 'Folder herschrijven'), 'done')]))]),
    ]);
    expect(lifecycle[0]!.steps.map((step) => step.claims.map((c) => [c.participant, c.basis, c.match]))).toEqual([
      [['An', 'proposed-again', 'text']],
      [['An', 'followed-up', 'id'], ['Dana', 'proposed-again', 'text']],
      // Dana's id is the action's from then on.
      [['Dana', 'followed-up', 'id']],
    ]);
  });

  it('matches by text when ids differ (format-1 files, a retyped action); not mentioned when nobody says', () => {
    const lifecycle = actionLifecycle([
      roundOf('2026-03-01', [file('An', [theme('t', 'first-steps', [folder, onthaal])])]),
      roundOf('2026-10-01', [file('Bob', [theme('t', 'first-steps', [act('a-other', 'folder  herschrijven!')])])]),
    ]);
    const byText = lifecycle.find((a) => a.texts[0] === 'Folder herschrijven')!;
    expect(byText.steps[1]).toMatchObject({ status: 'open', claims: [{ participant: 'Bob', basis: 'proposed-again', match: 'text' }] });
    expect(lifecycle.find((a) => a.what === 'Onthaal open')!.current).toBe('not-mentioned');
  });

  it('shows an action that could be two earlier ones as ambiguous, without guessing', () => {
    const a = act('a-a', 'Buddy voor nieuwe vrijwilligers');
    const b = act('a-b', 'Peter voor nieuwe vrijwilligers');
    const lifecycle = actionLifecycle([
      roundOf('2026-03-01', [file('An', [theme('t', 'first-steps', [a])]), file('Bob', [theme('t', 'first-steps', [b])])]),
      // Both carried over and reworded to the same text: one folded action holding both ids.
      roundOf('2026-10-01', [
        file('An', [theme('t', 'first-steps')], previous([carried({ ...a, what: 'Buddy of peter' }, 'done')])),
        file('Bob', [theme('t', 'first-steps')], previous([carried({ ...b, what: 'Buddy of peter' }, 'done')])),
      ]),
    ]);
    const merged = lifecycle.find((x) => x.what === 'Buddy of peter')!;
    expect(merged.ambiguousWith).toEqual(['Buddy voor nieuwe vrijwilligers', 'Peter voor nieuwe vrijwilligers']);
    for (const earlier of lifecycle.filter((x) => x !== merged)) {
      expect(earlier.current).toBe('ambiguous');
      expect(earlier.steps[1]!.ambiguous[0]).toMatchObject({ what: 'Buddy of peter', participants: ['An', 'Bob'] });
    }
  });
});

describe('personIndexes (--anonymous: one number per person across the rounds)', () => {
  const carrying = (participant: string, ids: string[]) =>
    file(participant, [], { previous: { file: 'x', date: 'x', actions: ids.map((id) => ({ ...act(id, id), theme: 't', themeTitle: 't', reviewed: true })) } });
  const proposing = (participant: string, ids: string[]) => file(participant, [theme('t', 'first-steps', ids.map((id) => act(id, id)))]);
  it.each([
    // The trial: Bob leaves, Dana joins; "Deelnemer 2" must not be Bob and then Dana.
    ['someone leaves, someone joins', [[file('An', []), file('Bob', []), file('Chris', [])], [file('An', []), file('Bob', []), file('Dana', [])], [file('An', []), file('Dana', []), file('Élodie', [])]], [[0, 1, 2], [0, 1, 3], [0, 3, 4]]],
    // By name, case, spaces and punctuation aside; also after skipping a round.
    ['by name, and back after a round away', [[file('An Peeters', []), file('Bob', [])], [file('an  peeters.', [])], [file('Bob', []), file('AN PEETERS', [])]], [[0, 1], [0], [1, 0]]],
    // Renamed: the file carries over the actions of exactly one person who is not here by name.
    ['a rename, recognised by the carried action ids', [[proposing('Chris', ['a-1']), proposing('Dana', ['a-2'])], [carrying('Chris Claes', ['a-1']), file('Dana', [])]], [[0, 1], [0, 1]]],
    // Carrying the actions of someone who is here by name is no rename; two candidates are not guessed.
    ['no rename when that person is here', [[proposing('An', ['a-1']), proposing('Bob', ['a-2'])], [file('An', []), carrying('Eva', ['a-1']), carrying('Fien', ['a-1', 'a-2'])]], [[0, 1], [0, 2, 1]]],
    ['no rename when two could be it', [[proposing('Chris', ['a-1']), proposing('Dana', ['a-2'])], [carrying('Eva', ['a-1', 'a-2'])]], [[0, 1], [2]]],
    // Without a name: someone new each time, unless recognised by the actions carried over.
    ['files without a name', [[proposing('', ['a-1']), file('', [])], [carrying('', ['a-1']), file('', [])]], [[0, 1], [0, 2]]],
  ] as Array<[string, ReturnType<typeof file>[][], number[][]]>)('%s', (_name, rounds, expected) => {
    expect(personIndexes(rounds)).toEqual(expected);
  });

  it('labels by person; a person’s second file in a round is told apart', () => {
    const naming = { anonymous: true, numbered: (n: number) => `Deelnemer ${n}`, repeated: (name: string, n: number) => `${name} (${n})` };
    expect(anonymousLabels([0, 3, 0], naming)).toEqual(['Deelnemer 1', 'Deelnemer 4', 'Deelnemer 1 (2)']);
  });
});

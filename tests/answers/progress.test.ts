import { describe, expect, it } from 'vitest';
import {
  addAction,
  answerQuestion,
  carryActions,
  finishActions,
  markReviewed,
  newAnswers,
  openActions,
  removeAction,
  saveDraft,
  setCarriedStatus,
  setDiscuss,
  setFocus,
  setImportance,
  setRating,
  updateAction,
} from '../../src/answers/edit.js';
import type { AnswersFile } from '../../src/answers/model.js';
import { nextStep, type Step } from '../../src/answers/progress.js';
import { smallSet } from '../fixtures/sets/small-set.js';

const now = new Date('2026-11-27T10:00:00Z');
const later = new Date('2026-11-27T10:05:00Z');
/** Predictable action ids: a-t1, a-t2, ... (production ids are random). */
const ids = () => {
  let n = 0;
  return () => `a-t${++n}`;
};
const start = () => newAnswers(smallSet, [smallSet.themes[0]!, smallSet.themes[2]!], { organisation: 'Vzw', participant: 'An' }, now);

/** Answers every step of theme `t` up to (not including) the review. */
const throughActions = (file: AnswersFile, t: number) => {
  let f = file;
  f.themes[t]!.answers.forEach((_, q) => (f = answerQuestion(f, t, q, 'ja', now)));
  f = setRating(f, t, 'on-track', now);
  f = setImportance(f, t, 'high', now);
  return finishActions(f, t, now);
};

describe('nextStep: the walk-through pointer, derived from the file alone', () => {
  const cases: Array<[string, () => AnswersFile, Step]> = [
    ['a new file starts at the first question', start, { kind: 'question', theme: 0, question: 0 }],
    ['an answered question moves on', () => answerQuestion(start(), 0, 0, 'x', now), { kind: 'question', theme: 0, question: 1 }],
    ['an empty answer is a skip and moves on', () => answerQuestion(start(), 0, 0, '   ', now), { kind: 'question', theme: 0, question: 1 }],
    ['a draft is not an answer', () => saveDraft(start(), 0, 0, 'half', now), { kind: 'question', theme: 0, question: 0 }],
    ['an open question earlier than the last answered one comes first', () => answerQuestion(start(), 0, 1, 'x', now), { kind: 'question', theme: 0, question: 0 }],
    ['after the questions: rating', () => answerQuestion(answerQuestion(start(), 0, 0, 'x', now), 0, 1, '', now), { kind: 'rating', theme: 0 }],
    ['then importance', () => setRating(answerQuestion(answerQuestion(start(), 0, 0, 'x', now), 0, 1, '', now), 0, 'unknown', now), { kind: 'importance', theme: 0 }],
    ['then actions', () => { const f = throughActions(start(), 0); return { ...f, themes: f.themes.map((t, i) => (i === 0 ? { ...t, actionsDone: undefined } : t)) }; }, { kind: 'actions', theme: 0 }],
    ['then the discuss marks', () => throughActions(start(), 0), { kind: 'discuss', theme: 0 }],
    ['then the review', () => setDiscuss(throughActions(start(), 0), 0, [], now), { kind: 'review', theme: 0 }],
    ['a reviewed theme moves to the next theme', () => markReviewed(setDiscuss(throughActions(start(), 0), 0, [], now), 0, now), { kind: 'question', theme: 1, question: 0 }],
    ['earlier actions are reviewed before anything else', () => carryActions(start(), withActions(), 'vorige.yaml'), { kind: 'previous', index: 0 }],
    ['all done without actions: done (no focus to choose)', () => allDone(start()), { kind: 'done' }],
    ['all done with an open action: focus', () => allDone(addAction(start(), 0, { what: 'x', priority: 'low' }, now)), { kind: 'focus' }],
    ['focus chosen: done', () => setFocus(allDone(addAction(start(), 0, { what: 'x', priority: 'low' }, now, () => 'a-x')), ['a-x'], now), { kind: 'done' }],
  ];
  it.each(cases)('%s', (_name, file, step) => expect(nextStep(file())).toEqual(step));
});

function allDone(file: AnswersFile): AnswersFile {
  let f = file;
  for (let t = 0; t < f.themes.length; t++) f = markReviewed(setDiscuss(throughActions(f, t), t, [], now), t, now);
  return f;
}

function withActions(newId = ids()): AnswersFile {
  let f = start();
  f = addAction(f, 0, { what: 'Folder herschrijven', who: 'An', due: '2027-01-15', priority: 'high' }, now, newId);
  f = addAction(f, 1, { what: 'Stille ruimte', priority: 'low' }, now, newId);
  return f;
}

describe('edits', () => {
  it('stamp `updated` and leave the input untouched', () => {
    const before = start();
    const copy = structuredClone(before);
    const after = answerQuestion(before, 0, 0, 'antwoord', later);
    expect(before).toEqual(copy);
    expect(after.updated).toBe(later.toISOString());
    expect(after.created).toBe(now.toISOString());
  });

  it('an answer replaces a draft and a skip; a skip replaces an answer', () => {
    let f = saveDraft(start(), 0, 0, 'half', now);
    f = answerQuestion(f, 0, 0, '  heel  ', now);
    expect(f.themes[0]!.answers[0]).toEqual({ id: 'laagdrempeligheid', question: smallSet.themes[0]!.questions[0]!.text, answer: 'heel' });
    f = answerQuestion(f, 0, 0, '', now);
    expect(f.themes[0]!.answers[0]!.skipped).toBe(true);
    expect(f.themes[0]!.answers[0]!.answer).toBeUndefined();
  });

  it('gives each new action an id from the generator and drops empty who/due', () => {
    const newId = ids();
    const f = withActions(newId);
    expect(f.themes.flatMap((t) => t.actions)).toEqual([
      { id: 'a-t1', what: 'Folder herschrijven', who: 'An', due: '2027-01-15', priority: 'high', status: 'open' },
      { id: 'a-t2', what: 'Stille ruimte', priority: 'low', status: 'open' },
    ]);
    expect(addAction(removeAction(f, 0, 'a-t1', now), 0, { what: 'nieuw', who: ' ', priority: 'medium' }, now, newId).themes[0]!.actions).toEqual([
      { id: 'a-t3', what: 'nieuw', priority: 'medium', status: 'open' },
    ]);
  });

  it('never gives an id the file already holds, even when the generator repeats itself', () => {
    const repeats = ['a-t1', 'a-t1', 'a-t2'];
    const f = withActions(() => repeats.shift()!);
    expect(f.themes.flatMap((t) => t.actions.map((a) => a.id))).toEqual(['a-t1', 'a-t2']);
  });

  it('without a generator, ids are random: a- and 10 base32 characters, different every time', () => {
    const made = Array.from({ length: 50 }, () => addAction(start(), 0, { what: 'x', priority: 'low' }, now).themes[0]!.actions[0]!.id);
    for (const id of made) expect(id).toMatch(/^a-[a-z2-7]{10}$/);
    expect(new Set(made).size).toBe(made.length);
  });

  it('changing an action keeps its id, status and place in the focus', () => {
    let f = setFocus(withActions(), ['a-t2'], now);
    // A hand-edited status: an edit must not reopen it.
    f = { ...f, themes: f.themes.map((t) => ({ ...t, actions: t.actions.map((a) => ({ ...a, status: 'done' as const })) })) };
    const changed = updateAction(f, 1, 'a-t2', { what: ' Stille ruimte inrichten ', who: 'Jo', due: '2027-02-01', priority: 'high' }, later);
    expect(changed.themes[1]!.actions).toEqual([
      { id: 'a-t2', what: 'Stille ruimte inrichten', who: 'Jo', due: '2027-02-01', priority: 'high', status: 'done' },
    ]);
    expect(changed.focus).toEqual(['a-t2']);
    expect(changed.updated).toBe(later.toISOString());
    expect(updateAction(changed, 1, 'a-t2', { what: 'Stille ruimte', who: '', priority: 'low' }, later).themes[1]!.actions[0]).toEqual({
      id: 'a-t2',
      what: 'Stille ruimte',
      priority: 'low',
      status: 'done',
    });
  });

  it('removing an action also removes it from the focus', () => {
    const f = setFocus(withActions(), ['a-t1', 'a-t2'], now);
    expect(removeAction(f, 0, 'a-t1', now).focus).toEqual(['a-t2']);
  });

  it('sets the discuss marks exactly to the chosen questions', () => {
    let f = setDiscuss(start(), 0, ['zeven-bs'], now);
    f = setDiscuss(f, 0, ['laagdrempeligheid'], now);
    expect(f.themes[0]!.answers.map((a) => a.discuss ?? false)).toEqual([true, false]);
  });

  it('carries earlier actions (not dropped ones) with their ids, each to be reviewed', () => {
    let previous = withActions();
    previous = { ...previous, themes: previous.themes.map((t) => ({ ...t, actions: t.actions.map((a) => (a.id === 'a-t2' ? { ...a, status: 'dropped' as const } : a)) })) };
    const carried = carryActions(start(), previous, 'vorige.yaml');
    expect(carried.previous).toEqual({
      file: 'vorige.yaml',
      date: previous.updated,
      actions: [{ id: 'a-t1', what: 'Folder herschrijven', who: 'An', due: '2027-01-15', priority: 'high', status: 'open', theme: 'toegankelijkheidsbeleid', themeTitle: 'Toegankelijkheidsbeleid' }],
    });
    const reviewed = setCarriedStatus(carried, 0, 'done', now);
    expect(reviewed.previous!.actions[0]).toMatchObject({ status: 'done', reviewed: true });
    expect(openActions(reviewed)).toEqual([]);
    expect(openActions(setCarriedStatus(carried, 0, 'open', now)).map((o) => o.action.id)).toEqual(['a-t1']);
  });

  it('follows an action over three rounds by its id: still open in round two, carried again in round three', () => {
    const round1 = withActions();
    const round2 = setCarriedStatus(carryActions(start(), round1, 'ronde-1.yaml'), 0, 'open', now);
    const round2Done = setCarriedStatus(round2, 1, 'done', now);
    const round3 = carryActions(start(), round2Done, 'ronde-2.yaml');
    expect(round3.previous!.actions.map((a) => [a.id, a.what])).toEqual([['a-t1', 'Folder herschrijven']]);
  });

  it('an earlier id this file already uses gets a new one, so the focus names one action', () => {
    const previous = withActions();
    const here = addAction(start(), 0, { what: 'Hier al', priority: 'low' }, now, () => 'a-t1');
    const carried = carryActions(here, previous, 'vorige.yaml', () => 'a-new');
    expect(carried.previous!.actions.map((a) => a.id)).toEqual(['a-new', 'a-t2']);
    expect(carried.themes[0]!.actions.map((a) => a.id)).toEqual(['a-t1']);
  });

  it('records the --questions path it was made with, only when there was one', () => {
    expect(start()).not.toHaveProperty('questionsPath');
    const f = newAnswers(smallSet, [smallSet.themes[0]!], { organisation: 'Vzw', participant: 'An' }, now, { questionsPath: '/home/an/eigen-vragen' });
    expect(f.questionsPath).toBe('/home/an/eigen-vragen');
  });

  it('choosing the focus completes the reflection', () => {
    expect(setFocus(start(), [], now).status).toBe('complete');
  });
});

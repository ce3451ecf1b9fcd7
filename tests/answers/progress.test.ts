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
} from '../../src/answers/edit.js';
import type { AnswersFile } from '../../src/answers/model.js';
import { nextStep, type Step } from '../../src/answers/progress.js';
import { smallSet } from '../fixtures/sets/small-set.js';

const now = new Date('2026-11-27T10:00:00Z');
const later = new Date('2026-11-27T10:05:00Z');
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
    ['focus chosen: done', () => setFocus(allDone(addAction(start(), 0, { what: 'x', priority: 'low' }, now)), ['a1'], now), { kind: 'done' }],
  ];
  it.each(cases)('%s', (_name, file, step) => expect(nextStep(file())).toEqual(step));
});

function allDone(file: AnswersFile): AnswersFile {
  let f = file;
  for (let t = 0; t < f.themes.length; t++) f = markReviewed(setDiscuss(throughActions(f, t), t, [], now), t, now);
  return f;
}

function withActions(): AnswersFile {
  let f = start();
  f = addAction(f, 0, { what: 'Folder herschrijven', who: 'An', due: '2027-01-15', priority: 'high' }, now);
  f = addAction(f, 1, { what: 'Stille ruimte', priority: 'low' }, now);
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

  it('gives actions ids unique in the file and drops empty who/due', () => {
    const f = withActions();
    expect(f.themes.flatMap((t) => t.actions)).toEqual([
      { id: 'a1', what: 'Folder herschrijven', who: 'An', due: '2027-01-15', priority: 'high', status: 'open' },
      { id: 'a2', what: 'Stille ruimte', priority: 'low', status: 'open' },
    ]);
    expect(addAction(removeAction(f, 0, 'a1', now), 0, { what: 'nieuw', who: ' ', priority: 'medium' }, now).themes[0]!.actions).toEqual([
      { id: 'a3', what: 'nieuw', priority: 'medium', status: 'open' },
    ]);
  });

  it('removing an action also removes it from the focus', () => {
    const f = setFocus(withActions(), ['a1', 'a2'], now);
    expect(removeAction(f, 0, 'a1', now).focus).toEqual(['a2']);
  });

  it('sets the discuss marks exactly to the chosen questions', () => {
    let f = setDiscuss(start(), 0, ['zeven-bs'], now);
    f = setDiscuss(f, 0, ['laagdrempeligheid'], now);
    expect(f.themes[0]!.answers.map((a) => a.discuss ?? false)).toEqual([true, false]);
  });

  it('carries earlier actions (not dropped ones), renumbered, each to be reviewed', () => {
    let previous = withActions();
    previous = { ...previous, themes: previous.themes.map((t) => ({ ...t, actions: t.actions.map((a) => (a.id === 'a2' ? { ...a, status: 'dropped' as const } : a)) })) };
    const carried = carryActions(start(), previous, 'vorige.yaml');
    expect(carried.previous).toEqual({
      file: 'vorige.yaml',
      date: previous.updated,
      actions: [{ id: 'p1', what: 'Folder herschrijven', who: 'An', due: '2027-01-15', priority: 'high', status: 'open', theme: 'toegankelijkheidsbeleid', themeTitle: 'Toegankelijkheidsbeleid' }],
    });
    const reviewed = setCarriedStatus(carried, 0, 'done', now);
    expect(reviewed.previous!.actions[0]).toMatchObject({ status: 'done', reviewed: true });
    expect(openActions(reviewed)).toEqual([]);
    expect(openActions(setCarriedStatus(carried, 0, 'open', now)).map((o) => o.action.id)).toEqual(['p1']);
  });

  it('choosing the focus completes the reflection', () => {
    expect(setFocus(start(), [], now).status).toBe('complete');
  });
});

import { describe, expect, it } from 'vitest';
import { addAction, answerQuestion, setCarriedStatus, setImportance, setRating } from '../../src/answers/edit.js';
import type { AnswersFile } from '../../src/answers/model.js';
import { nextStep } from '../../src/answers/progress.js';
import { newState, progress, resumeState, savedAnswers, withPrevious, type FormState } from '../../src/form/browser/state.js';
import { complete } from '../fixtures/answers/complete.js';
import { pageData, validAnswers } from './support.js';

const now = new Date('2026-12-03T10:00:00Z');
const data = pageData();
const safeSpace = data.themes.findIndex((t) => t.id === 'safe-space');

/** A participant who chose Safe space and answered every question of it. */
function answeredSafeSpace(): FormState {
  const state = newState(data, now);
  let file: AnswersFile = { ...state.file, organisation: ' De Brug ', participant: 'An' };
  data.themes[safeSpace]!.questions.forEach((_, q) => (file = answerQuestion(file, safeSpace, q, q === 1 ? '' : `antwoord ${q}`, now)));
  return { ...state, file, chosen: ['safe-space'] };
}

describe('the answers file a download holds', () => {
  it('holds the chosen themes only, with organisation and name trimmed', () => {
    const saved = savedAnswers(answeredSafeSpace(), now);
    expect(saved.themes.map((t) => t.id)).toEqual(['safe-space']);
    expect(saved).toMatchObject({ organisation: 'De Brug', participant: 'An', format: 'resokit-answers/2' });
    expect(validAnswers(saved)).toBe(true);
  });

  it('a theme not yet complete is left for reflect --resume at its first open step', () => {
    const saved = savedAnswers(answeredSafeSpace(), now);
    expect(saved.themes[0]).not.toHaveProperty('reviewed');
    expect(saved.status).toBe('in-progress');
    expect(nextStep(saved)).toEqual({ kind: 'rating', theme: 0 });
  });

  it('a complete theme counts as gone through; without actions the reflection is complete', () => {
    const state = answeredSafeSpace();
    const file = setImportance(setRating(state.file, safeSpace, 'unknown', now), safeSpace, 'high', now);
    const saved = savedAnswers({ ...state, file }, now);
    expect(saved.themes[0]).toMatchObject({ actionsDone: true, discussDone: true, reviewed: true });
    expect(saved.status).toBe('complete');
    expect(nextStep(saved)).toEqual({ kind: 'done' });
  });

  it('with actions, complete only once a focus is chosen; empty action rows are left out', () => {
    const state = answeredSafeSpace();
    let file = setImportance(setRating(state.file, safeSpace, 'on-track', now), safeSpace, 'high', now);
    file = addAction(file, safeSpace, { what: 'Een vaste onthaalpersoon', priority: 'high' }, now, () => 'a-onthaal0001');
    file = addAction(file, safeSpace, { what: '   ', priority: 'medium' }, now, () => 'a-leeg000001');
    const open = savedAnswers({ ...state, file }, now);
    expect(open.themes[0]!.actions.map((a) => a.id)).toEqual(['a-onthaal0001']);
    expect(open.status).toBe('in-progress');
    expect(nextStep(open)).toEqual({ kind: 'focus' });
    const focused = savedAnswers({ ...state, file: { ...file, focus: ['a-onthaal0001', 'a-leeg000001'] } }, now);
    expect(focused).toMatchObject({ status: 'complete', focus: ['a-onthaal0001'] });
    expect(validAnswers(focused)).toBe(true);
  });

  it('names the own themes (--questions) it was made with, as reflect does', () => {
    const own = { ...data, questionsPath: '/home/coordinator/mijn-themas' };
    expect(savedAnswers(newState(own, now), now).questionsPath).toBe('/home/coordinator/mijn-themas');
    expect(savedAnswers(newState(data, now), now)).not.toHaveProperty('questionsPath');
  });

  it('counts progress over the chosen themes', () => {
    expect(progress(answeredSafeSpace())).toEqual({ given: 5, total: 5, themes: 1 });
    expect(progress(newState(data, now))).toEqual({ given: 0, total: 0, themes: 0 });
  });
});

describe('an opened answers file', () => {
  it('continues with its themes and answers; saved again, it holds the same answers', () => {
    const { state } = resumeState(data, complete, '2026-12-03');
    expect(state.chosen).toEqual(complete.themes.map((t) => t.id));
    const saved = savedAnswers(state, now);
    expect(saved.themes.map((t) => t.answers)).toEqual(complete.themes.map((t) => t.answers));
    expect(saved.themes.map((t) => t.actions)).toEqual(complete.themes.map((t) => t.actions));
    expect(saved).toMatchObject({ organisation: complete.organisation, participant: complete.participant, focus: complete.focus, previous: complete.previous });
  });

  it('keeps, unchanged, the themes this form does not offer', () => {
    const { state } = resumeState(pageData(['outreach']), complete, '2026-12-03');
    expect(state.chosen).toEqual(['outreach']);
    expect(state.kept).toEqual(complete.themes);
    expect(savedAnswers(state, now).themes.map((t) => t.id)).toEqual(['outreach', ...complete.themes.map((t) => t.id)]);
  });

  it('text a terminal session typed but did not submit becomes the answer', () => {
    const interrupted: AnswersFile = {
      ...complete,
      themes: [{ ...complete.themes[0]!, answers: complete.themes[0]!.answers.map((a, i) => (i === 0 ? { id: a.id, question: a.question, draft: ' half getypt ' } : a)) }],
    };
    const { state } = resumeState(data, interrupted, '2026-12-03');
    const index = data.themes.findIndex((t) => t.id === complete.themes[0]!.id);
    expect(state.file.themes[index]!.answers[0]).toEqual({ id: complete.themes[0]!.answers[0]!.id, question: complete.themes[0]!.answers[0]!.question, answer: 'half getypt' });
  });
});

describe('a follow-up (the answers of last time)', () => {
  it('carries the open actions with their ids and fills in who and which themes', () => {
    const state = withPrevious(newState(data, now), data, complete, 'vorige.yaml', '2026-12-03');
    const ids = complete.themes.flatMap((t) => t.actions.filter((a) => a.status !== 'dropped').map((a) => a.id));
    expect(state.file.previous!.actions.map((a) => a.id)).toEqual(expect.arrayContaining(ids));
    expect(state.file).toMatchObject({ organisation: complete.organisation, participant: complete.participant });
    expect(state.chosen).toEqual(complete.themes.map((t) => t.id));
    const reviewed = state.file.previous!.actions.reduce((file, _, i) => setCarriedStatus(file, i, 'done', now), state.file);
    const saved = savedAnswers({ ...state, file: reviewed }, now);
    expect(saved.previous!.actions.every((a) => a.reviewed && a.status === 'done')).toBe(true);
    expect(validAnswers(saved)).toBe(true);
  });

  it('a date that has passed is not offered again, nor kept for an action still relevant (as reflect --previous)', () => {
    const past = { ...complete, themes: complete.themes.map((t) => ({ ...t, actions: t.actions.map((a) => ({ ...a, due: '2020-05-01' })) })) };
    const state = withPrevious(newState(data, now), data, past, 'vorige.yaml', '2026-12-03');
    const actions = state.file.previous!.actions;
    expect(actions.map((a) => state.dues[a.id])).toEqual(actions.map(() => undefined));
    const reviewed = setCarriedStatus(state.file, 0, 'open', now);
    const saved = savedAnswers({ ...state, file: reviewed }, now).previous!.actions;
    expect(saved[0]).not.toHaveProperty('due');
    // Not gone through yet: reflect --resume asks about it, its date still there.
    expect(saved[1]).toHaveProperty('due', '2020-05-01');
  });

  it('a name already typed is not replaced by last time’s', () => {
    const state = newState(data, now);
    const typed = { ...state, file: { ...state.file, participant: 'Bob' }, chosen: ['safe-space'] };
    expect(withPrevious(typed, data, complete, 'vorige.yaml', '2026-12-03')).toMatchObject({ file: { participant: 'Bob' }, chosen: ['safe-space'] });
  });
});

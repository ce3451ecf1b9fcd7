// The revised English set (1.1.0) rewords questions but keeps every id, so an answers file made with
// English 1.0.0 (tests/fixtures/sets/en-1.0.0/, the files as they shipped) resumes quietly: no question
// is added or removed, no theme reopens, answers keep the wording they answered, and open questions
// take the new wording.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { answerQuestion, markReviewed, newAnswers, setDiscuss, setFocus } from '../../src/answers/edit.js';
import { reconcile } from '../../src/answers/reconcile.js';
import { checkSetSources } from '../../src/content/check-sources.js';
import { readSources } from '../../src/content/read-sources.js';
import type { QuestionSet } from '../../src/content/types.js';
import { nl } from '../../src/i18n/nl/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const load = (folder: string): QuestionSet => {
  const checked = checkSetSources(readSources(folder, root, nl), nl);
  expect(checked.problems).toEqual([]);
  return checked.set!;
};
const before = load('tests/fixtures/sets/en-1.0.0');
const revised = load('questions/en');
const now = new Date('2026-12-01T10:00:00Z');

/** A finished reflection on every theme of `set`, each question answered or (the last of a theme) left open. */
function reflection(set: QuestionSet, leaveLastOpen: boolean) {
  let file = newAnswers(set, set.themes, { organisation: 'The Bridge', participant: 'Ann' }, now);
  set.themes.forEach((theme, t) => {
    theme.questions.forEach((q, i) => {
      if (!(leaveLastOpen && i === theme.questions.length - 1 && i > 0)) file = answerQuestion(file, t, i, `Answer to ${q.id}`, now);
    });
    file = markReviewed(setDiscuss(file, t, [], now), t, now);
  });
  return setFocus(file, [], now);
}

const reworded = (set: QuestionSet) =>
  set.themes.flatMap((theme) =>
    theme.questions.filter((q) => before.themes.find((t) => t.id === theme.id)?.questions.find((o) => o.id === q.id)?.text !== q.text).map((q) => `${theme.id}/${q.id}`),
  );

describe('resuming an English 1.0.0 answers file with the revised English set', () => {
  it('the revision is a new version that rewords questions without changing an id', () => {
    expect(before.version).toBe('1.0.0');
    expect(revised.version).toBe('1.1.0');
    const ids = (set: QuestionSet) => set.themes.map((t) => [t.id, t.questions.map((q) => q.id)]);
    expect(ids(revised)).toEqual(ids(before));
    expect(reworded(revised)).toContain('verwachtingen-weerbaarheid/weerbaarheid-veerkracht');
  });

  it('notes only reworded questions, keeps every answer with its wording and keeps the file complete', () => {
    const file = reflection(before, false);
    const { file: resumed, changes } = reconcile(file, revised);
    expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(['question-reworded']));
    expect(changes).toHaveLength(reworded(revised).length);
    expect(resumed.status).toBe('complete');
    expect(resumed.themes.every((t) => t.reviewed)).toBe(true);
    expect(resumed.questionSet.version).toBe('1.1.0');
    expect(resumed.themes.flatMap((t) => t.answers)).toEqual(file.themes.flatMap((t) => t.answers));
  });

  it('an open question takes the new wording without a note', () => {
    const file = reflection(before, true);
    const { file: resumed, changes } = reconcile(file, revised);
    const weerbaarheid = resumed.themes.find((t) => t.id === 'verwachtingen-weerbaarheid')!;
    // weerbaarheid-veerkracht is answered (it is not the last question); sociale-tools is open and unchanged.
    expect(weerbaarheid.answers.find((a) => a.id === 'weerbaarheid-veerkracht')?.question).toContain('ability to bounce back');
    const gradueel = resumed.themes.find((t) => t.id === 'gradueel-aanbod')!.answers.find((a) => a.id === 'gradueel')!;
    expect(gradueel.answer).toBeUndefined();
    expect(gradueel.question).toBe(revised.themes.find((t) => t.id === 'gradueel-aanbod')!.questions[1]!.text);
    expect(changes.some((c) => 'question' in c && c.question === gradueel.question)).toBe(false);
    expect(changes.every((c) => c.kind === 'question-reworded')).toBe(true);
  });
});

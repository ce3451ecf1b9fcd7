import { describe, expect, it } from 'vitest';
import { answerQuestion, markReviewed, newAnswers, setDiscuss } from '../../src/answers/edit.js';
import { reconcile } from '../../src/answers/reconcile.js';
import type { QuestionSet } from '../../src/content/types.js';
import { smallSet } from '../fixtures/sets/small-set.js';

const now = new Date('2026-11-27T10:00:00Z');
const theme = smallSet.themes[0]!;
const answered = () => {
  let f = newAnswers(smallSet, [theme], { organisation: 'Vzw', participant: 'An' }, now);
  f = answerQuestion(f, 0, 0, 'eerste', now);
  f = answerQuestion(f, 0, 1, 'tweede', now);
  return markReviewed(setDiscuss(f, 0, [], now), 0, now);
};
const withTheme = (questions: QuestionSet['themes'][number]['questions'], version = '1.1.0'): QuestionSet => ({
  ...smallSet,
  version,
  themes: [{ ...theme, questions }, ...smallSet.themes.slice(1)],
});

describe('reconcile: an answers file against another version of the question set', () => {
  it('changes nothing for the same set', () => {
    const file = answered();
    expect(reconcile(file, smallSet)).toEqual({ file, changes: [] });
  });

  it('adds a new question unanswered and reopens the theme, so the walk-through asks it', () => {
    const q3 = { id: 'nieuw', text: 'Een nieuwe vraag?' };
    const { file, changes } = reconcile(answered(), withTheme([...theme.questions, q3]));
    expect(changes).toEqual([{ kind: 'question-added', theme: 'Toegankelijkheidsbeleid', question: 'Een nieuwe vraag?' }]);
    expect(file.themes[0]!.answers.map((a) => [a.id, a.answer])).toEqual([
      ['laagdrempeligheid', 'eerste'],
      ['zeven-bs', 'tweede'],
      ['nieuw', undefined],
    ]);
    expect(file.themes[0]!.reviewed).toBe(false);
    expect(file.questionSet.version).toBe('1.1.0');
    expect(file.status).toBe('in-progress');
  });

  it('keeps the answer to a question that left the set, and says so', () => {
    const { file, changes } = reconcile(answered(), withTheme([theme.questions[0]!]));
    expect(changes).toEqual([{ kind: 'question-removed', theme: 'Toegankelijkheidsbeleid', question: theme.questions[1]!.text }]);
    expect(file.themes[0]!.answers.map((a) => a.answer)).toEqual(['eerste', 'tweede']);
  });

  it('keeps the wording an answer was given to, and reports the rewording', () => {
    const reworded = { ...theme.questions[0]!, text: 'Nieuwe formulering?' };
    const { file, changes } = reconcile(answered(), withTheme([reworded, theme.questions[1]!]));
    expect(changes).toEqual([{ kind: 'question-reworded', theme: 'Toegankelijkheidsbeleid', question: 'Nieuwe formulering?' }]);
    expect(file.themes[0]!.answers[0]!.question).toBe(theme.questions[0]!.text);
  });

  it('gives an open question the new wording without reporting it', () => {
    const fresh = newAnswers(smallSet, [theme], { organisation: 'Vzw', participant: 'An' }, now);
    const reworded = { ...theme.questions[0]!, text: 'Nieuwe formulering?' };
    const { file, changes } = reconcile(fresh, withTheme([reworded, theme.questions[1]!]));
    expect(changes).toEqual([]);
    expect(file.themes[0]!.answers[0]!.question).toBe('Nieuwe formulering?');
  });

  it('keeps a theme that left the set, with its answers', () => {
    const set = { ...smallSet, version: '2.0.0', themes: smallSet.themes.slice(1) };
    const { file, changes } = reconcile(answered(), set);
    expect(changes).toEqual([{ kind: 'theme-removed', theme: 'Toegankelijkheidsbeleid' }]);
    expect(file.themes[0]!.answers[0]!.answer).toBe('eerste');
  });
});

import type { QuestionSet } from '../content/types.js';
import type { AnswerableTheme } from './edit.js';
import type { AnswersFile, QuestionAnswer } from './model.js';

export type SetChange =
  | { kind: 'question-added'; theme: string; question: string }
  | { kind: 'question-removed'; theme: string; question: string }
  | { kind: 'question-reworded'; theme: string; question: string }
  | { kind: 'theme-removed'; theme: string };

/**
 * Brings an answers file made with another version of the question set in line with this one:
 * new questions are added (unanswered, so the walk-through asks them), answers to questions that
 * left the set are kept, and every difference is reported. Answers are matched by id, never by text.
 */
export function reconcile(file: AnswersFile, set: Pick<QuestionSet, 'version' | 'title'> & { themes: readonly AnswerableTheme[] }): { file: AnswersFile; changes: SetChange[] } {
  const changes: SetChange[] = [];
  const themes = file.themes.map((t) => {
    const current = set.themes.find((x) => x.id === t.id);
    if (!current) {
      changes.push({ kind: 'theme-removed', theme: t.title });
      return t;
    }
    const byId = new Map(t.answers.map((a) => [a.id, a]));
    const answers: QuestionAnswer[] = current.questions.map((q) => {
      const existing = byId.get(q.id);
      if (!existing) {
        changes.push({ kind: 'question-added', theme: t.title, question: q.text });
        return { id: q.id, question: q.text };
      }
      if (existing.question === q.text) return existing;
      const given = existing.answer !== undefined || existing.skipped;
      if (given) changes.push({ kind: 'question-reworded', theme: t.title, question: q.text });
      // An answer stays with the wording it answered; an open question takes the new wording.
      return given ? existing : { ...existing, question: q.text };
    });
    const known = new Set(current.questions.map((q) => q.id));
    for (const old of t.answers.filter((a) => !known.has(a.id))) {
      changes.push({ kind: 'question-removed', theme: t.title, question: old.question });
      answers.push(old);
    }
    const added = changes.some((c) => c.kind === 'question-added' && c.theme === t.title);
    return { ...t, answers, ...(added ? { reviewed: false, discussDone: false } : {}) };
  });
  if (changes.length === 0 && file.questionSet.version === set.version) return { file, changes };
  const reopened = themes.some((t) => !t.reviewed);
  return {
    file: {
      ...file,
      themes,
      questionSet: { ...file.questionSet, version: set.version, title: set.title },
      ...(reopened ? { status: 'in-progress' as const } : {}),
    },
    changes,
  };
}

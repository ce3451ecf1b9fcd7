import type { QuestionSet, Theme } from '../content/types.js';
import {
  ANSWERS_FORMAT,
  type Action,
  type ActionStatus,
  type AnswersFile,
  type CarriedAction,
  type Importance,
  type Rating,
  type ThemeAnswers,
} from './model.js';

/** Every change to an answers file is a pure function returning a new file, stamped with `now`. */

export function newAnswers(
  set: QuestionSet,
  themes: readonly Theme[],
  who: { organisation: string; participant: string },
  now: Date,
): AnswersFile {
  return {
    format: ANSWERS_FORMAT,
    questionSet: { id: set.id, version: set.version, language: set.language, title: set.title },
    organisation: who.organisation,
    participant: who.participant,
    created: now.toISOString(),
    updated: now.toISOString(),
    status: 'in-progress',
    themes: themes.map(themeAnswers),
  };
}

export function themeAnswers(theme: Theme): ThemeAnswers {
  return {
    id: theme.id,
    title: theme.title,
    group: theme.group,
    answers: theme.questions.map((q) => ({ id: q.id, question: q.text })),
    actions: [],
  };
}

function withTheme(file: AnswersFile, index: number, now: Date, change: (t: ThemeAnswers) => ThemeAnswers): AnswersFile {
  return {
    ...file,
    updated: now.toISOString(),
    themes: file.themes.map((theme, i) => (i === index ? change(theme) : theme)),
  };
}

/** An empty answer means the participant skipped the question. */
export function answerQuestion(file: AnswersFile, theme: number, question: number, text: string, now: Date): AnswersFile {
  return withTheme(file, theme, now, (t) => ({
    ...t,
    answers: t.answers.map((a, i) => {
      if (i !== question) return a;
      const { answer: _answer, skipped: _skipped, draft: _draft, ...rest } = a;
      const trimmed = text.trim();
      return trimmed === '' ? { ...rest, skipped: true } : { ...rest, answer: trimmed };
    }),
  }));
}

export function saveDraft(file: AnswersFile, theme: number, question: number, draft: string, now: Date): AnswersFile {
  return withTheme(file, theme, now, (t) => ({
    ...t,
    answers: t.answers.map((a, i) => (i === question ? { ...a, draft } : a)),
  }));
}

export function setRating(file: AnswersFile, theme: number, rating: Rating, now: Date): AnswersFile {
  return withTheme(file, theme, now, (t) => ({ ...t, rating }));
}

export function setImportance(file: AnswersFile, theme: number, importance: Importance, now: Date): AnswersFile {
  return withTheme(file, theme, now, (t) => ({ ...t, importance }));
}

/** Action ids are unique in the whole file ("a1", "a2", ...) so the focus can refer to them. */
export function nextActionId(file: AnswersFile): string {
  const used = new Set(file.themes.flatMap((t) => t.actions.map((a) => a.id)));
  let n = used.size + 1;
  while (used.has(`a${n}`)) n++;
  return `a${n}`;
}

export function addAction(file: AnswersFile, theme: number, action: Omit<Action, 'id' | 'status'>, now: Date): AnswersFile {
  const id = nextActionId(file);
  const clean: Action = { id, what: action.what.trim(), priority: action.priority, status: 'open' };
  if (action.who?.trim()) clean.who = action.who.trim();
  if (action.due) clean.due = action.due;
  return withTheme(file, theme, now, (t) => ({ ...t, actions: [...t.actions, clean] }));
}

export function removeAction(file: AnswersFile, theme: number, actionId: string, now: Date): AnswersFile {
  const next = withTheme(file, theme, now, (t) => ({ ...t, actions: t.actions.filter((a) => a.id !== actionId) }));
  return next.focus ? { ...next, focus: next.focus.filter((id) => id !== actionId) } : next;
}

/** What can be changed in an action; `who` or `due` given as undefined (or '') removes it. */
export type ActionPatch = Partial<Pick<Action, 'what' | 'who' | 'due' | 'priority'>>;

/**
 * Changes an action in place (the review): it keeps its id, its status and its place in the list,
 * so the focus and later rounds still find it. An empty `what` is not a change.
 */
export function updateAction(file: AnswersFile, themeId: string, actionId: string, patch: ActionPatch, now: Date): AnswersFile {
  const index = file.themes.findIndex((t) => t.id === themeId);
  if (index < 0) return file;
  const update = (action: Action): Action => {
    const next: Action = { ...action };
    if (patch.what?.trim()) next.what = patch.what.trim();
    if (patch.priority) next.priority = patch.priority;
    for (const key of ['who', 'due'] as const) {
      if (!(key in patch)) continue;
      const value = patch[key]?.trim();
      if (value) next[key] = value;
      else delete next[key];
    }
    return next;
  };
  return withTheme(file, index, now, (t) => ({ ...t, actions: t.actions.map((a) => (a.id === actionId ? update(a) : a)) }));
}

export function finishActions(file: AnswersFile, theme: number, now: Date): AnswersFile {
  return withTheme(file, theme, now, (t) => ({ ...t, actionsDone: true }));
}

export function setDiscuss(file: AnswersFile, theme: number, questionIds: readonly string[], now: Date): AnswersFile {
  return withTheme(file, theme, now, (t) => ({
    ...t,
    discussDone: true,
    answers: t.answers.map((a) => {
      const { discuss: _discuss, ...rest } = a;
      return questionIds.includes(a.id) ? { ...rest, discuss: true } : rest;
    }),
  }));
}

export function markReviewed(file: AnswersFile, theme: number, now: Date): AnswersFile {
  return withTheme(file, theme, now, (t) => ({ ...t, reviewed: true }));
}

/** Earlier actions (--previous), each still to be reviewed: done, still relevant or dropped. */
export function carryActions(file: AnswersFile, previous: AnswersFile, previousPath: string): AnswersFile {
  const actions: CarriedAction[] = [
    ...previous.themes.flatMap((t) =>
      t.actions.filter((a) => a.status !== 'dropped').map((a) => ({ ...a, theme: t.id, themeTitle: t.title })),
    ),
    ...(previous.previous?.actions ?? []).filter((a) => a.status === 'open'),
  ].map((a, i) => {
    const { reviewed: _reviewed, ...rest } = a as CarriedAction;
    return { ...rest, id: `p${i + 1}` };
  });
  return { ...file, previous: { file: previousPath, date: previous.updated, actions } };
}

/** What became of an earlier action; a still-relevant one may get a new due date (undefined: none). */
export function setCarriedStatus(
  file: AnswersFile,
  index: number,
  status: ActionStatus,
  now: Date,
  due: { due?: string } = {},
): AnswersFile {
  if (!file.previous) return file;
  const update = (a: CarriedAction): CarriedAction => {
    const next = { ...a, status, reviewed: true };
    if (!('due' in due)) return next;
    const { due: _old, ...rest } = next;
    return due.due ? { ...rest, due: due.due } : rest;
  };
  return {
    ...file,
    updated: now.toISOString(),
    previous: { ...file.previous, actions: file.previous.actions.map((a, i) => (i === index ? update(a) : a)) },
  };
}

/** Actions that can be chosen as focus: new ones and earlier ones still relevant. */
export function openActions(file: AnswersFile): Array<{ action: Action; themeTitle: string }> {
  return [
    ...(file.previous?.actions ?? []).filter((a) => a.status === 'open').map((a) => ({ action: a as Action, themeTitle: a.themeTitle })),
    ...file.themes.flatMap((t) => t.actions.filter((a) => a.status === 'open').map((action) => ({ action, themeTitle: t.title }))),
  ];
}

export function setFocus(file: AnswersFile, actionIds: readonly string[], now: Date): AnswersFile {
  return { ...file, focus: [...actionIds], status: 'complete', updated: now.toISOString() };
}

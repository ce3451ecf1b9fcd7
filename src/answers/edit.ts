import type { Question, QuestionSet, Theme } from '../content/types.js';
import { randomActionId, unusedActionId, type NewActionId } from './action-id.js';
import {
  ANSWERS_FORMAT,
  type Action,
  type ActionDraft,
  type ActionStatus,
  type AnswersFile,
  type CarriedAction,
  type Importance,
  type Rating,
  type ThemeAnswers,
} from './model.js';

/** Every change to an answers file is a pure function returning a new file, stamped with `now`. */

/** What an answers file copies of a theme (the form has no more than this of the set). */
export type AnswerableTheme = Pick<Theme, 'id' | 'title' | 'group'> & { questions: ReadonlyArray<Pick<Question, 'id' | 'text'>> };

export function newAnswers(
  set: Pick<QuestionSet, 'id' | 'version' | 'language' | 'title'>,
  themes: readonly AnswerableTheme[],
  who: { organisation: string; participant: string },
  now: Date,
  options: { questionsPath?: string } = {},
): AnswersFile {
  return {
    format: ANSWERS_FORMAT,
    questionSet: { id: set.id, version: set.version, language: set.language, title: set.title },
    ...(options.questionsPath ? { questionsPath: options.questionsPath } : {}),
    organisation: who.organisation,
    participant: who.participant,
    created: now.toISOString(),
    updated: now.toISOString(),
    status: 'in-progress',
    themes: themes.map(themeAnswers),
  };
}

export function themeAnswers(theme: AnswerableTheme): ThemeAnswers {
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

/** An answer emptied again (the form): the question is open, not skipped. */
export function clearAnswer(file: AnswersFile, theme: number, question: number, now: Date): AnswersFile {
  return withTheme(file, theme, now, (t) => ({
    ...t,
    answers: t.answers.map((a, i) => {
      if (i !== question) return a;
      const { answer: _answer, skipped: _skipped, draft: _draft, ...rest } = a;
      return rest;
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

/** Every action id of the file: this reflection's and the carried-over ones (the focus may name either). */
export function actionIds(file: AnswersFile): Set<string> {
  return new Set([...file.themes.flatMap((t) => t.actions.map((a) => a.id)), ...(file.previous?.actions ?? []).map((a) => a.id)]);
}

export type ActionFields = Omit<Action, 'id' | 'status'>;

/** The typed fields cleaned: text trimmed, an empty "who" or due date left out. */
function cleanFields(action: ActionFields): ActionFields {
  const clean: ActionFields = { what: action.what.trim(), priority: action.priority };
  if (action.who?.trim()) clean.who = action.who.trim();
  if (action.due) clean.due = action.due;
  return clean;
}

/** What stands of an action being written or changed, saved as it is typed. */
export function saveActionDraft(file: AnswersFile, theme: number, draft: ActionDraft, now: Date): AnswersFile {
  return withTheme(file, theme, now, (t) => ({ ...t, actionDraft: draft }));
}

/** The theme without its half-written action: it was finished. */
function withoutDraft(t: ThemeAnswers): ThemeAnswers {
  const { actionDraft: _draft, ...rest } = t;
  return rest;
}

/** A new action gets its id here, once; `newId` is injected so tests can predict it. */
export function addAction(
  file: AnswersFile,
  theme: number,
  action: ActionFields,
  now: Date,
  newId: NewActionId = randomActionId,
): AnswersFile {
  const clean: Action = { id: unusedActionId(actionIds(file), newId), ...cleanFields(action), status: 'open' };
  return withTheme(file, theme, now, (t) => ({ ...withoutDraft(t), actions: [...t.actions, clean] }));
}

/** A changed action keeps its id and status (so the focus and later rounds still find it). */
export function updateAction(file: AnswersFile, theme: number, actionId: string, action: ActionFields, now: Date): AnswersFile {
  return withTheme(file, theme, now, (t) => ({
    ...withoutDraft(t),
    actions: t.actions.map((a) => (a.id === actionId ? { id: a.id, ...cleanFields(action), status: a.status } : a)),
  }));
}

export function removeAction(file: AnswersFile, theme: number, actionId: string, now: Date): AnswersFile {
  const next = withTheme(file, theme, now, (t) => ({ ...t, actions: t.actions.filter((a) => a.id !== actionId) }));
  return next.focus ? { ...next, focus: next.focus.filter((id) => id !== actionId) } : next;
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

/**
 * Earlier actions (--previous), each still to be reviewed: done, still relevant or dropped. Each
 * keeps its id, so it can be followed from round to round; only an id already taken in this file
 * (a hand-edited file) gets a new one, because the focus must name one action.
 */
export function carryActions(
  file: AnswersFile,
  previous: AnswersFile,
  previousPath: string,
  newId: NewActionId = randomActionId,
): AnswersFile {
  const used = actionIds(file);
  const actions: CarriedAction[] = [
    ...previous.themes.flatMap((t) =>
      t.actions.filter((a) => a.status !== 'dropped').map((a) => ({ ...a, theme: t.id, themeTitle: t.title })),
    ),
    ...(previous.previous?.actions ?? []).filter((a) => a.status === 'open'),
  ].map((a) => {
    const { reviewed: _reviewed, ...rest } = a as CarriedAction;
    const id = used.has(rest.id) ? unusedActionId(used, newId) : rest.id;
    used.add(id);
    return { ...rest, id };
  });
  return { ...file, previous: { file: previousPath, date: previous.updated, actions } };
}

/**
 * The file with `previous.file` changed by `to`: made absolute when read, relative to the answers
 * file's folder when written (see storedPath), so that it follows the file wherever it is saved.
 */
export function mapPreviousFile(file: AnswersFile, to: (path: string) => string): AnswersFile {
  return file.previous ? { ...file, previous: { ...file.previous, file: to(file.previous.file) } } : file;
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

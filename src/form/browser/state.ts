import { carryActions, newAnswers, openActions, themeAnswers } from '../../answers/edit.js';
import type { AnswersFile, CarriedAction, QuestionAnswer, ThemeAnswers } from '../../answers/model.js';
import { reconcile } from '../../answers/reconcile.js';
import { isoDate, typedDate } from '../../text/parse-date.js';
import type { FormData } from '../data.js';

/**
 * What the page holds for one participant. `file` has one entry per theme the form offers (chosen
 * or not, so unticking a theme loses nothing); the download holds the chosen ones.
 */
export interface FormState {
  file: AnswersFile;
  /** The themes of the reflection, as ids. */
  chosen: string[];
  /** Themes of an opened file that this form does not offer: saved again unchanged. */
  kept: ThemeAnswers[];
  /** Due dates as typed, by action id: a date being typed (or a wrong one) is not lost on a reload. */
  dues: Record<string, string>;
}

export function newState(data: FormData, now: Date): FormState {
  const file = newAnswers(data.set, data.themes, { organisation: data.organisation ?? '', participant: '' }, now, data.questionsPath ? { questionsPath: data.questionsPath } : {});
  return { file, chosen: data.fixed ? data.themes.map((t) => t.id) : [], kept: [], dues: {} };
}

/** Text typed in the terminal but not submitted (an interrupted `reflect`) is, in a form, the answer. */
function draftAsAnswer(a: QuestionAnswer): QuestionAnswer {
  if (a.answer !== undefined || a.skipped || !a.draft?.trim()) return a;
  const { draft, ...rest } = a;
  return { ...rest, answer: draft.trim() };
}

/** Due dates as the fields show them; one of last time that has passed is not offered again (see savedAnswers). */
function typedDues(file: AnswersFile, today: string): Record<string, string> {
  const dues: Record<string, string> = {};
  for (const action of file.themes.flatMap((t) => t.actions)) {
    if (action.due) dues[action.id] = typedDate(action.due);
  }
  for (const action of file.previous?.actions ?? []) {
    if (action.due && !passed(action, today)) dues[action.id] = typedDate(action.due);
  }
  return dues;
}

const passed = (action: CarriedAction, today: string) => action.due !== undefined && action.due < today;

/** An opened answers file (the form's or reflect's), brought in line with this form's themes. */
export function resumeState(data: FormData, opened: AnswersFile, today: string): { state: FormState; setChanged: boolean } {
  const { file: reconciled } = reconcile(opened, { version: data.set.version, title: data.set.title, themes: data.themes });
  const offered = new Set(data.themes.map((t) => t.id));
  const byId = new Map(reconciled.themes.map((t) => [t.id, t]));
  const themes = data.themes.map((t) => {
    const given = byId.get(t.id);
    return given ? { ...given, answers: given.answers.map(draftAsAnswer) } : themeAnswers(t);
  });
  const chosen = data.fixed ? data.themes.map((t) => t.id) : reconciled.themes.filter((t) => offered.has(t.id)).map((t) => t.id);
  const state: FormState = {
    file: { ...reconciled, themes },
    chosen,
    kept: reconciled.themes.filter((t) => !offered.has(t.id)),
    dues: typedDues(reconciled, today),
  };
  return { state, setChanged: opened.questionSet.version !== data.set.version };
}

/**
 * A follow-up: last time's actions, to go through first (as `reflect --previous`), keeping their
 * ids. Organisation, name and themes of then fill what is still empty.
 */
export function withPrevious(state: FormState, data: FormData, previous: AnswersFile, fileName: string, today: string): FormState {
  const file = carryActions(state.file, previous, fileName);
  const offered = new Set(data.themes.map((t) => t.id));
  return {
    ...state,
    file: {
      ...file,
      organisation: file.organisation.trim() ? file.organisation : previous.organisation,
      participant: file.participant.trim() ? file.participant : previous.participant,
    },
    chosen: state.chosen.length > 0 || data.fixed ? state.chosen : previous.themes.filter((t) => offered.has(t.id)).map((t) => t.id),
    dues: { ...state.dues, ...typedDues({ ...file, themes: [] }, today) },
  };
}

/** All questions answered or skipped, and where the organisation stands and how important it is said. */
export function themeComplete(t: ThemeAnswers): boolean {
  return t.answers.every((a) => a.answer !== undefined || a.skipped === true) && t.rating !== undefined && t.importance !== undefined;
}

export function chosenThemes(state: FormState): ThemeAnswers[] {
  return state.file.themes.filter((t) => state.chosen.includes(t.id));
}

/** The actions a focus can be chosen from, as the download will hold them. */
export function focusCandidates(state: FormState): ReturnType<typeof openActions> {
  return openActions(savedAnswers(state, new Date(state.file.updated)));
}

/**
 * The answers file the download holds. A theme that is complete counts as gone through (actions
 * and discuss marks given, reviewed), so `reflect --resume` goes on where the form left off; one
 * that is not is reopened there at its first open step. Actions without a "what" are empty rows.
 */
export function savedAnswers(state: FormState, now: Date): AnswersFile {
  const settle = (t: ThemeAnswers): ThemeAnswers => {
    const { actionsDone: _a, discussDone: _d, reviewed: _r, ...rest } = t;
    const actions = t.actions.filter((a) => a.what.trim() !== '');
    return themeComplete(t) ? { ...rest, actions, actionsDone: true, discussDone: true, reviewed: true } : { ...rest, actions };
  };
  const themes = [...chosenThemes(state).map(settle), ...state.kept];
  // Still relevant, its date passed and no new one given: no date, as in reflect --previous (a
  // plan should not lead with an overdue deadline).
  const today = isoDate(now);
  const carried = state.file.previous && {
    ...state.file.previous,
    actions: state.file.previous.actions.map((a) => {
      if (!a.reviewed || a.status !== 'open' || !passed(a, today)) return a;
      const { due: _passed, ...rest } = a;
      return rest;
    }),
  };
  const settled: AnswersFile = { ...state.file, ...(carried ? { previous: carried } : {}), themes, organisation: state.file.organisation.trim(), participant: state.file.participant.trim(), updated: now.toISOString() };
  const { focus: _focus, ...withoutFocus } = settled;
  const open = new Set(openActions(withoutFocus).map((x) => x.action.id));
  const focus = (state.file.focus ?? []).filter((id) => open.has(id));
  const reviewed = (settled.previous?.actions ?? []).every((a) => a.reviewed);
  const complete = themes.length > 0 && themes.every(themeComplete) && reviewed && (focus.length > 0 || open.size === 0);
  return { ...withoutFocus, ...(focus.length > 0 ? { focus } : {}), status: complete ? 'complete' : 'in-progress' };
}

export function progress(state: FormState): { given: number; total: number; themes: number } {
  const themes = chosenThemes(state);
  const answers = themes.flatMap((t) => t.answers);
  return { given: answers.filter((a) => a.answer !== undefined || a.skipped).length, total: answers.length, themes: themes.length };
}

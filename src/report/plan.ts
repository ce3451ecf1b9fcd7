import type { Action, AnswersFile, CarriedAction, QuestionAnswer, ThemeAnswers } from '../answers/model.js';
import type { QuestionSet } from '../content/types.js';
import type { Plan, PlanAction, PlanTheme } from './model.js';

export type AnswerState = 'answered' | 'skipped' | 'unanswered';

/** An empty answer counts as skipped (that is how the walk-through skips); no answer is unanswered. */
export function answerState(answer: QuestionAnswer): AnswerState {
  if (answer.skipped) return 'skipped';
  if (answer.answer == null) return 'unanswered';
  // A test, not trim(): an answer ends with a line break, and trimming would copy every answer of a team.
  return /\S/.test(answer.answer) ? 'answered' : 'skipped';
}

/** A question on the agenda, located by theme and question id (stable across files of one set). */
export interface AgendaQuestion {
  themeId: string;
  themeTitle: string;
  questionId: string;
  /** 1-based position of the question in its theme, as the plan numbers it. */
  number: number;
  /** The question as it was asked. */
  question: string;
  /**
   * When the question goes on from the one before it (`continues` in the question set, e.g. Safe
   * space's "Ook als dat wil zeggen …"): that question as asked, so that the point reads on its own.
   */
  follows?: string;
  state: AnswerState;
}

/**
 * One point for the team meeting:
 * - `discuss`: an answer marked "to discuss with the team" (whatever its state);
 * - `unknown-rating`: a theme rated "weet niet";
 * - `skipped` / `unanswered`: a question left open (not marked to discuss, that is the point above);
 * - `previous-action`: an action of the earlier reflection of which nobody said yet what became of it.
 */
export type AgendaItem =
  | ({ kind: 'discuss' } & AgendaQuestion)
  | { kind: 'unknown-rating'; themeId: string; themeTitle: string }
  | ({ kind: 'skipped' | 'unanswered' } & AgendaQuestion)
  | { kind: 'previous-action'; action: CarriedAction };

/**
 * The meeting agenda of one answers file, as data: first the answers marked to discuss, then the
 * "weet niet" ratings, then the skipped and unanswered questions, then earlier actions still to be
 * reviewed; within each kind in the order of the file. Pure: a team report merges these per file.
 */
export function planAgenda(answers: AnswersFile, set?: QuestionSet): AgendaItem[] {
  const discuss: AgendaItem[] = [];
  const unknown: AgendaItem[] = [];
  const open: AgendaItem[] = [];
  for (const theme of answers.themes ?? []) {
    if (theme.rating === 'unknown') unknown.push({ kind: 'unknown-rating', themeId: theme.id, themeTitle: theme.title });
    const asked = set?.themes.find((t) => t.id === theme.id)?.questions;
    (theme.answers ?? []).forEach((answer, index, all) => {
      const state = answerState(answer);
      const kind = answer.discuss ? 'discuss' : state;
      // Answered and not to discuss: no point (most answers of a team; no object made for them).
      if (kind === 'answered') return;
      const continues = asked?.find((q) => q.id === answer.id)?.continues === true && index > 0;
      const { id: themeId, title: themeTitle } = theme;
      const { id: questionId, question } = answer;
      const number = index + 1;
      // Two literals, not a spread: the keys in the order the JSON report has always written them.
      const item: AgendaItem = continues
        ? { kind, themeId, themeTitle, questionId, number, question, follows: all[index - 1]!.question, state }
        : { kind, themeId, themeTitle, questionId, number, question, state };
      (kind === 'discuss' ? discuss : open).push(item);
    });
  }
  const previous: AgendaItem[] = (answers.previous?.actions ?? [])
    .filter((action) => action.status === 'open' && !action.reviewed)
    .map((action) => ({ kind: 'previous-action', action }));
  return [...discuss, ...unknown, ...open, ...previous];
}

/**
 * Theme titles may repeat ("Buurtvervlechting" is in both groups): those get their group, e.g.
 * "Buurtvervlechting (Werking)", the group's title taken from the set when it is at hand. A theme id
 * repeated in a hand-edited file keeps the label of its first occurrence.
 */
function themeLabels(themes: readonly ThemeAnswers[], set: QuestionSet | undefined): Map<string, string> {
  const count = new Map<string, number>();
  const title = (theme: ThemeAnswers) => String(theme.title ?? '').trim();
  for (const theme of themes) count.set(title(theme), (count.get(title(theme)) ?? 0) + 1);
  const labels = new Map<string, string>();
  for (const theme of themes) {
    if (labels.has(theme.id)) continue;
    const group = set?.groups.find((g) => g.id === theme.group)?.title ?? theme.group;
    labels.set(theme.id, (count.get(title(theme)) ?? 0) > 1 && group ? `${theme.title} (${group})` : theme.title);
  }
  return labels;
}

function planAction(action: Action, theme: { id: string; title: string }, carried?: CarriedAction): PlanAction {
  return {
    id: action.id,
    what: action.what,
    ...(action.who !== undefined ? { who: action.who } : {}),
    ...(action.due !== undefined ? { due: action.due } : {}),
    priority: action.priority,
    status: action.status,
    themeId: theme.id,
    themeTitle: theme.title,
    fromPrevious: carried !== undefined,
    ...(carried ? { reviewed: carried.reviewed === true } : {}),
  };
}

/**
 * The action plan of one answers file as data: what every format of a single-file report renders
 * (the Markdown plan `reflect` writes, and the HTML, JSON and CSV of `report`). Everything in the
 * order of the file; theme titles as labels (with their group when two are equal). Pure. Tolerant of
 * hand-made objects with parts missing, as the plan's property tests make them.
 */
export function buildPlan(answers: AnswersFile, set: QuestionSet | undefined): Plan {
  const fileThemes = answers.themes ?? [];
  const labels = themeLabels(fileThemes, set);
  const label = (id: string, title: string) => labels.get(id) ?? title;
  const themes = fileThemes.map((theme): PlanTheme => ({
    id: theme.id,
    title: label(theme.id, theme.title),
    group: theme.group,
    ...(theme.rating ? { rating: theme.rating } : {}),
    ...(theme.importance ? { importance: theme.importance } : {}),
    actions: (theme.actions ?? []).length,
    questions: (theme.answers ?? []).map((answer, index) => {
      const state = answerState(answer);
      return {
        id: answer.id,
        number: index + 1,
        question: answer.question,
        state,
        ...(state === 'answered' ? { answer: answer.answer } : {}),
        discuss: answer.discuss === true,
      };
    }),
  }));
  // This reflection's actions in theme order, then the earlier reflection's in their order.
  const actions = [
    ...fileThemes.flatMap((theme) => (theme.actions ?? []).map((action) => planAction(action, { id: theme.id, title: label(theme.id, theme.title) }))),
    ...(answers.previous?.actions ?? []).map((action) =>
      planAction(action, { id: action.theme, title: labels.get(action.theme) ?? action.themeTitle ?? action.theme }, action),
    ),
  ];
  // Ids are unique within a file; an id that matches nothing (or comes twice) is left out.
  const focus = [...new Set(answers.focus ?? [])].map((id) => actions.findIndex((a) => a.id === id)).filter((i) => i >= 0);
  const agenda = planAgenda(answers, set).map((item): AgendaItem =>
    item.kind === 'previous-action'
      ? { ...item, action: { ...item.action, themeTitle: label(item.action.theme, item.action.themeTitle) } }
      : { ...item, themeTitle: label(item.themeId, item.themeTitle) },
  );
  return {
    organisation: answers.organisation,
    participant: answers.participant,
    updated: answers.updated,
    status: answers.status,
    ...(answers.questionSet ? { questionSet: answers.questionSet } : {}),
    openQuestions: fileThemes.flatMap((theme) => theme.answers ?? []).filter((a) => answerState(a) === 'unanswered').length,
    themes,
    actions,
    ...(answers.previous ? { previous: { file: answers.previous.file, date: answers.previous.date } } : {}),
    focus,
    agenda,
  };
}

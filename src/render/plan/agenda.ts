import type { AnswersFile, CarriedAction } from '../../answers/model.js';
import type { QuestionSet } from '../../content/types.js';
import { singleLine } from '../markdown/escape.js';
import { answerState, date, strong, text, type AnswerState, type PlanContext } from './context.js';

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
      const continues = asked?.find((q) => q.id === answer.id)?.continues === true && index > 0;
      const question: AgendaQuestion = {
        themeId: theme.id,
        themeTitle: theme.title,
        questionId: answer.id,
        number: index + 1,
        question: answer.question,
        ...(continues ? { follows: all[index - 1]!.question } : {}),
        state: answerState(answer),
      };
      if (answer.discuss) discuss.push({ kind: 'discuss', ...question });
      else if (question.state !== 'answered') open.push({ kind: question.state, ...question });
    });
  }
  const previous: AgendaItem[] = (answers.previous?.actions ?? [])
    .filter((action) => action.status === 'open' && !action.reviewed)
    .map((action) => ({ kind: 'previous-action', action }));
  return [...discuss, ...unknown, ...open, ...previous];
}

export function agendaSection(ctx: PlanContext): string[] {
  const { p } = ctx;
  const items = planAgenda(ctx.answers, ctx.set);
  const label = (themeId: string, title: string) => text(ctx.themeLabels.get(themeId) ?? title, p);
  const question = (item: AgendaQuestion) => {
    const asked = item.follows === undefined ? text(item.question, p) : p.continuation(text(item.follows, p), text(item.question, p));
    return p.agendaQuestion(label(item.themeId, item.themeTitle), item.number, asked);
  };
  const line = (item: AgendaItem): string => {
    switch (item.kind) {
      case 'discuss': {
        const state = item.state === 'skipped' ? ` ${singleLine(p.skipped)}` : item.state === 'unanswered' ? ` ${singleLine(p.unanswered)}` : '';
        return `${strong(p.agendaDiscuss)} — ${question(item)}${state}`;
      }
      case 'unknown-rating':
        return `${strong(p.agendaUnknownRating)} — ${p.agendaUnknownRatingText(label(item.themeId, item.themeTitle))}`;
      case 'skipped':
        return `${strong(p.agendaSkipped)} — ${question(item)}`;
      case 'unanswered':
        return `${strong(p.agendaUnanswered)} — ${question(item)}`;
      case 'previous-action': {
        const details = [label(item.action.theme, item.action.themeTitle)];
        if (item.action.due) details.push(p.by(date(item.action.due, p)));
        return `${strong(p.agendaPrevious)} — ${text(item.action.what, p)} (${details.join(' · ')})`;
      }
    }
  };
  return [
    `## ${singleLine(p.agenda)}`,
    items.length === 0 ? singleLine(p.agendaEmpty) : items.map((item, i) => `${i + 1}. ${line(item)}`).join('\n'),
  ];
}

import type { AgendaItem, AgendaQuestion } from '../../report/plan.js';
import { singleLine } from '../markdown/escape.js';
import { date, strong, text, type PlanContext } from './context.js';

/** The meeting agenda (plan.agenda, theme titles already the plan's labels), numbered. */
export function agendaSection(ctx: PlanContext): string[] {
  const { plan, p } = ctx;
  const question = (item: AgendaQuestion) => p.agendaQuestion(text(item.themeTitle, p), item.number, text(item.question, p));
  const line = (item: AgendaItem): string => {
    switch (item.kind) {
      case 'discuss': {
        const state = item.state === 'skipped' ? ` ${singleLine(p.skipped)}` : item.state === 'unanswered' ? ` ${singleLine(p.unanswered)}` : '';
        return `${strong(p.agendaDiscuss)} — ${question(item)}${state}`;
      }
      case 'unknown-rating':
        return `${strong(p.agendaUnknownRating)} — ${p.agendaUnknownRatingText(text(item.themeTitle, p))}`;
      case 'skipped':
        return `${strong(p.agendaSkipped)} — ${question(item)}`;
      case 'unanswered':
        return `${strong(p.agendaUnanswered)} — ${question(item)}`;
      case 'previous-action': {
        const details = [text(item.action.themeTitle, p)];
        if (item.action.due) details.push(p.by(date(item.action.due, p)));
        return `${strong(p.agendaPrevious)} — ${text(item.action.what, p)} (${details.join(' · ')})`;
      }
    }
  };
  return [
    `## ${singleLine(p.agenda)}`,
    plan.agenda.length === 0 ? singleLine(p.agendaEmpty) : plan.agenda.map((item, i) => `${i + 1}. ${line(item)}`).join('\n'),
  ];
}

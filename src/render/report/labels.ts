/**
 * Plain-text pieces shared by every report format: labels, dates, the lines of the agenda and of
 * "what is missing". Each renderer escapes them for its own syntax (Markdown, HTML, CSV).
 */
import type { ActionStatus, Priority, Rating } from '../../answers/model.js';
import type { Messages } from '../../i18n/messages.js';
import type { AgendaItem, AgendaQuestion } from '../../report/plan.js';
import type { MissingItem, PlanAction, ProposedValue, Report, TeamAction, TeamAgendaItem, TeamReport, ThemeChange } from '../../report/model.js';
import { formatDate } from '../plan/index.js';

export type ReportMessages = Messages['report'];

export function ratingText(rating: Rating | undefined, m: Messages): string {
  return rating ? (m.plan.rating[rating] ?? rating) : m.plan.none;
}

/** "27 november 2026" from an ISO date or timestamp; the placeholder when empty. */
export function dateText(value: string | undefined, m: Messages): string {
  return formatDate(String(value ?? ''), m.plan) || m.plan.none;
}

export function periodText(period: TeamReport['period'], m: Messages): string {
  if (period.from === period.to) return dateText(period.from, m);
  return m.report.periodRange(dateText(period.from, m), dateText(period.to, m));
}

/** Distinct versions of the question set, in the order of the files. */
export function questionSetText(report: TeamReport, m: Messages): string {
  const title = report.questionSets[0]?.title ?? '';
  if (report.questionSets.length === 0) return m.plan.none;
  return m.report.questionSetVersions(title || m.plan.none, [...new Set(report.questionSets.map((qs) => qs.version))]);
}

/** A text bar for a count: one block per participant, scaled down for teams larger than `width`. */
export function bar(count: number, total: number, width = 20): string {
  if (count <= 0 || total <= 0) return '';
  const blocks = total <= width ? count : Math.max(1, Math.round((count * width) / total));
  return '█'.repeat(blocks);
}

/** The warning that the files come from several organisations, naming who is in which; undefined when they do not. */
export function severalOrganisationsText(report: TeamReport, m: Messages): string | undefined {
  if (!report.severalOrganisations) return undefined;
  return m.report.severalOrganisations(report.severalOrganisations.map((o) => m.report.organisationOf(o.organisation, o.participants)));
}

/** One line per missing thing, plain text. */
export function missingTexts(items: readonly MissingItem[], m: Messages): string[] {
  const r = m.report;
  return items.map((item) => {
    switch (item.kind) {
      case 'in-progress':
        return r.missingInProgress(item.open);
      case 'themes-not-chosen':
        return r.missingThemes(item.themes.map((t) => t.title));
      case 'questions-not-in-file':
        return r.missingQuestions(item.themeTitle, item.questions.map((q) => q.number), item.version);
      case 'not-rated':
        return r.missingRating(item.themes.map((t) => t.title));
    }
  });
}

/** An agenda point as its bold label and its text, both plain. */
export function agendaText(item: TeamAgendaItem, m: Messages): { label: string; text: string } {
  const p = m.plan;
  const r = m.report;
  const who = (names: readonly string[]) => (names.length ? ` ${r.agendaWho(names)}` : '');
  switch (item.kind) {
    case 'discuss':
    case 'skipped':
    case 'unanswered': {
      const label = item.kind === 'discuss' ? p.agendaDiscuss : item.kind === 'skipped' ? p.agendaSkipped : p.agendaUnanswered;
      return { label, text: `${p.agendaQuestion(item.themeTitle, item.number, item.question.trim() || p.none)}${who(item.participants)}` };
    }
    case 'disagreement':
      return { label: r.agendaDisagreement, text: r.agendaDisagreementText(item.themeTitle, ratingText(item.lowest, m), ratingText(item.highest, m)) };
    case 'unknown-rating':
      return { label: p.agendaUnknownRating, text: `${p.agendaUnknownRatingText(item.themeTitle)}${who(item.participants)}` };
    case 'previous-action': {
      const details = [item.themeTitle];
      if (item.due) details.push(p.by(dateText(item.due, m)));
      return { label: p.agendaPrevious, text: `${item.what.trim() || p.none} (${details.join(' · ')})${who(item.participants)}` };
    }
  }
}

/** Every value proposed for a field, each with who gave it: "high (An) or medium (Bob)". */
function alternativesText(values: readonly ProposedValue[], show: (value: string) => string, m: Messages): string {
  return m.report.alternatives(values.map((v) => `${show(v.value)} ${m.report.agendaWho(v.participants)}`));
}

/** Who carries the action out: every distinct value, or each with who proposed it when they differ. '' when nobody said. */
export function whoText(action: TeamAction, m: Messages): string {
  return action.conflicts.who ? alternativesText(action.conflicts.who, (who) => who, m) : action.who.join(', ');
}

/** The due date, or every date proposed with who proposed it. '' without one. */
export function dueText(action: TeamAction, m: Messages, show: (date: string) => string = (date) => dateText(date, m)): string {
  if (action.conflicts.due) return alternativesText(action.conflicts.due, show, m);
  return action.due ? show(action.due) : '';
}

export function priorityText(action: TeamAction, m: Messages): string {
  const label = (priority: string) => m.plan.priority[priority as Priority] ?? priority;
  return action.conflicts.priority ? alternativesText(action.conflicts.priority, label, m) : label(action.priority);
}

/** The conflicting fields in one line, for a format with one value per cell (CSV): "Due: ... ; Priority: ...". */
export function conflictsText(action: TeamAction, m: Messages, showDate: (date: string) => string): string {
  const p = m.plan;
  const parts: string[] = [];
  if (action.conflicts.who) parts.push(`${p.label(p.col.who)} ${whoText(action, m)}`);
  if (action.conflicts.due) parts.push(`${p.label(p.col.due)} ${dueText(action, m, showDate)}`);
  if (action.conflicts.priority) parts.push(`${p.label(p.col.priority)} ${priorityText(action, m)}`);
  if (action.conflicts.status) parts.push(`${p.label(p.col.status)} ${actionStatusText(action, m)}`);
  return parts.join('; ');
}

/** "from the previous reflection (An)": who carried it over; undefined when nobody did. */
export function fromPreviousText(action: TeamAction, m: Messages): string | undefined {
  if (action.fromPreviousBy.length === 0) return undefined;
  return `${m.plan.fromPrevious} ${m.report.agendaWho(action.fromPreviousBy)}`;
}

/** A point of a plan's agenda as its bold label and its text, both plain (as the plan's Markdown words it). */
export function planAgendaText(item: AgendaItem, m: Messages): { label: string; text: string } {
  const p = m.plan;
  const question = (q: AgendaQuestion) => {
    const asked = q.question.trim() || p.none;
    return p.agendaQuestion(q.themeTitle.trim() || p.none, q.number, q.follows === undefined ? asked : p.continuation(q.follows, asked));
  };
  switch (item.kind) {
    case 'discuss': {
      const state = item.state === 'skipped' ? ` ${p.skipped}` : item.state === 'unanswered' ? ` ${p.unanswered}` : '';
      return { label: p.agendaDiscuss, text: `${question(item)}${state}` };
    }
    case 'unknown-rating':
      return { label: p.agendaUnknownRating, text: p.agendaUnknownRatingText(item.themeTitle.trim() || p.none) };
    case 'skipped':
      return { label: p.agendaSkipped, text: question(item) };
    case 'unanswered':
      return { label: p.agendaUnanswered, text: question(item) };
    case 'previous-action': {
      const details = [item.action.themeTitle.trim() || p.none];
      if (item.action.due) details.push(p.by(dateText(item.action.due, m)));
      return { label: p.agendaPrevious, text: `${item.action.what.trim() || p.none} (${details.join(' · ')})` };
    }
  }
}

/** "Theme · who · by 15 January 2027 · proposed by An and Bob": what follows a team action in a list. */
export function actionDetailsText(action: TeamAction, m: Messages, withProposers: boolean): string {
  const details = [action.themes.map((t) => t.title).join(', ')];
  details.push(whoText(action, m) || m.plan.whoToBeDecided);
  const due = dueText(action, m);
  if (due) details.push(m.plan.by(due));
  if (withProposers) details.push(m.report.proposedBy(proposers(action)));
  const previous = fromPreviousText(action, m);
  if (previous) details.push(previous);
  return details.join(' · ');
}

export function proposers(action: TeamAction): string[] {
  return [...new Set(action.proposals.map((p) => p.participant))];
}

/** The folded status, or every status given with who gave it ("gedaan (Bob) of te doen (An)"). */
export function actionStatusText(action: TeamAction, m: Messages): string {
  const label = (status: string) => m.plan.status[status as ActionStatus] ?? status;
  return action.conflicts.status ? alternativesText(action.conflicts.status, label, m) : label(action.status);
}

/** "Theme · who · by 15 January 2027 · from the previous reflection": what follows a plan's action in a list. */
export function planActionDetailsText(action: PlanAction, m: Messages): string {
  const details = [action.themeTitle || m.plan.none];
  if (action.who?.trim()) details.push(action.who.trim());
  if (action.due?.trim()) details.push(m.plan.by(dateText(action.due, m)));
  if (action.fromPrevious) details.push(m.plan.fromPrevious);
  return details.join(' · ');
}

/** The ratings now: one participant's label, or each level with its count in scale order. */
export function nowText(change: ThemeChange, m: Messages, kind: Report['kind']): string {
  if (change.now.length === 0) return m.plan.none;
  if (kind === 'single') return ratingText(change.now[0]!.rating, m);
  const counts = new Map<string, number>();
  const order: Array<Rating | undefined> = ['not-started', 'first-steps', 'on-track', 'embedded', 'unknown', undefined];
  for (const rating of order) {
    const n = change.now.filter((p) => p.rating === rating).length;
    if (n) counts.set(rating ? ratingText(rating, m) : m.report.col.notRated, n);
  }
  return [...counts].map(([label, n]) => m.report.ratingCount(label, n)).join(', ');
}

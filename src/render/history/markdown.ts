import type { QuestionSet } from '../../content/types.js';
import type { Messages } from '../../i18n/messages.js';
import type { History, HistoryTheme } from '../../history/model.js';
import { inline, singleLine } from '../markdown/escape.js';
import { markdownDocument } from '../markdown/line.js';
import { citationSection } from '../plan/citation.js';
import { strong } from '../plan/context.js';
import { dateText } from '../report/labels.js';
import { markdownTable } from '../report/tables.js';
import { actionNotes, barLegend, claimsText, clauses, medianText, openText, roundText, textBar, verdictText } from './labels.js';
import { coverageTable, lifecycleTable, roundsTable, themeTable } from './tables.js';

const listItem = (label: string, value: string, m: Messages) => `- ${strong(m.plan.label(label))} ${value}`;
const text = (value: string, m: Messages) => inline(value).trim() || inline(m.plan.none);

/** The summary's lines as plain text, shared by Markdown and HTML. */
export function summaryLines(history: History, m: Messages): { moved: string[]; stalled: string[]; fresh: string[] } {
  const h = m.history;
  const moved = history.summary.moved.map((x) => {
    const theme = history.themes.find((t) => t.id === x.themeId)!;
    const medians = h.fromTo(medianText(theme.points[x.from]!.moment?.median, m), medianText(theme.points[x.to]!.moment?.median, m));
    return h.movedLine(x.title, verdictText(x.verdict, m), history.rounds[x.from]!.label, history.rounds[x.to]!.label, medians);
  });
  const stalled = history.summary.stalled.map((i) => {
    const action = history.actions[i]!;
    return h.stalledLine(action.what.trim() || m.plan.none, openText(action, m));
  });
  const fresh = [
    ...(history.summary.newThemes.length ? [h.newThemes(history.summary.newThemes.map((t) => t.title))] : []),
    ...(history.summary.newActions.length ? [h.newActionCount(history.summary.newActions.length)] : []),
  ];
  return { moved, stalled, fresh };
}

function lines(items: readonly string[], empty: string): string {
  return items.length ? items.map((item) => `- ${singleLine(item)}`).join('\n') : singleLine(empty);
}

function themeSection(theme: HistoryTheme, history: History, m: Messages): string[] {
  const h = m.history;
  const parts = [`### ${singleLine(theme.title)}`, markdownTable(themeTable(theme, history, m, (t, r) => textBar(t.points[r]!.moment?.ratings)))];
  const notes: string[] = [];
  if (theme.change) {
    notes.push(h.changeLine(history.rounds[theme.change.from]!.label, history.rounds[theme.change.to]!.label, verdictText(theme.change.verdict, m)));
  }
  notes.push(theme.notTakenUp.length ? h.notTakenUp(theme.notTakenUp.map((r) => history.rounds[r]!.label)) : h.takenUpEvery);
  parts.push(singleLine(notes.join(' ')));
  return parts;
}

/**
 * The history as Markdown: the summary up front, the rounds, per theme its distributions over time
 * (tables with a text bar), the coverage of every theme, the action lifecycle. Pure.
 */
export function renderHistoryMarkdown(history: History, set: QuestionSet | undefined, m: Messages): string {
  const h = m.history;
  const first = history.rounds[0]!;
  const last = history.rounds.at(-1)!;
  const summary = summaryLines(history, m);
  const parts: string[] = [
    `# ${singleLine(h.title)}`,
    [
      listItem(m.report.organisation, text(m.report.list(history.organisations), m), m),
      listItem(h.roundsLabel, text(history.rounds.map((r) => roundText(r, m)).join(', '), m), m),
      listItem(m.report.period, text(m.report.periodRange(dateText(first.date, m), dateText(last.date, m)), m), m),
      listItem(m.plan.questionSet, text(history.questionSetTitle, m), m),
    ].join('\n'),
    `## ${singleLine(h.summary)}`,
    `### ${singleLine(h.moved)}`,
    lines(summary.moved, h.nothingMoved),
    `### ${singleLine(h.stalled)}`,
    lines(summary.stalled, h.nothingStalled),
    `### ${singleLine(h.fresh)}`,
    lines(summary.fresh, h.nothingNew),
    `## ${singleLine(h.roundsTitle)}`,
    singleLine(h.roundsIntro),
    markdownTable(roundsTable(history, m)),
    `## ${singleLine(h.themesTitle)}`,
    singleLine(h.themesIntro),
    `${strong(m.plan.label(h.legend))} ${inline(barLegend(m))}`,
    ...history.themes.flatMap((theme) => themeSection(theme, history, m)),
    `## ${singleLine(h.coverageTitle)}`,
    singleLine(h.coverageIntro),
    singleLine(history.coverage.never.length ? h.never(history.coverage.never.map((t) => t.title)) : h.allCovered),
    markdownTable(coverageTable(history, m)),
    `## ${singleLine(h.lifecycleTitle)}`,
    singleLine(h.lifecycleIntro),
  ];
  if (history.actions.length === 0) parts.push(singleLine(h.noActions));
  else {
    parts.push(markdownTable(lifecycleTable(history, m)));
    const details = history.actions.flatMap((action) => {
      const notes = [...actionNotes(action, history, m), ...action.steps.filter((s) => s.round > action.proposed).map((s) => `${m.plan.label(history.rounds[s.round]!.label)} ${claimsText(s.claims, m)}`)];
      return notes.length ? [`- ${singleLine(action.what)} — ${singleLine(clauses(notes, m))}`] : [];
    });
    if (details.length) parts.push(`### ${singleLine(h.col.how)}`, details.join('\n'));
  }
  parts.push(...citationSection(set, m.plan));
  // strong() marks its label for markdownDocument, as in the team report.
  return markdownDocument(parts);
}

import type { Rating } from '../../answers/model.js';
import { ratingLevels } from '../../answers/model.js';
import type { Messages } from '../../i18n/messages.js';
import type { Comparison, Report, TeamReport, TeamTheme } from '../../report/model.js';
import { spreadText } from '../../report/spread.js';
import { table } from '../markdown/table.js';
import { dateText, nowText, ratingText } from './labels.js';
import { clauses } from '../history/labels.js';

/** A table's content as plain text, for every format to lay out its own way (Markdown, HTML). */
export interface TableData<Cell = string> {
  header: string[];
  rows: Array<Array<string | Cell>>;
  /** Per column: numbers, aligned right. */
  numeric: boolean[];
}

export function participantsTable(report: TeamReport, m: Messages): TableData {
  const r = m.report;
  return {
    header: [r.col.participant, r.col.status, r.col.updated, r.col.themes, r.col.open],
    rows: report.participants.map((x) => [
      x.label,
      r.fileStatus[x.status] ?? x.status,
      dateText(x.updated, m),
      String(x.themes.length),
      String(x.openQuestions),
    ]),
    numeric: [false, false, false, true, true],
  };
}

export function overviewTable(report: TeamReport, m: Messages): TableData {
  const p = m.plan;
  const r = m.report;
  const levels: Rating[] = [...ratingLevels, 'unknown'];
  return {
    header: [p.col.theme, r.col.spread, ...levels.map((level) => ratingText(level, m)), r.col.notRated],
    rows: report.themes.map((theme) => [
      theme.title || p.none,
      spreadText(theme.ratings, r),
      ...levels.map((level) => String(theme.ratings.counts[level])),
      String(theme.ratings.notRated),
    ]),
    numeric: [false, true, ...levels.map(() => true), true],
  };
}

export function compareThemesTable(comparison: Comparison, report: Report, m: Messages): TableData {
  const p = m.plan;
  const r = m.report;
  return {
    header: [p.col.theme, r.col.then, r.col.now, r.col.change],
    rows: comparison.themes.map((change) => [
      change.title || p.none,
      change.thenChosen ? ratingText(change.then, m) : p.none,
      nowText(change, m, report.kind),
      r.direction[change.direction],
    ]),
    numeric: [false, false, false, false],
  };
}

export function earlierActionsTable(comparison: Comparison, m: Messages): TableData {
  const p = m.plan;
  const r = m.report;
  return {
    header: [p.col.theme, p.col.what, p.col.who, p.col.due, r.col.status, r.col.basis],
    rows: comparison.earlierActions.map((action) => [
      action.themeTitle || p.none,
      action.what.trim() || p.none,
      action.who || p.toBeDecided,
      action.due ? dateText(action.due, m) : p.none,
      r.earlierStatus[action.status],
      action.said
        ? clauses(action.said.map((s) => m.history.claim['followed-up'](r.earlierStatus[s.status], s.participants)), m)
        : action.basis === 'none'
          ? r.basis.none
          : r.basis[action.basis](action.participants),
    ]),
    numeric: [false, false, false, false, false, false],
  };
}

/** Per level: how many gave that rating, a bar (drawn by the format), and who. */
export function ratingsTable<Cell>(theme: TeamTheme, m: Messages, bar: (count: number, total: number) => Cell): TableData<Cell> {
  const r = m.report;
  const total = theme.participants.length;
  const who = (rating: Rating | undefined) => theme.byParticipant.filter((x) => x.rating === rating).map((x) => x.participant);
  const rows: Array<Array<string | Cell>> = [...ratingLevels, 'unknown' as const].map((level) => [
    ratingText(level, m),
    String(theme.ratings.counts[level]),
    bar(theme.ratings.counts[level], total),
    r.list(who(level)),
  ]);
  if (theme.ratings.notRated) {
    rows.push([r.col.notRated, String(theme.ratings.notRated), bar(theme.ratings.notRated, total), r.list(who(undefined))]);
  }
  return { header: [r.col.level, r.col.count, r.col.bar, r.col.who], rows, numeric: [false, true, false, false] };
}

/** A table as GFM Markdown (cells escaped by `table`). */
export function markdownTable(data: TableData): string {
  return table(data.header, data.rows as string[][], data.numeric.map((n) => (n ? 'right' : 'left')));
}

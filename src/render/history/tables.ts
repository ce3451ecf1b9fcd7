import type { Messages } from '../../i18n/messages.js';
import type { History, HistoryTheme } from '../../history/model.js';
import { spreadText } from '../../report/spread.js';
import { dateText, ratingText } from '../report/labels.js';
import type { TableData } from '../report/tables.js';
import { clauses, distributionLevels, medianText, openText, roundText, stepText } from './labels.js';

/** The history's tables as plain text, for Markdown and HTML alike (and the charts' tables). */

export function roundsTable(history: History, m: Messages): TableData {
  const h = m.history;
  const teamText = (round: History['rounds'][number], i: number) => {
    if (i === 0 || !round.membership) return m.plan.none;
    const { joined, left, renamed } = round.membership;
    const parts = [
      ...(joined.length ? [h.joined(joined)] : []),
      ...(left.length ? [h.left(left)] : []),
      ...renamed.map((r) => h.renamed(r.before, r.now)),
    ];
    return clauses(parts, m) || h.sameTeam;
  };
  return {
    header: [h.col.round, h.col.date, h.col.participants, h.col.team, h.col.questionSet],
    rows: history.rounds.map((round, i) => [
      round.label,
      dateText(round.date, m),
      String(round.participants.length),
      teamText(round, i),
      round.questionSets.map((qs) => `${qs.version} (${qs.language})`).join(', '),
    ]),
    numeric: [false, false, true, false, false],
  };
}

/** Per round of one theme: the count of each level, the median and the spread. */
export function themeTable(theme: HistoryTheme, history: History, m: Messages, bar?: (theme: HistoryTheme, round: number) => string): TableData {
  const h = m.history;
  return {
    header: [h.col.round, ...(bar ? [h.col.distribution] : []), ...distributionLevels.map((level) => ratingText(level, m)), h.col.median, h.col.spread],
    rows: theme.points.map((point) => {
      const round = roundText(history.rounds[point.round]!, m);
      if (!point.moment) return [round, ...(bar ? [''] : []), h.chart.notTaken, ...distributionLevels.slice(1).map(() => ''), '', ''];
      const ratings = point.moment.ratings;
      return [
        round,
        ...(bar ? [bar(theme, point.round)] : []),
        ...distributionLevels.map((level) => String(ratings.counts[level])),
        medianText(point.moment.median, m),
        spreadText(ratings, m.report),
      ];
    }),
    numeric: [false, ...(bar ? [false] : []), ...distributionLevels.map(() => true), false, true],
  };
}

export function coverageTable(history: History, m: Messages): TableData {
  const h = m.history;
  return {
    header: [m.plan.col.theme, h.col.group, h.col.rounds],
    rows: history.coverage.themes.map((theme) => [theme.title, theme.groupTitle, h.roundsOf(theme.rounds, history.rounds.length)]),
    numeric: [false, false, true],
  };
}

/** Per action: its theme and text, its status in each round, how long it has been open. */
export function lifecycleTable(history: History, m: Messages, numbered = false): TableData {
  const h = m.history;
  return {
    header: [...(numbered ? ['#'] : []), m.plan.col.what, m.plan.col.theme, ...history.rounds.map((round) => round.label), h.col.open],
    rows: history.actions.map((action, i) => [
      ...(numbered ? [String(i + 1)] : []),
      action.stalled ? `${action.what.trim() || m.plan.none} (${h.stalledMark})` : action.what.trim() || m.plan.none,
      action.themeTitle || m.plan.none,
      ...history.rounds.map((_, r) => stepText(action, r, m)),
      openText(action, m),
    ]),
    numeric: [...(numbered ? [true] : []), false, false, ...history.rounds.map(() => false), false],
  };
}

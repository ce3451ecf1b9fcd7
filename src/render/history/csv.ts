import type { Messages } from '../../i18n/messages.js';
import type { History } from '../../history/model.js';
import { BOM, csvRows, type CsvSeparator } from '../report/csv.js';
import { openText, stepText } from './labels.js';

/**
 * The action lifecycle, one action per row, for a spreadsheet: theme, text, the round it was
 * proposed in, its status in every round (a column per round), whether it is stuck, how many
 * rounds and days it has been open. Header in the history's language.
 */
export function renderHistoryCsv(history: History, m: Messages, options: { bom: boolean; separator: CsvSeparator }): string {
  const h = m.history;
  const header = [m.plan.col.theme, m.plan.col.what, h.col.proposed, ...history.rounds.map((round) => round.label), h.col.current, h.col.stalled, h.col.openRounds, h.col.openDays, h.col.open];
  const rows = history.actions.map((action) => [
    action.themeTitle,
    action.what,
    history.rounds[action.proposed]!.label,
    ...history.rounds.map((_, r) => stepText(action, r, m)),
    h.status[action.current],
    action.stalled ? m.report.yes : m.report.no,
    String(action.openRounds),
    String(action.openDays),
    openText(action, m),
  ]);
  return (options.bom ? BOM : '') + csvRows([header, ...rows], options.separator);
}

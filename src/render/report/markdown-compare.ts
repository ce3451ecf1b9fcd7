import type { Messages } from '../../i18n/messages.js';
import type { Comparison, Report } from '../../report/model.js';
import { inline, singleLine } from '../markdown/escape.js';
import { compareThemesTable, earlierActionsTable, markdownTable } from './tables.js';
import { actionDetailsText, dateText, planActionDetailsText } from './labels.js';

/** The new actions of a comparison as plain text: a plan's or a team's, with their details. */
export function newActionLines(comparison: Pick<Comparison, 'newActions'>, report: Report, m: Messages): Array<{ what: string; details: string }> {
  return comparison.newActions.map((i) =>
    report.kind === 'single'
      ? { what: report.actions[i]!.what, details: planActionDetailsText(report.actions[i]!, m) }
      : { what: report.actions[i]!.what, details: actionDetailsText(report.actions[i]!, m, true) },
  );
}

/**
 * The comparison with an earlier reflection, as Markdown: per theme the rating then and now, what
 * became of the earlier actions, and the new actions.
 */
export function compareMarkdown(comparison: Comparison, report: Report, m: Messages): string[] {
  const p = m.plan;
  const r = m.report;
  const parts = [
    `## ${singleLine(r.compare)}`,
    singleLine(r.compareIntro(dateText(comparison.earlier.date, m), comparison.earlier.participant?.trim() || undefined)),
  ];
  if (comparison.themes.length) {
    parts.push(
      markdownTable(compareThemesTable(comparison, report, m)),
    );
  }
  parts.push(`### ${singleLine(r.earlierActions)}`);
  parts.push(
    comparison.earlierActions.length
      ? markdownTable(earlierActionsTable(comparison, m))
      : singleLine(r.noEarlierActions),
  );
  parts.push(`### ${singleLine(r.newActions)}`);
  const fresh = newActionLines(comparison, report, m);
  parts.push(
    fresh.length
      ? fresh.map((action) => `- ${singleLine(action.what) || inline(p.none)} — ${inline(action.details)}`).join('\n')
      : singleLine(r.noNewActions),
  );
  return parts;
}

import type { Messages } from '../../i18n/messages.js';
import type { Comparison, TeamReport } from '../../report/model.js';
import { inline, singleLine } from '../markdown/escape.js';
import { compareThemesTable, earlierActionsTable, markdownTable } from './tables.js';
import { actionDetailsText, dateText } from './labels.js';

/**
 * The comparison with an earlier reflection, as Markdown: per theme the rating then and now, what
 * became of the earlier actions, and the new actions.
 */
export function compareMarkdown(comparison: Comparison, report: TeamReport, m: Messages): string[] {
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
  const fresh = comparison.newActions.map((i) => report.actions[i]!);
  parts.push(
    fresh.length
      ? fresh.map((action) => `- ${singleLine(action.what) || inline(p.none)} — ${inline(actionDetailsText(action, m, report.kind === 'team', report.kind))}`).join('\n')
      : singleLine(r.noNewActions),
  );
  return parts;
}

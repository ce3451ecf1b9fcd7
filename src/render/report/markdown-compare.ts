import type { Messages } from '../../i18n/messages.js';
import type { Comparison, TeamReport } from '../../report/model.js';
import { inline, singleLine } from '../markdown/escape.js';
import { table } from '../markdown/table.js';
import { actionDetailsText, dateText, nowText, ratingText } from './labels.js';

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
      table(
        [p.col.theme, r.col.then, r.col.now, r.col.change],
        comparison.themes.map((change) => [
          change.title || p.none,
          change.thenChosen ? ratingText(change.then, m) : p.none,
          nowText(change, m, report.kind),
          r.direction[change.direction],
        ]),
      ),
    );
  }
  parts.push(`### ${singleLine(r.earlierActions)}`);
  parts.push(
    comparison.earlierActions.length
      ? table(
          [p.col.theme, p.col.what, p.col.who, p.col.due, r.col.status, r.col.basis],
          comparison.earlierActions.map((action) => [
            action.themeTitle || p.none,
            action.what.trim() || p.none,
            action.who || p.none,
            action.due ? dateText(action.due, m) : p.none,
            r.earlierStatus[action.status],
            action.basis === 'none' ? r.basis.none : r.basis[action.basis](action.participants),
          ]),
        )
      : singleLine(r.noEarlierActions),
  );
  parts.push(`### ${singleLine(r.newActions)}`);
  const fresh = comparison.newActions.map((i) => report.actions[i]!);
  parts.push(
    fresh.length
      ? fresh.map((action) => `- ${singleLine(action.what) || inline(p.none)} — ${inline(actionDetailsText(action, m, report.kind === 'team'))}`).join('\n')
      : singleLine(r.noNewActions),
  );
  return parts;
}

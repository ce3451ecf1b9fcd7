import type { Messages } from '../../i18n/messages.js';
import type { Report, TeamComparison } from '../../report/model.js';
import { stackedBars } from '../charts/stacked-bars.js';
import { claimsText, clauses, distributionText, medianText, momentSpreadText, textBar, verdictText } from '../history/labels.js';
import { inline, singleLine } from '../markdown/escape.js';
import { ratingLegend } from '../charts/legend.js';
import { html, type Html } from './html/escape.js';
import { tableOf } from './html/sections.js';
import { dateText, periodText } from './labels.js';
import { newActionLines } from './markdown-compare.js';
import { markdownTable, type TableData } from './tables.js';

/** report --compare against an earlier team: the same sections in Markdown and HTML. */

function verdictCell(shift: TeamComparison['themes'][number], m: Messages): string {
  if (shift.change === 'new') return m.history.themeNew;
  if (shift.change === 'not-chosen') return m.history.themeNotChosen;
  return verdictText(shift.verdict!, m);
}

export function teamShiftsTable(comparison: TeamComparison, m: Messages, bars: boolean): TableData {
  const h = m.history;
  const dist = (ratings: Parameters<typeof distributionText>[0]) => (bars && ratings ? `${textBar(ratings)} ${distributionText(ratings, m)}` : distributionText(ratings, m));
  return {
    header: [m.plan.col.theme, h.col.then, h.col.now, h.col.median, h.col.spread, h.col.verdict],
    rows: comparison.themes.map((shift) => [
      shift.title || m.plan.none,
      dist(shift.then?.ratings),
      dist(shift.now?.ratings),
      h.fromTo(medianText(shift.then?.median, m), medianText(shift.now?.median, m)),
      h.fromTo(momentSpreadText(shift.then, m), momentSpreadText(shift.now, m)),
      verdictCell(shift, m),
    ]),
    numeric: [false, false, false, false, false, false],
  };
}

export function followedActionsTable(comparison: TeamComparison, m: Messages): TableData {
  const h = m.history;
  return {
    header: [m.plan.col.theme, m.plan.col.what, m.plan.col.who, m.plan.col.due, m.report.col.status, h.col.how],
    rows: comparison.earlierActions.map((action) => [
      action.themeTitle || m.plan.none,
      action.what.trim() || m.plan.none,
      action.who || m.plan.toBeDecided,
      action.due ? dateText(action.due, m) : m.plan.none,
      h.status[action.status],
      clauses([claimsText(action.claims, m), ...action.ambiguous.map((a) => h.ambiguousNote(a.what, a.participants, a.candidates))], m),
    ]),
    numeric: [false, false, false, false, false, false],
  };
}

/** Who joined, who left, who was renamed: plain lines; none with --anonymous. */
export function membershipLines(comparison: TeamComparison, m: Messages): string[] {
  const h = m.history;
  const p = comparison.participants;
  if (!p) return [];
  const lines = [
    ...(p.joined.length ? [h.joinedLine(p.joined)] : []),
    ...(p.left.length ? [h.leftLine(p.left)] : []),
    ...(p.renamed.length ? [h.renamedLine(p.renamed.map((r) => h.renamed(r.before, r.now)))] : []),
  ];
  return lines.length ? lines : [h.nobodyChanged];
}

function intro(comparison: TeamComparison, m: Messages): string {
  return m.history.compareIntro(periodText(comparison.earlier.period, m), comparison.earlier.participants);
}

export function teamCompareMarkdown(comparison: TeamComparison, report: Report, m: Messages): string[] {
  const h = m.history;
  const parts = [`## ${singleLine(h.compareTitle)}`, singleLine(intro(comparison, m))];
  if (comparison.themes.length) parts.push(markdownTable(teamShiftsTable(comparison, m, true)));
  if (comparison.participants) parts.push(`### ${singleLine(h.whoChanged)}`, membershipLines(comparison, m).map(singleLine).join('\n\n'));
  parts.push(`### ${singleLine(h.earlierActions)}`);
  parts.push(comparison.earlierActions.length ? markdownTable(followedActionsTable(comparison, m)) : singleLine(h.noEarlierActions));
  parts.push(`### ${singleLine(h.newActions)}`);
  const fresh = newActionLines(comparison, report, m);
  parts.push(fresh.length ? fresh.map((a) => `- ${singleLine(a.what) || inline(m.plan.none)} — ${inline(a.details)}`).join('\n') : singleLine(h.noNewActions));
  return parts;
}

/** Then and now side by side per theme: two stacked bars on one scale, the numbers in the table beside. */
function shiftCharts(comparison: TeamComparison, m: Messages): Html {
  const h = m.history;
  const charts = comparison.themes.map((shift, i) =>
    stackedBars({
      id: `compare-${i + 1}`,
      title: h.chart.compareTitle(shift.title),
      desc: h.chart.compareDesc(shift.title, shift.then ? distributionText(shift.then.ratings, m) : h.themeNew, shift.now ? distributionText(shift.now.ratings, m) : h.themeNotChosen),
      rows: [
        { label: h.col.then, ...(shift.then ? { ratings: shift.then.ratings } : { missing: h.chart.notTaken }) },
        { label: h.col.now, ...(shift.now ? { ratings: shift.now.ratings } : { missing: h.chart.notTaken }) },
      ],
    }),
  );
  return html`<div class="charts">
${charts.map((chart) => html`${chart}\n`)}</div>`;
}

export function teamCompareHtml(comparison: TeamComparison, report: Report, m: Messages): Html {
  const h = m.history;
  const fresh = newActionLines(comparison, report, m);
  return html`<h2>${h.compareTitle}</h2>
<p>${intro(comparison, m)}</p>
${comparison.themes.length ? html`${ratingLegend(m)}\n${shiftCharts(comparison, m)}\n${tableOf(teamShiftsTable(comparison, m, false))}` : ''}
${comparison.participants ? html`<h3>${h.whoChanged}</h3>\n${membershipLines(comparison, m).map((line) => html`<p>${line}</p>\n`)}` : ''}<h3>${h.earlierActions}</h3>
${comparison.earlierActions.length ? tableOf(followedActionsTable(comparison, m)) : html`<p>${h.noEarlierActions}</p>`}
<h3>${h.newActions}</h3>
${fresh.length
    ? html`<ul class="plain">
${fresh.map((action) => html`<li>${action.what.trim() || m.plan.none} — ${action.details}</li>\n`)}</ul>`
    : html`<p>${h.noNewActions}</p>`}`;
}

import type { QuestionSet } from '../../content/types.js';
import type { Messages } from '../../i18n/messages.js';
import type { History, HistoryTheme } from '../../history/model.js';
import type { FollowedStatus } from '../../report/action-match.js';
import { ratingLegend } from '../charts/legend.js';
import { stackedBars } from '../charts/stacked-bars.js';
import { chartCss } from '../charts/style.js';
import { timeline } from '../charts/timeline.js';
import { html, type Html } from '../report/html/escape.js';
import { htmlPage } from '../report/html/render.js';
import { citationSection, meta, table } from '../report/html/sections.js';
import { dateText } from '../report/labels.js';
import type { TableData } from '../report/tables.js';
import { actionNotes, claimsText, clauses, distributionText, roundText, verdictText } from './labels.js';
import { summaryLines } from './markdown.js';
import { coverageTable, lifecycleTable, roundsTable, themeTable } from './tables.js';

function tableOf(data: TableData, caption?: string): Html {
  const t = table(data.header, data.rows as string[][], data.numeric.map((x) => (x ? 'num' : '')));
  return caption ? html`<p class="muted">${caption}</p>\n${t}` : t;
}

function statusLegend(m: Messages): Html {
  const statuses: FollowedStatus[] = ['done', 'open', 'dropped', 'not-mentioned', 'ambiguous'];
  return html`<ul class="legend">
${statuses.map((status) => html`<li><span class="swatch ${status === 'ambiguous' ? 'swatch-ambiguous' : `swatch-status-${status}`}" aria-hidden="true"></span>${m.history.status[status]}</li>\n`)}<li><span class="swatch swatch-proposed" aria-hidden="true"></span>${m.history.proposed}</li>
<li><span class="swatch swatch-focus" aria-hidden="true"></span>${m.history.focus}</li>
</ul>`;
}

function list(items: readonly string[], empty: string): Html {
  if (items.length === 0) return html`<p>${empty}</p>`;
  return html`<ul class="plain">
${items.map((item) => html`<li>${item}</li>\n`)}</ul>`;
}

/** One theme's small multiple: a stacked bar per round, and the same numbers in a table beside it. */
function themeFigure(theme: HistoryTheme, index: number, history: History, m: Messages): Html {
  const h = m.history;
  const rows = theme.points.map((point) => ({
    label: history.rounds[point.round]!.label,
    ...(point.moment ? { ratings: point.moment.ratings } : { missing: h.chart.notTaken }),
  }));
  const parts = theme.points.map((point) =>
    h.chart.roundPart(roundText(history.rounds[point.round]!, m), point.moment ? distributionText(point.moment.ratings, m) : h.chart.notTaken),
  );
  const chart = stackedBars({ id: `theme-${index + 1}`, title: h.chart.ratingsTitle(theme.title), desc: h.chart.ratingsDesc(theme.title, parts), rows });
  const notes: string[] = [];
  if (theme.change) notes.push(h.changeLine(history.rounds[theme.change.from]!.label, history.rounds[theme.change.to]!.label, verdictText(theme.change.verdict, m)));
  notes.push(theme.notTakenUp.length ? h.notTakenUp(theme.notTakenUp.map((r) => history.rounds[r]!.label)) : h.takenUpEvery);
  return html`<section>
<h3>${theme.title}</h3>
${chart}
<p>${notes.join(' ')}</p>
${tableOf(themeTable(theme, history, m))}
</section>`;
}

function lifecycleSection(history: History, m: Messages): Html {
  const h = m.history;
  if (history.actions.length === 0) return html`<h2>${h.lifecycleTitle}</h2>\n<p>${h.lifecycleIntro}</p>\n<p>${h.noActions}</p>`;
  const chart = timeline({
    id: 'lifecycle',
    title: h.chart.timelineTitle,
    desc: h.chart.timelineDesc(history.actions.length, history.rounds.length, history.summary.stalled.length),
    columns: history.rounds.map((round) => round.label),
    rows: history.actions.map((action, i) => ({
      label: String(i + 1),
      emphasis: action.stalled,
      cells: history.rounds.map((_, r) => {
        const step = action.steps.find((s) => s.round === r);
        return step ? { status: step.status, proposed: r === action.proposed, focus: step.focus.length > 0 } : undefined;
      }),
    })),
  });
  const details = history.actions.flatMap((action, i) => {
    const notes = [...actionNotes(action, history, m), ...action.steps.filter((s) => s.round > action.proposed).map((s) => `${m.plan.label(history.rounds[s.round]!.label)} ${claimsText(s.claims, m)}`)];
    return notes.length ? [html`<li><strong>${String(i + 1)}. ${action.what.trim() || m.plan.none}</strong> — ${clauses(notes, m)}</li>\n`] : [];
  });
  return html`<h2>${h.lifecycleTitle}</h2>
<p>${h.lifecycleIntro}</p>
${chart}
${statusLegend(m)}
${tableOf(lifecycleTable(history, m, true))}
${details.length ? html`<h3>${h.col.how}</h3>\n<ul class="plain">\n${details}</ul>` : ''}`;
}

/**
 * The history as one self-contained, printable HTML file: the summary, the rounds, per theme a
 * small multiple of stacked bars over the rounds with its table, the coverage, the action
 * lifecycle as a timeline with its table. Inline SVG, no script; every text escaped. Pure.
 */
export function renderHistoryHtml(history: History, set: QuestionSet | undefined, m: Messages, language: string): string {
  const h = m.history;
  const first = history.rounds[0]!;
  const last = history.rounds.at(-1)!;
  const summary = summaryLines(history, m);
  const items: Array<[string, string]> = [
    [m.report.organisation, m.report.list(history.organisations) || m.plan.none],
    [h.roundsLabel, history.rounds.map((r) => roundText(r, m)).join(', ')],
    [m.report.period, m.report.periodRange(dateText(first.date, m), dateText(last.date, m))],
    [m.plan.questionSet, history.questionSetTitle || m.plan.none],
  ];
  const body = html`<h1>${h.title}</h1>
${meta(items)}
<p class="hint">${h.printHint}</p>
<h2>${h.summary}</h2>
<h3>${h.moved}</h3>
${list(summary.moved, h.nothingMoved)}
<h3>${h.stalled}</h3>
${list(summary.stalled, h.nothingStalled)}
<h3>${h.fresh}</h3>
${list(summary.fresh, h.nothingNew)}
<h2>${h.roundsTitle}</h2>
<p>${h.roundsIntro}</p>
${tableOf(roundsTable(history, m))}
<h2>${h.themesTitle}</h2>
<p>${h.themesIntro}</p>
${ratingLegend(m)}
${history.themes.map((theme, i) => html`${themeFigure(theme, i, history, m)}\n`)}<h2>${h.coverageTitle}</h2>
<p>${h.coverageIntro}</p>
<p>${history.coverage.never.length ? h.never(history.coverage.never.map((t) => t.title)) : h.allCovered}</p>
${tableOf(coverageTable(history, m))}
${lifecycleSection(history, m)}
${citationSection(set, m)}`;
  return htmlPage(h.title, history.organisations, body, m, language, chartCss);
}

import type { QuestionSet, Resource } from '../../../content/types.js';
import type { Messages } from '../../../i18n/messages.js';
import type { AnswerState, Comparison, Report, TeamQuestion, TeamReport, TeamTheme } from '../../../report/model.js';
import { themeResources } from '../../../report/resources.js';
import { spreadText } from '../../../report/spread.js';
import { ratingLegend } from '../../charts/legend.js';
import { stackedBars } from '../../charts/stacked-bars.js';
import { distributionText } from '../../history/labels.js';
import { actionDetailsText, actionStatusText, dateText, dueText, missingTexts, priorityText, proposers, whoText } from '../labels.js';
import { newActionLines } from '../markdown-compare.js';
import { html, link, paragraphs, type Html } from './escape.js';
import { compareThemesTable, earlierActionsTable, overviewTable, participantsTable, ratingsTable, type TableData } from '../tables.js';

/** Pieces of the HTML report. Every value is plain text until the `html` template escapes it. */

type Align = 'num' | '';

export function table(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | Html>>, align: readonly Align[] = []): Html {
  const cls = (i: number) => (align[i] ? html` class="${align[i]}"` : '');
  return html`<table>
<thead><tr>${header.map((h, i) => html`<th${cls(i)}>${h}</th>`)}</tr></thead>
<tbody>
${rows.map((row) => html`<tr>${row.map((c, i) => html`<td${cls(i)}>${c}</td>`)}</tr>\n`)}</tbody>
</table>`;
}

export function tableOf<Cell extends string | Html>(data: TableData<Cell>): Html {
  return table(data.header, data.rows, data.numeric.map((n) => (n ? 'num' : '')));
}

/** A bar as wide as the share of the team: a percentage computed here, never user text. */
export function bar(count: number, total: number): Html {
  if (count <= 0 || total <= 0) return html``;
  const percent = Math.max(2, Math.round((count / total) * 100));
  return html`<span class="bar" style="width: ${percent}%"></span>`;
}

export function meta(items: ReadonlyArray<[string, string]>): Html {
  return html`<dl class="meta">
${items.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>\n`)}</dl>`;
}

export function participantsSection(report: TeamReport, m: Messages): Html {
  const r = m.report;
  return html`<h2>${r.whoTookPart}</h2>
${tableOf(participantsTable(report, m))}`;
}

export function missingSection(report: TeamReport, m: Messages): Html {
  if (report.missing.length === 0) return html``;
  const r = m.report;
  return html`<h2>${r.missing}</h2>
<p>${r.missingIntro}</p>
<ul class="plain">
${report.missing.map(({ participant, items }) => html`<li><strong>${m.plan.label(participant)}</strong> ${missingTexts(items, m).join('; ')}</li>\n`)}</ul>`;
}

export function overviewSection(report: TeamReport, m: Messages): Html {
  const p = m.plan;
  const r = m.report;
  if (report.themes.length === 0) return html`<h2>${r.overview}</h2>\n<p>${p.noThemes}</p>`;
  // The same numbers as the table beside it, as bars: where the team agrees and where it does not, at a glance.
  const chart = stackedBars({
    id: 'team-ratings',
    title: m.history.chart.teamTitle,
    desc: m.history.chart.teamDesc(report.themes.map((theme) => m.plan.label(theme.title) + ` ${distributionText(theme.ratings, m)}.`)),
    rows: report.themes.map((theme) => ({ label: theme.title, ratings: theme.ratings })),
  });
  return html`<h2>${r.overview}</h2>
<p>${r.overviewIntro}</p>
${ratingLegend(m)}
<div class="charts">
${chart}
</div>
${tableOf(overviewTable(report, m))}`;
}

export function focusSection(report: TeamReport, m: Messages): Html {
  const p = m.plan;
  const r = m.report;
  if (report.focus.chosen.length === 0) return html`<h2>${p.focus}</h2>\n<p>${r.noFocusAtAll}</p>`;
  const items = report.focus.chosen.map((focus) => {
    const action = report.actions[focus.action]!;
    const count = `${r.focusTimes(focus.count)} ${r.agendaWho(focus.participants)} · `;
    return html`<li><strong>${action.what.trim() || p.none}</strong> — ${count}${actionDetailsText(action, m, false)}</li>\n`;
  });
  return html`<h2>${p.focus}</h2>
<p>${r.focusIntro}</p>
<ol>
${items}</ol>
${report.focus.none.length ? html`<p>${r.noFocusYet(report.focus.none)}</p>` : ''}`;
}

export function actionsSection(report: TeamReport, m: Messages): Html {
  const p = m.plan;
  const r = m.report;
  if (report.actions.length === 0) return html`<h2>${p.actions}</h2>\n<p>${p.noActions}</p>`;
  const header = [p.col.theme, p.col.what, p.col.who, p.col.due, p.col.priority, p.col.status, r.col.proposedBy];
  const rows = report.actions.map((action) => [
    action.themes.map((t) => t.title).join(', ') || p.none,
    action.what.trim() || p.none,
    whoText(action, m) || p.toBeDecided,
    dueText(action, m) || p.none,
    priorityText(action, m),
    actionStatusText(action, m),
    r.list(proposers(action)),
  ]);
  const checklist = report.actions.filter((action) => action.status !== 'dropped');
  return html`<h2>${p.actions}</h2>
<p>${r.actionsIntro}</p>
${table(header, rows)}
${checklist.length
    ? html`<h3>${p.checklist}</h3>
<ul class="checklist">
${checklist.map(
  (action) => html`<li${action.status === 'done' ? html` class="done"` : ''}>${action.what.trim() || p.none} — ${actionDetailsText(action, m, true)}</li>\n`,
)}</ul>
${checklist.length < report.actions.length ? html`<p class="muted">${p.checklistNote}</p>` : ''}`
    : ''}`;
}

function ratingTable(theme: TeamTheme, m: Messages): Html {
  return tableOf(ratingsTable(theme, m, bar));
}

/** One answer: its text (or that it was skipped or not answered yet) and the discuss mark. */
export function answerHtml(answer: { state: AnswerState; answer?: string; discuss: boolean }, m: Messages, who?: string): Html {
  const p = m.plan;
  const discuss = answer.discuss ? html`\n<p class="discuss">${p.discuss}</p>` : '';
  const body =
    answer.state === 'answered' ? paragraphs(answer.answer ?? '') : html`<p class="muted"><em>${answer.state === 'skipped' ? p.skipped : p.unanswered}</em></p>`;
  return html`<div class="answer">
${who === undefined ? '' : html`<p class="who">${m.plan.label(who)}</p>\n`}${body}${discuss}
</div>\n`;
}

function questionHtml(question: TeamQuestion, m: Messages): Html {
  const p = m.plan;
  const r = m.report;
  const answers = question.answers.map((answer) => answerHtml(answer, m, answer.participant));
  return html`<p class="question">${p.question(question.number)} ${question.text.trim() || p.none}</p>
${answers}${question.answers.length === 0 && question.absentFrom.length === 0 ? html`<p class="muted"><em>${r.noAnswers}</em></p>\n` : ''}${
    question.absentFrom.length ? html`<p class="muted"><em>${r.notInVersionOf(question.absentFrom)}</em></p>\n` : ''
  }`;
}

export function themeSection(theme: TeamTheme, report: TeamReport, m: Messages): Html {
  const p = m.plan;
  const r = m.report;
  const importance = (['high', 'medium', 'low', 'unknown'] as const)
    .filter((level) => theme.importance[level] > 0)
    .map((level) => r.ratingCount(p.importance[level], theme.importance[level]));
  const chosen = [r.chosenBy(theme.participants.length, report.participants.length)];
  if (theme.notChosenBy.length) chosen.push(r.notChosenBy(theme.notChosenBy));
  const summary = html`<p>${chosen.join(' ')}</p>
${ratingTable(theme, m)}
<p><strong>${p.label(r.col.spread)}</strong> ${spreadText(theme.ratings, r)} · <strong>${p.label(p.importanceLine)}</strong> ${importance.join(', ') || p.none} · <strong>${p.label(p.actionsLine)}</strong> ${String(theme.actions)}</p>`;
  return html`<section>
<h2>${theme.title || p.none}</h2>
${summary}
${theme.questions.map((question) => questionHtml(question, m))}</section>`;
}

/** The agenda's points as plain label and text (a team's or a plan's), numbered. */
export function agendaSection(points: ReadonlyArray<{ label: string; text: string }>, m: Messages): Html {
  const p = m.plan;
  if (points.length === 0) return html`<h2>${p.agenda}</h2>\n<p>${p.agendaEmpty}</p>`;
  return html`<h2>${p.agenda}</h2>
<ol class="agenda">
${points.map(({ label, text }) => html`<li><strong>${label}</strong> — ${text}</li>\n`)}</ol>`;
}

export function compareSection(comparison: Comparison, report: Report, m: Messages): Html {
  const p = m.plan;
  const r = m.report;
  const fresh = newActionLines(comparison, report, m);
  return html`<h2>${r.compare}</h2>
<p>${r.compareIntro(dateText(comparison.earlier.date, m), comparison.earlier.participant?.trim() || undefined)}</p>
${comparison.themes.length
    ? tableOf(compareThemesTable(comparison, report, m))
    : ''}
<h3>${r.earlierActions}</h3>
${comparison.earlierActions.length
    ? tableOf(earlierActionsTable(comparison, m))
    : html`<p>${r.noEarlierActions}</p>`}
<h3>${r.newActions}</h3>
${fresh.length
    ? html`<ul class="plain">
${fresh.map((action) => html`<li>${action.what.trim() || p.none} — ${action.details}</li>\n`)}</ul>`
    : html`<p>${r.noNewActions}</p>`}`;
}

/** Per theme of the report its resources and note links (each URL once), then the set's sources. */
export function resourcesSection(themes: ReadonlyArray<{ id: string; title: string }>, set: QuestionSet | undefined, m: Messages): Html {
  if (!set) return html``;
  const item = (resource: Resource) =>
    html`<li>${link(resource.title, resource.url)}${resource.description ? html` — ${resource.description}` : ''}</li>\n`;
  const blocks = themeResources(set, themes).flatMap(({ title, resources }) => {
    const shown = resources.filter((r) => r.title || r.url);
    return shown.length ? [html`<h3>${title}</h3>\n<ul class="plain">\n${shown.map(item)}</ul>\n`] : [];
  });
  const sources = (set.sources ?? []).filter((s) => s.title || s.url);
  if (blocks.length === 0 && sources.length === 0) return html``;
  return html`<h2>${m.plan.resources}</h2>
${blocks}${sources.length ? html`<p>${m.plan.sourcesIntro}</p>\n<ul class="plain">\n${sources.map(item)}</ul>` : ''}`;
}

export function citationSection(set: QuestionSet | undefined, m: Messages): Html {
  const p = m.plan;
  const intro = set ? (set.citation?.intro ?? '') : p.citationIntro;
  const citation = (set?.citation?.text ?? '').trim() || p.citationFallback;
  return html`<h2>${p.citation}</h2>
${intro ? paragraphs(intro) : ''}
${paragraphs(citation)}
<footer>${p.madeWith}</footer>`;
}

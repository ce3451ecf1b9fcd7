import type { QuestionSet } from '../../../content/types.js';
import type { Messages } from '../../../i18n/messages.js';
import type { PlanAction, PlanTheme, SingleReport } from '../../../report/model.js';
import { statusLabel } from '../../plan/context.js';
import { dateText, planActionDetailsText, planAgendaText, ratingText } from '../labels.js';
import { html, type Html } from './escape.js';
import { htmlPage } from './render.js';
import { chartCss } from '../../charts/style.js';
import { teamCompareHtml } from '../team-compare.js';
import { agendaSection, answerHtml, citationSection, compareSection, meta, resourcesSection, table } from './sections.js';

function summarySection(report: SingleReport, m: Messages): Html {
  const p = m.plan;
  if (report.themes.length === 0) return html`<h2>${p.overview}</h2>\n<p>${p.noThemes}</p>`;
  return html`<h2>${p.overview}</h2>
${table(
  [p.col.theme, p.col.rating, p.col.importance, p.col.actions],
  report.themes.map((theme) => [theme.title || p.none, ratingText(theme.rating, m), theme.importance ? p.importance[theme.importance] : p.none, String(theme.actions)]),
  ['', '', '', 'num'],
)}`;
}

function focusSection(report: SingleReport, m: Messages): Html {
  const p = m.plan;
  if (report.focus.length === 0) return html`<h2>${p.focus}</h2>\n<p>${p.noFocus}</p>`;
  const items = report.focus.map((index) => {
    const action = report.actions[index]!;
    return html`<li><strong>${action.what.trim() || p.none}</strong> — ${planActionDetailsText(action, m)}</li>\n`;
  });
  return html`<h2>${p.focus}</h2>
<p>${p.focusIntro}</p>
<ol>
${items}</ol>`;
}

function actionsTable(actions: readonly PlanAction[], m: Messages): Html {
  const p = m.plan;
  return table(
    [p.col.theme, p.col.what, p.col.who, p.col.due, p.col.priority, p.col.status],
    actions.map((action) => [
      action.themeTitle || p.none,
      action.what.trim() || p.none,
      action.who?.trim() || p.toBeDecided,
      action.due ? dateText(action.due, m) : p.none,
      p.priority[action.priority] ?? action.priority,
      statusLabel(action, p),
    ]),
  );
}

/** As in the Markdown plan: this reflection's actions, the earlier reflection's with what became of them, the checklist. */
function actionsSection(report: SingleReport, m: Messages): Html {
  const p = m.plan;
  const current = report.actions.filter((action) => !action.fromPrevious);
  const previous = report.actions.filter((action) => action.fromPrevious);
  const checklist = report.actions.filter((action) => action.status !== 'dropped');
  const parts: Html[] = [html`<h2>${p.actions}</h2>`, current.length ? actionsTable(current, m) : html`<p>${previous.length ? p.noNewActions : p.noActions}</p>`];
  if (previous.length) {
    parts.push(html`<h3>${p.previousActions}</h3>`, html`<p>${p.previousIntro(dateText(report.previous?.date, m))}</p>`, actionsTable(previous, m));
  }
  if (checklist.length) {
    parts.push(html`<h3>${p.checklist}</h3>
<ul class="checklist">
${checklist.map(
  (action) => html`<li${action.status === 'done' ? html` class="done"` : ''}>${action.what.trim() || p.none} — ${planActionDetailsText(action, m)}</li>\n`,
)}</ul>`);
    if (checklist.length < report.actions.length) parts.push(html`<p class="muted">${p.checklistNote}</p>`);
  }
  return html`${parts.map((part, i) => (i === 0 ? part : html`\n${part}`))}`;
}

function themeSection(theme: PlanTheme, m: Messages): Html {
  const p = m.plan;
  return html`<section>
<h2>${theme.title || p.none}</h2>
<p><strong>${p.label(p.ratingLine)}</strong> ${ratingText(theme.rating, m)} · <strong>${p.label(p.importanceLine)}</strong> ${theme.importance ? p.importance[theme.importance] : p.none} · <strong>${p.label(p.actionsLine)}</strong> ${String(theme.actions)}</p>
${theme.questions.map(
  (question) => html`<p class="question">${p.question(question.number)} ${question.question.trim() || p.none}</p>
${answerHtml(question, m)}`,
)}</section>`;
}

/**
 * The action plan of one answers file as one self-contained, printable HTML file: the same model
 * and the same sections as the Markdown plan `reflect` writes. Every piece of text is escaped. Pure.
 */
export function renderPlanHtml(report: SingleReport, set: QuestionSet | undefined, m: Messages, language: string): string {
  const p = m.plan;
  const r = m.report;
  const items: Array<[string, string]> = [
    [p.organisation, report.organisation.trim() || p.none],
    [p.date, dateText(report.updated, m)],
    [p.participant, report.participant.trim() || p.none],
    [p.themes, report.themes.map((t) => t.title).join(', ') || p.none],
    [p.questionSet, report.questionSet ? p.questionSetVersion(report.questionSet.title, report.questionSet.version) : p.none],
  ];
  const note = report.status === 'in-progress' ? html`<p class="note"><strong>${p.label(p.inProgressLabel)}</strong> ${p.inProgress(report.openQuestions)}</p>\n` : '';
  const body = html`<h1>${p.title}</h1>
${meta(items)}
${note}<p class="hint">${r.printHint}</p>
${report.comparison ? html`${compareSection(report.comparison, report, m)}\n` : ''}${report.teamComparison ? html`${teamCompareHtml(report.teamComparison, report, m)}\n` : ''}${summarySection(report, m)}
${focusSection(report, m)}
${actionsSection(report, m)}
${report.themes.map((theme) => html`${themeSection(theme, m)}\n`)}${agendaSection(report.agenda.map((item) => planAgendaText(item, m)), m)}
${resourcesSection(report.themes, set, m)}
${citationSection(set, m)}`;
  return htmlPage(p.title, report.organisation.trim() ? [report.organisation.trim()] : [], body, m, language, report.teamComparison ? chartCss : '');
}

import type { QuestionSet } from '../../../content/types.js';
import type { Messages } from '../../../i18n/messages.js';
import type { TeamReport } from '../../../report/model.js';
import { agendaText, periodText, questionSetText, severalOrganisationsText } from '../labels.js';
import { Html, html } from './escape.js';
import {
  actionsSection,
  agendaSection,
  citationSection,
  compareSection,
  focusSection,
  meta,
  missingSection,
  overviewSection,
  participantsSection,
  resourcesSection,
  themeSection,
} from './sections.js';
import { reportCss } from './style.js';
import { chartCss } from '../../charts/style.js';
import { teamCompareHtml } from '../team-compare.js';

/**
 * No scripts, no external resources: the policy makes a browser refuse them even if something
 * slipped through escaping. Inline styles are allowed (the stylesheet and the bars' widths).
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** The document around a report's body: self-contained, printable, no scripts. */
export function htmlPage(title: string, organisations: readonly string[], body: Html, m: Messages, language: string, extraCss = ''): string {
  return html`<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="resokit">
<title>${title}${organisations.length ? ` — ${m.report.list(organisations)}` : ''}</title>
<style>${new Html(reportCss + extraCss)}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`.value;
}

/**
 * The team report as one self-contained, printable HTML file. Every piece of text from the files is
 * escaped; links only for http(s) URLs of the question set. Pure. (One file: see plan.ts.)
 */
export function renderReportHtml(report: TeamReport, set: QuestionSet | undefined, m: Messages, language: string): string {
  const p = m.plan;
  const r = m.report;
  const labels = report.participants.map((x) => x.label);
  const items: Array<[string, string]> = [
    [report.organisations.length > 1 ? r.organisations : r.organisation, r.list(report.organisations) || p.none],
    [report.period.from === report.period.to ? p.date : r.period, periodText(report.period, m)],
    [r.participants, `${r.list(labels)} (${r.participantCount(labels.length)})`],
    [p.themes, report.themes.map((t) => t.title).join(', ') || p.none],
    [p.questionSet, questionSetText(report, m)],
  ];
  const unfinished = report.participants.filter((x) => x.status === 'in-progress');
  const note = unfinished.length ? html`<p class="note"><strong>${m.plan.label(r.inProgressLabel)}</strong> ${r.inProgress(unfinished.length, labels.length)}</p>\n` : '';
  const organisationsWarning = severalOrganisationsText(report, m);
  const organisationsNote = organisationsWarning ? html`<p class="note"><strong>${m.plan.label(r.inProgressLabel)}</strong> ${organisationsWarning}</p>\n` : '';
  const body = html`<h1>${r.title}</h1>
${meta(items)}
${note}${organisationsNote}<p class="hint">${r.printHint}</p>
${participantsSection(report, m)}
${missingSection(report, m)}
${report.comparison ? html`${compareSection(report.comparison, report, m)}\n` : ''}${report.teamComparison ? html`${teamCompareHtml(report.teamComparison, report, m)}\n` : ''}${overviewSection(report, m)}
${focusSection(report, m)}
${actionsSection(report, m)}
${report.themes.map((theme) => html`${themeSection(theme, report, m)}\n`)}${agendaSection(report.agenda.map((item) => agendaText(item, m)), m)}
${resourcesSection(report.themes, set, m)}
${citationSection(set, m)}`;
  // The charts' styles only where there are charts: the report without them stays as it was.
  return htmlPage(r.title, report.organisations, body, m, language, chartCss);
}

import type { QuestionSet } from '../../../content/types.js';
import type { Messages } from '../../../i18n/messages.js';
import type { TeamReport } from '../../../report/model.js';
import { dateText, periodText, questionSetText, severalOrganisationsText } from '../labels.js';
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
  summarySection,
  themeSection,
} from './sections.js';
import { reportCss } from './style.js';

/**
 * No scripts, no external resources: the policy makes a browser refuse them even if something
 * slipped through escaping. Inline styles are allowed (the stylesheet and the bars' widths).
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * The report (one file: the action plan; several: the team report) as one self-contained,
 * printable HTML file. Every piece of text from the files is escaped; links only for http(s) URLs
 * of the question set. Pure.
 */
export function renderReportHtml(report: TeamReport, set: QuestionSet | undefined, m: Messages, language: string): string {
  const p = m.plan;
  const r = m.report;
  const single = report.kind === 'single';
  const title = single ? p.title : r.title;
  const labels = report.participants.map((x) => x.label);
  const themes = report.themes.map((t) => t.title).join(', ') || p.none;
  const organisation = r.list(report.organisations) || p.none;
  const items: Array<[string, string]> = single
    ? [
        [p.organisation, organisation],
        [p.date, dateText(report.participants[0]?.updated, m)],
        [p.participant, labels[0] || p.none],
        [p.themes, themes],
        [p.questionSet, questionSetText(report, m)],
      ]
    : [
        [report.organisations.length > 1 ? r.organisations : r.organisation, organisation],
        [report.period.from === report.period.to ? p.date : r.period, periodText(report.period, m)],
        [r.participants, `${r.list(labels)} (${r.participantCount(labels.length)})`],
        [p.themes, themes],
        [p.questionSet, questionSetText(report, m)],
      ];
  const unfinished = report.participants.filter((x) => x.status === 'in-progress');
  const note = unfinished.length
    ? html`<p class="note"><strong>${single ? p.inProgressLabel : r.inProgressLabel}:</strong> ${
        single ? p.inProgress(unfinished[0]!.openQuestions) : r.inProgress(unfinished.length, labels.length)
      }</p>\n`
    : '';
  const organisationsWarning = severalOrganisationsText(report, m);
  const organisationsNote = organisationsWarning ? html`<p class="note"><strong>${r.inProgressLabel}:</strong> ${organisationsWarning}</p>\n` : '';
  const body = html`<h1>${title}</h1>
${meta(items)}
${note}${organisationsNote}<p class="hint">${r.printHint}</p>
${single ? '' : html`${participantsSection(report, m)}\n${missingSection(report, m)}\n`}${
    report.comparison ? html`${compareSection(report.comparison, report, m)}\n` : ''
  }${single ? summarySection(report, m) : overviewSection(report, m)}
${focusSection(report, m)}
${actionsSection(report, m)}
${report.themes.map((theme) => html`${themeSection(theme, report, m)}\n`)}${agendaSection(report, m)}
${resourcesSection(report, set, m)}
${citationSection(set, m)}`;
  return html`<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="resokit">
<title>${title}${report.organisations.length ? ` — ${r.list(report.organisations)}` : ''}</title>
<style>${new Html(reportCss)}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`.value;
}

import type { AnswersFile } from '../../answers/model.js';
import type { QuestionSet } from '../../content/types.js';
import type { Messages } from '../../i18n/messages.js';
import type { TeamReport } from '../../report/model.js';
import { finalizeMarkdown } from '../markdown/line.js';
import { renderPlanMarkdown } from '../plan/index.js';
import { renderReportCsv, type CsvSeparator } from './csv.js';
import { renderReportHtml } from './html/render.js';
import { renderReportJson } from './json.js';
import { compareMarkdown } from './markdown-compare.js';
import { renderTeamMarkdown } from './markdown-team.js';

export const reportFormats = ['md', 'html', 'json', 'csv'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (reportFormats as readonly string[]).includes(value);
}

export interface RenderInput {
  report: TeamReport;
  /** The answers files in report order (the participant's name replaced when anonymous). */
  files: readonly AnswersFile[];
  set: QuestionSet | undefined;
  m: Messages;
  /** The report's language code (the `lang` of the HTML, the `language` of the JSON). */
  language: string;
  format: ReportFormat;
  bom: boolean;
  separator: CsvSeparator;
}

/**
 * One answers file in Markdown is exactly the plan `reflect` wrote (renderPlanMarkdown), with the
 * comparison appended when asked for; everything else renders the report model. Pure.
 */
export function renderReport(input: RenderInput): string {
  const { report, files, set, m, language } = input;
  switch (input.format) {
    case 'md': {
      // The team report borrows the plan's labels and sections, which mark user text: escaped here.
      if (report.kind === 'team') return finalizeMarkdown(renderTeamMarkdown(report, files[0]!, set, m));
      const plan = renderPlanMarkdown(files[0]!, set, m);
      if (!report.comparison) return plan;
      return `${plan}\n${compareMarkdown(report.comparison, report, m).join('\n\n')}\n`;
    }
    case 'html':
      return renderReportHtml(report, set, m, language);
    case 'json':
      return renderReportJson(report, language);
    case 'csv':
      return renderReportCsv(report, m, { bom: input.bom, separator: input.separator });
  }
}

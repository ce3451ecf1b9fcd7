import type { QuestionSet } from '../../content/types.js';
import type { Messages } from '../../i18n/messages.js';
import type { Report } from '../../report/model.js';
import { markdownDocument } from '../markdown/line.js';
import { planMarkdown } from '../plan/index.js';
import { renderReportCsv, type CsvSeparator } from './csv.js';
import { renderPlanHtml } from './html/plan.js';
import { renderReportHtml } from './html/render.js';
import { renderReportJson } from './json.js';
import { compareMarkdown } from './markdown-compare.js';
import { teamMarkdownBlocks } from './markdown-team.js';
import { teamCompareMarkdown } from './team-compare.js';

export const reportFormats = ['md', 'html', 'json', 'csv'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (reportFormats as readonly string[]).includes(value);
}

export interface RenderInput {
  report: Report;
  set: QuestionSet | undefined;
  m: Messages;
  /** The report's language code (the `lang` of the HTML, the `language` of the JSON). */
  language: string;
  format: ReportFormat;
  bom: boolean;
  separator: CsvSeparator;
}

/**
 * One answers file is one model, its plan (src/report/plan.ts), whatever the format: in Markdown
 * exactly the plan `reflect` wrote, with the comparison appended when asked for. Several files are
 * the team report. Pure.
 */
export function renderReport(input: RenderInput): string {
  const { report, set, m, language } = input;
  switch (input.format) {
    case 'md': {
      // The team report borrows the plan's labels and sections, which mark user text: escaped here.
      if (report.kind === 'team') return markdownDocument(teamMarkdownBlocks(report, set, m));
      const plan = planMarkdown(report, set, m);
      const sections = [
        ...(report.comparison ? compareMarkdown(report.comparison, report, m) : []),
        ...(report.teamComparison ? teamCompareMarkdown(report.teamComparison, report, m) : []),
      ];
      if (sections.length === 0) return plan;
      return `${plan}\n${sections.join('\n\n')}\n`;
    }
    case 'html':
      return report.kind === 'team' ? renderReportHtml(report, set, m, language) : renderPlanHtml(report, set, m, language);
    case 'json':
      return renderReportJson(report, language);
    case 'csv':
      return renderReportCsv(report, m, { bom: input.bom, separator: input.separator });
  }
}

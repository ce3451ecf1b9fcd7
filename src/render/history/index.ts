import type { QuestionSet } from '../../content/types.js';
import type { History } from '../../history/model.js';
import type { Messages } from '../../i18n/messages.js';
import type { CsvSeparator } from '../report/csv.js';
import type { ReportFormat } from '../report/index.js';
import { renderHistoryCsv } from './csv.js';
import { renderHistoryHtml } from './html.js';
import { renderHistoryJson } from './json.js';
import { renderHistoryMarkdown } from './markdown.js';

export interface HistoryRenderInput {
  history: History;
  set: QuestionSet | undefined;
  m: Messages;
  language: string;
  /** The formats of `report`. */
  format: ReportFormat;
  bom: boolean;
  separator: CsvSeparator;
}

/** The history in one of the report's formats. Pure. */
export function renderHistory(input: HistoryRenderInput): string {
  const { history, set, m, language } = input;
  switch (input.format) {
    case 'md':
      return renderHistoryMarkdown(history, set, m);
    case 'html':
      return renderHistoryHtml(history, set, m, language);
    case 'json':
      return renderHistoryJson(history, language);
    case 'csv':
      return renderHistoryCsv(history, m, { bom: input.bom, separator: input.separator });
  }
}

import type { Report } from '../../report/model.js';

export const REPORT_FORMAT = 'resokit-report/2';
export const REPORT_SCHEMA_ID = 'https://resokit.be/schemas/report.schema.json';

/**
 * The report model as JSON for scripts (one file: its plan, `kind: "single"`; several: the team
 * report, `kind: "team"`), described by schemas/report.schema.json. Keys and enum
 * values are stable English identifiers; text is as typed (not escaped, not translated); dates as
 * in the files (ISO 8601). `language` says which catalogue the labels of the other formats used.
 */
export function renderReportJson(report: Report, language: string): string {
  const { kind, ...rest } = report;
  return `${JSON.stringify({ $schema: REPORT_SCHEMA_ID, format: REPORT_FORMAT, kind, language, ...rest }, null, 2)}\n`;
}

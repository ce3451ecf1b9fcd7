import { toPosixPath } from '../../files/posix-path.js';
import type { TeamReport } from '../../report/model.js';

export const REPORT_FORMAT = 'resokit-report/1';
export const REPORT_SCHEMA_ID = 'https://resokit.be/schemas/report.schema.json';

/**
 * The report model as JSON for scripts, described by schemas/report.schema.json. Keys and enum
 * values are stable English identifiers; text is as typed (not escaped, not translated); dates as
 * in the files (ISO 8601). `language` says which catalogue the labels of the other formats used.
 * File names use forward slashes whatever the OS (`platform` is injected by tests).
 */
export function renderReportJson(report: TeamReport, language: string, platform: NodeJS.Platform = process.platform): string {
  const { kind, ...rest } = posixFiles(report, platform);
  return `${JSON.stringify({ $schema: REPORT_SCHEMA_ID, format: REPORT_FORMAT, kind, language, ...rest }, null, 2)}\n`;
}

function posixFiles(report: TeamReport, platform: NodeJS.Platform): TeamReport {
  const file = <T extends { file?: string }>(item: T): T => (item.file === undefined ? item : { ...item, file: toPosixPath(item.file, platform) });
  const { comparison } = report;
  return {
    ...report,
    participants: report.participants.map(file),
    ...(comparison ? { comparison: { ...comparison, earlier: file(comparison.earlier) } } : {}),
  };
}

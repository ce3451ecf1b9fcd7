import { toPosixPath } from '../../files/posix-path.js';
import type { Report } from '../../report/model.js';

export const REPORT_FORMAT = 'resokit-report/2';
export const REPORT_SCHEMA_ID = 'https://resokit.be/schemas/report.schema.json';

/**
 * The report model as JSON for scripts (one file: its plan, `kind: "single"`; several: the team
 * report, `kind: "team"`), described by schemas/report.schema.json. Keys and enum
 * values are stable English identifiers; text is as typed (not escaped, not translated); dates as
 * in the files (ISO 8601). `language` says which catalogue the labels of the other formats used.
 * File names use forward slashes whatever the OS (`platform` is injected by tests).
 */
export function renderReportJson(report: Report, language: string, platform: NodeJS.Platform = process.platform): string {
  const { kind, ...rest } = posixFiles(report, platform);
  return `${JSON.stringify({ $schema: REPORT_SCHEMA_ID, format: REPORT_FORMAT, kind, language, ...rest }, null, 2)}\n`;
}

/** Every file name in the report (the file, the previous and the earlier one, the participants'). */
function posixFiles(report: Report, platform: NodeJS.Platform): Report {
  const posix = <T extends { file?: string }>(item: T): T => (item.file === undefined ? item : { ...item, file: toPosixPath(item.file, platform) });
  const team = report.teamComparison;
  const comparison = {
    ...(report.comparison ? { comparison: { ...report.comparison, earlier: posix(report.comparison.earlier) } } : {}),
    ...(team?.earlier.files ? { teamComparison: { ...team, earlier: { ...team.earlier, files: team.earlier.files.map((f) => toPosixPath(f, platform)) } } } : {}),
  };
  if (report.kind === 'team') return { ...report, participants: report.participants.map(posix), ...comparison };
  return { ...posix(report), ...(report.previous ? { previous: posix(report.previous) } : {}), ...comparison };
}

import type { Messages } from '../../i18n/messages.js';
import type { Report, SingleReport, TeamReport } from '../../report/model.js';
import { statusLabel } from '../plan/context.js';
import { conflictsText, proposers } from './labels.js';

/**
 * Spreadsheet formula injection: a cell starting with = + - @ (or a tab or CR, which some
 * spreadsheets skip before reading a formula) would be evaluated by Excel, LibreOffice or Google
 * Sheets. A leading apostrophe makes it text; the apostrophe is visible in other tools — the price
 * of opening safely in a spreadsheet.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `,` by RFC 4180; `;` for Excel set up for Belgium or the Netherlands, where `,` is the decimal mark. */
export type CsvSeparator = ',' | ';' | '\t';

/**
 * The separator a spreadsheet in the report's language expects: Excel in Belgium, the Netherlands and
 * France reads `;` (there `,` is the decimal mark), in English-speaking settings `,`.
 */
export function defaultCsvSeparator(language: string): CsvSeparator {
  return language === 'en' ? ',' : ';';
}

/**
 * One field, RFC 4180: quoted when it holds a quote, the separator, CR or LF; quotes doubled. Line
 * breaks inside a field become LF, so that CRLF only ever ends a record.
 */
export function csvField(value: string, separator: CsvSeparator = ','): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  if (!/["\r\n]/.test(safe) && !safe.includes(separator)) return safe;
  return `"${safe.replace(/\r\n?/g, '\n').replace(/"/g, '""')}"`;
}

/** Rows as RFC 4180 text: fields separated by `separator`, every record ended by CRLF. */
export function csvRows(rows: ReadonlyArray<readonly string[]>, separator: CsvSeparator = ','): string {
  return rows.map((row) => `${row.map((field) => csvField(field, separator)).join(separator)}\r\n`).join('');
}

/** The UTF-8 byte-order mark: Excel reads a CSV file as UTF-8 only when it starts with one. */
export const BOM = '\uFEFF';

/**
 * The actions, one per row, for a spreadsheet or a task tracker: header in the report's language,
 * dates as YYYY-MM-DD (sortable, read as dates everywhere), labels (priority, status) translated.
 * One file gives its plan's actions, a team its folded actions; the columns are the same.
 */
export function renderReportCsv(report: Report, m: Messages, options: { bom: boolean; separator: CsvSeparator }): string {
  const p = m.plan;
  const r = m.report;
  const header = [
    p.col.theme,
    p.col.what,
    p.col.who,
    p.col.due,
    p.col.priority,
    p.col.status,
    r.col.proposedBy,
    r.col.proposals,
    r.col.focus,
    r.col.fromPrevious,
    r.col.conflicts,
  ];
  const rows = report.kind === 'single' ? planRows(report, m) : teamRows(report, m);
  return (options.bom ? BOM : '') + csvRows([header, ...rows], options.separator);
}

function planRows(report: SingleReport, m: Messages): string[][] {
  const p = m.plan;
  const r = m.report;
  return report.actions.map((action, i) => [
    action.themeTitle,
    action.what,
    action.who?.trim() ?? '',
    action.due ?? '',
    p.priority[action.priority] ?? action.priority,
    statusLabel(action, p),
    report.participant,
    '1',
    report.focus.includes(i) ? '1' : '0',
    action.fromPrevious ? r.yes : r.no,
    '',
  ]);
}

function teamRows(report: TeamReport, m: Messages): string[][] {
  const p = m.plan;
  const r = m.report;
  const isoDate = (date: string) => date;
  // Who carried it over: a proposal can be carried over by one participant and new for another.
  const fromPrevious = (names: readonly string[]) => (names.length === 0 ? r.no : r.list(names));
  return report.actions.map((action) => [
    action.themes.map((t) => t.title).join('; '),
    action.what,
    action.who.join('; '),
    action.due ?? '',
    p.priority[action.priority] ?? action.priority,
    // One value per cell, as for the priority: differing statuses are in the last column.
    p.status[action.status] ?? action.status,
    proposers(action).join('; '),
    String(action.proposals.length),
    String(action.focus),
    fromPrevious(action.fromPreviousBy),
    conflictsText(action, m, isoDate),
  ]);
}

import { mkdirSync, statSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { UserError } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { existsSync } from '../files/exists.js';
import { errorCode, failReason, isAbsent } from '../files/fail-reason.js';
import { writeAtomicSync } from '../files/write-atomic.js';
import { defaultCsvSeparator, type CsvSeparator } from '../render/report/csv.js';
import { isReportFormat, reportFormats, type ReportFormat } from '../render/report/index.js';
import type { CommandContext } from './context.js';

/**
 * The shell side of every report-like output (report, history): the format from --format or the
 * extension of --out, the CSV options, and writing to stdout or --out without overwriting.
 */
export interface OutputOptions {
  format?: string;
  out?: string;
  force?: boolean;
  bom?: boolean;
  separator?: string;
}

const formatOfExtension: Record<string, ReportFormat> = { '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.json': 'json', '.csv': 'csv' };

/**
 * --format, else the extension of --out, else Markdown. An --out extension that no format has is
 * refused: `--out verloop.xlsx` wrote Markdown into a "spreadsheet".
 */
export function chooseFormat(options: OutputOptions, m: Messages): ReportFormat {
  if (options.format !== undefined) {
    const format = options.format.trim().toLowerCase();
    if (!isReportFormat(format)) throw new UserError(m.report.unknownFormat(options.format, reportFormats));
    return format;
  }
  const extension = options.out === undefined ? '' : extname(options.out);
  if (extension === '') return 'md';
  const format = formatOfExtension[extension.toLowerCase()];
  if (format === undefined) throw new UserError(m.report.unknownExtension(options.out!, extension, reportFormats));
  return format;
}

/** --separator: `,`, `;` or `tab`, for CSV only; by default the one the report's language expects. */
export function csvSeparator(value: string | undefined, format: ReportFormat, language: string, m: Messages): CsvSeparator {
  if (value === undefined) return defaultCsvSeparator(language);
  if (format !== 'csv') throw new UserError(m.report.separatorCsvOnly);
  const separators: Record<string, CsvSeparator> = { ',': ',', ';': ';', tab: '\t', '\t': '\t' };
  const separator = separators[value.trim().toLowerCase()];
  if (separator === undefined) throw new UserError(m.report.unknownSeparator(value));
  return separator;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch (error) {
    if (isAbsent(error)) return false;
    throw error;
  }
}

/** What is at --out now: a folder is refused, a file only with --force. Unreadable = a reason, never "absent". */
export function checkOut(out: string, force: boolean, m: Messages, shown: (path: string) => string): void {
  let folder: boolean;
  let taken: boolean;
  try {
    folder = isFolder(out);
    taken = !folder && !force && existsSync(out);
  } catch (error) {
    throw new UserError(m.report.cannotWrite(shown(out), failReason(error, m.files)));
  }
  if (folder) throw new UserError(m.report.outIsFolder(shown(out)));
  if (taken) throw new UserError(m.report.outExists(shown(out)));
}

/**
 * The text to stdout, or to --out (checked again: a file may have appeared meanwhile; missing
 * folders are made). Synchronous: the command has nothing else to do meanwhile, and the async file
 * API (node:fs/promises and what it loads) cost every report ~2 ms to load.
 */
export function writeOutput(text: string, out: string | undefined, force: boolean, m: Messages, ctx: CommandContext, shown: (path: string) => string): void {
  if (!out) {
    ctx.stdout.write(text);
    return;
  }
  // Checked again: a file may have appeared while the files were read.
  checkOut(out, force, m, shown);
  try {
    // --out into a folder that does not exist yet: it is made, as reflect --out does.
    mkdirSync(dirname(out), { recursive: true });
  } catch (error) {
    // EEXIST here: a file stands where a folder of the path should be.
    const reason = errorCode(error) === 'EEXIST' ? m.files.reasons.ENOTDIR! : failReason(error, m.files);
    throw new UserError(m.report.cannotWrite(shown(out), reason));
  }
  try {
    writeAtomicSync(out, text);
  } catch (error) {
    throw new UserError(m.report.cannotWrite(shown(out), failReason(error, m.files)));
  }
  ctx.stderr.write(`${m.report.written(shown(out))}\n`);
}

import { mkdir, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { shownPath } from '../files/shown-path.js';
import { parseAnswersFile } from '../answers/parse.js';
import type { CommandContext } from '../cli/context.js';
import { loadQuestionSet } from '../content/load-question-set.js';
import { readSources } from '../content/read-sources.js';
import { ExitCode, UserError } from '../errors.js';
import { loadMessages, type Messages } from '../i18n/messages.js';
import { exists } from '../files/exists.js';
import { errorCode, failReason, isAbsent } from '../files/fail-reason.js';
import { writeAtomic } from '../files/write-atomic.js';
import { buildReport, organisationGroups, repeatedParticipants, reportLanguage, type ReportInput } from '../report/index.js';
import { defaultCsvSeparator, type CsvSeparator } from '../render/report/csv.js';
import { isReportFormat, renderReport, reportFormats, type ReportFormat } from '../render/report/index.js';

export interface ReportOptions {
  format?: string;
  out?: string;
  force?: boolean;
  /** Given once; a list so that a second --compare (or a folder) is an error, not silently ignored. */
  compare?: string[];
  anonymous?: boolean;
  bom?: boolean;
  separator?: string;
  /** The global --lang, when given on the command line (it makes the report's language explicit). */
  lang?: string;
}

const formatOfExtension: Record<string, ReportFormat> = { '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.json': 'json', '.csv': 'csv' };

/** --format, else the extension of --out, else Markdown. */
function chooseFormat(options: ReportOptions, m: Messages): ReportFormat {
  if (options.format !== undefined) {
    const format = options.format.trim().toLowerCase();
    if (!isReportFormat(format)) throw new UserError(m.report.unknownFormat(options.format, reportFormats));
    return format;
  }
  return (options.out && formatOfExtension[extname(options.out).toLowerCase()]) || 'md';
}

/** --separator: `,`, `;` or `tab`, for CSV only; by default the one the report's language expects. */
function csvSeparator(value: string | undefined, format: ReportFormat, language: string, m: Messages): CsvSeparator {
  if (value === undefined) return defaultCsvSeparator(language);
  if (format !== 'csv') throw new UserError(m.report.separatorCsvOnly);
  const separators: Record<string, CsvSeparator> = { ',': ',', ';': ';', tab: '\t', '\t': '\t' };
  const separator = separators[value.trim().toLowerCase()];
  if (separator === undefined) throw new UserError(m.report.unknownSeparator(value));
  return separator;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    if (isAbsent(error)) return false;
    throw error;
  }
}

/** What is at --out now: a folder is refused, a file only with --force. Unreadable = a reason, never "absent". */
async function checkOut(out: string, force: boolean, m: Messages, shown: (path: string) => string): Promise<void> {
  let folder: boolean;
  let taken: boolean;
  try {
    folder = await isFolder(out);
    taken = !folder && !force && (await exists(out));
  } catch (error) {
    throw new UserError(m.report.cannotWrite(shown(out), failReason(error, m.files)));
  }
  if (folder) throw new UserError(m.report.outIsFolder(shown(out)));
  if (taken) throw new UserError(m.report.outExists(shown(out)));
}

/**
 * Every answers file named (a folder: its .yaml files), read and checked. All problems of all files
 * are reported together, each as file:line:col, so one run shows everything to fix.
 */
function readAnswersFiles(paths: readonly string[], ctx: CommandContext, m: Messages = ctx.m): ReportInput[] {
  // The plan or an export lies right beside the answers file; say so rather than show YAML errors.
  const notAnswers = paths.find((path) => /\.(md|markdown|html?|json|csv|txt|pdf|docx?)$/i.test(path));
  if (notAnswers !== undefined) throw new UserError(m.report.notAnAnswersFile(notAnswers));
  const all = paths.flatMap((path) => readSources(path, ctx.cwd, m));
  // The same file twice (team/*.yaml team/an.yaml) is read once: counting it twice would skew the ratings.
  // (A set, not a search per file: a team of hundreds must cost hundreds of steps, not their square.)
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const sources = all.filter((source) => {
    const absolute = resolve(ctx.cwd, source.path);
    if (!seen.has(absolute)) {
      seen.add(absolute);
      return true;
    }
    repeated.add(source.path);
    return false;
  });
  for (const path of repeated) ctx.stderr.write(`${m.cli.warningPrefix} ${m.report.sameFile(path)}\n`);
  const problems: string[] = [];
  const inputs: ReportInput[] = [];
  let invalid = 0;
  for (const source of sources) {
    const parsed = parseAnswersFile(source, m);
    if (parsed.answers) inputs.push({ file: source.path, answers: parsed.answers });
    else {
      invalid++;
      problems.push(...parsed.problems);
    }
  }
  if (invalid) throw new UserError(m.report.invalidFiles(invalid), ExitCode.usage, problems);
  return inputs;
}

/**
 * `resokit report <answers...>`: reads the files, builds the report (src/report), renders it
 * (src/render/report) and writes it to stdout or --out. Everything between reading and writing is
 * pure.
 */
export async function runReport(paths: readonly string[], options: ReportOptions, ctx: CommandContext): Promise<void> {
  const shown = (path: string) => shownPath(ctx.cwd, path);
  // The files are read first: their language is the language of the whole run, flag errors included.
  const inputs = readAnswersFiles(paths, ctx);
  const explicit = options.lang !== undefined || Boolean(ctx.env.RESOKIT_LANG);
  const language = reportLanguage(
    inputs.map((input) => input.answers.questionSet.language),
    ctx.language,
    explicit,
  );
  const m = language === ctx.language ? ctx.m : await loadMessages(language);
  ctx.useMessages(m);

  const format = chooseFormat(options, m);
  if (options.bom && format !== 'csv') throw new UserError(m.report.bomCsvOnly);
  const separator = csvSeparator(options.separator, format, language, m);
  const out = options.out !== undefined ? resolve(ctx.cwd, options.out) : undefined;
  if (out) await checkOut(out, options.force === true, m, shown);

  const earlierFiles = options.compare ? readAnswersFiles(options.compare, ctx, m) : [];
  if (earlierFiles.length > 1) throw new UserError(m.report.oneEarlierFile(earlierFiles.map((f) => f.file).join(', ')));
  const earlier = earlierFiles[0];
  for (const { name, files } of repeatedParticipants(inputs)) ctx.stderr.write(`${m.cli.warningPrefix} ${m.report.sameParticipant(name, files)}\n`);
  const organisations = organisationGroups(inputs);
  if (organisations.length > 1) {
    const each = organisations.map((o) => m.report.organisationOf(o.name, o.files.map((i) => inputs[i]!.file)));
    ctx.stderr.write(`${m.cli.warningPrefix} ${m.report.severalOrganisations(each)}\n`);
  }

  const loaded = await loadQuestionSet({ language, questions: ctx.questions, m, cwd: ctx.cwd });
  // Files of another question set (not resokit's, not extended by --questions) get no resources from it.
  const set = inputs.some((input) => input.answers.questionSet.id === loaded.id) ? loaded : undefined;

  const anonymous = options.anonymous === true;
  const report = buildReport(inputs, {
    set,
    naming: { anonymous, numbered: m.report.numbered, repeated: m.report.repeated },
    ...(earlier
      ? { earlier: { answers: earlier.answers, ...(anonymous ? {} : { participant: earlier.answers.participant, file: earlier.file }) } }
      : {}),
  });
  const text = renderReport({
    report,
    set,
    m,
    language,
    format,
    bom: options.bom === true,
    separator,
  });

  if (!out) {
    ctx.stdout.write(text);
    return;
  }
  // Checked again: a file may have appeared while the files were read.
  await checkOut(out, options.force === true, m, shown);
  try {
    // --out into a folder that does not exist yet: it is made, as reflect --out does.
    await mkdir(dirname(out), { recursive: true });
  } catch (error) {
    // EEXIST here: a file stands where a folder of the path should be.
    const reason = errorCode(error) === 'EEXIST' ? m.files.reasons.ENOTDIR! : failReason(error, m.files);
    throw new UserError(m.report.cannotWrite(shown(out), reason));
  }
  try {
    await writeAtomic(out, text);
  } catch (error) {
    throw new UserError(m.report.cannotWrite(shown(out), failReason(error, m.files)));
  }
  ctx.stderr.write(`${m.report.written(shown(out))}\n`);
}

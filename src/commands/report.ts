import { resolve } from 'node:path';
import { existsSync } from '../files/exists.js';
import { shownPath } from '../files/shown-path.js';
import { storedPathTarget } from '../files/stored-path.js';
import { mapPreviousFile } from '../answers/edit.js';
import type { CommandContext } from '../cli/context.js';
import { alsoCompared, readCompareValues, spilledFiles } from '../cli/compare-values.js';
import { readAnswersFiles } from '../cli/read-answers.js';
import { checkOut, chooseFormat, csvSeparator, writeOutput } from '../cli/report-output.js';
import { loadQuestionSet } from '../content/load-question-set.js';
import { UserError } from '../errors.js';
import { loadMessages } from '../i18n/messages.js';
import { buildReport, organisationGroups, repeatedParticipants, reportLanguage } from '../report/index.js';
import { renderReport } from '../render/report/index.js';

export interface ReportOptions {
  format?: string;
  out?: string;
  force?: boolean;
  /** Each a file, a folder or a quoted glob: one earlier file, or an earlier team. */
  compare?: string[];
  anonymous?: boolean;
  bom?: boolean;
  separator?: string;
  /** The global --lang, when given on the command line (it makes the report's language explicit). */
  lang?: string;
}

/**
 * `resokit report <answers...>`: reads the files, builds the report (src/report), renders it
 * (src/render/report) and writes it to stdout or --out. Everything between reading and writing is
 * pure.
 */
export async function runReport(paths: readonly string[], options: ReportOptions, ctx: CommandContext): Promise<void> {
  const shown = (path: string) => shownPath(ctx.cwd, path);
  // The files are read first: their language is the language of the whole run, flag errors included.
  // The earlier file of a follow-up is stored relative to its answers file: shown as from here, as every path.
  const inputs = readAnswersFiles(paths, ctx).map((input) => ({
    ...input,
    answers: mapPreviousFile(input.answers, (p) => shown(storedPathTarget(p, resolve(ctx.cwd, input.file), ctx.cwd, existsSync))),
  }));
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
  if (out) checkOut(out, options.force === true, m, shown);

  const compared = options.compare ? readCompareValues(options.compare, ctx, m) : [];
  const spilled = spilledFiles(inputs, compared, ctx.cwd);
  if (spilled) throw new UserError(spilled.same ? m.history.sameAsToday(spilled.folder) : m.history.spilledGlob(spilled.files, spilled.folder));
  const earlierFiles = compared.flatMap((value) => value.inputs);
  for (const same of alsoCompared(inputs, earlierFiles)) ctx.stderr.write(`${m.cli.warningPrefix} ${m.report.alsoCompared(same.file, same.earlier)}\n`);
  // One earlier file is compared as it always was; several are the earlier team.
  const earlier = earlierFiles.length === 1 ? earlierFiles[0] : undefined;
  const earlierTeam = earlierFiles.length > 1 ? earlierFiles : undefined;
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
    ...(earlierTeam ? { earlierTeam } : {}),
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

  writeOutput(text, out, options.force === true, m, ctx, shown);
}

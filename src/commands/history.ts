import { resolve } from 'node:path';
import { parseAnswersSource } from '../answers/parse-source.js';
import type { CommandContext } from '../cli/context.js';
import { checkOut, chooseFormat, csvSeparator, writeOutput, type OutputOptions } from '../cli/report-output.js';
import { loadQuestionSet } from '../content/load-question-set.js';
import { ExitCode, UserError } from '../errors.js';
import { readRound, roundSources } from '../files/read-rounds.js';
import { shownPath } from '../files/shown-path.js';
import { buildHistory, roundLabels, roundProblems, type RoundInput, type RoundProblem } from '../history/index.js';
import { loadMessages, type Messages } from '../i18n/messages.js';
import { organisationGroups, repeatedParticipants, reportLanguage, type ReportInput } from '../report/index.js';
import { renderHistory } from '../render/history/index.js';

export interface HistoryCommandOptions extends OutputOptions {
  anonymous?: boolean;
  /** The global --lang, when given on the command line. */
  lang?: string;
}

function problemText(problem: RoundProblem, m: Messages): string {
  if (problem.kind === 'same-round') return m.history.sameRound([...new Set(problem.rounds)], problem.rounds.length);
  return problem.kind === 'same-file' ? m.history.sameFile(problem.file, problem.rounds) : m.history.sameDate(problem.date, problem.rounds);
}

/**
 * Every round read and checked: a problem anywhere (a single file, an empty round, a folder without
 * answers files, an invalid file at file:line:col, one file in two rounds, two rounds on one day)
 * is collected, and all of them are reported together with exit 2.
 */
function readRounds(sources: readonly string[], ctx: CommandContext): RoundInput[] {
  const m = ctx.m;
  const read = sources.map((source) => readRound(source, ctx.cwd, m));
  for (const round of read) {
    if (round.subfolders) ctx.stderr.write(`${m.cli.warningPrefix} ${m.history.subfoldersSkipped(round.source, round.subfolders)}\n`);
  }
  const labels = roundLabels(read);
  const problems: string[] = [];
  const rounds = read.map((round, i): RoundInput => {
    problems.push(...round.problems);
    const files: ReportInput[] = [];
    const absolute: string[] = [];
    for (const source of round.files) {
      const parsed = parseAnswersSource(source, m);
      if (parsed.answers) {
        files.push({ file: source.path, answers: parsed.answers });
        absolute.push(resolve(source.absolute));
      } else problems.push(...parsed.problems);
    }
    return { label: labels[i]!, source: round.source, files, absolute };
  });
  // Dates and duplicates are only worth checking once every round could be read.
  if (problems.length === 0) problems.push(...roundProblems(rounds).map((problem) => problemText(problem, m)));
  if (problems.length) throw new UserError(m.history.badRounds(problems.length), ExitCode.usage, problems);
  return rounds;
}

/**
 * What report warns about a team, per round: the same participant in two files, files of more than
 * one organisation. Each names its round; the history is made all the same.
 */
function roundWarnings(rounds: readonly RoundInput[], m: Messages): string[] {
  return rounds.flatMap((round) => {
    const warnings = repeatedParticipants(round.files).map(({ name, files }) => m.report.sameParticipant(name, files));
    const organisations = organisationGroups(round.files);
    if (organisations.length > 1) {
      warnings.push(m.history.severalOrganisations(organisations.map((o) => m.report.organisationOf(o.name, o.files.map((i) => round.files[i]!.file)))));
    }
    return warnings.map((warning) => `${m.plan.label(round.source)} ${warning}`);
  });
}

/**
 * `resokit history <round> <round> ...`: reads every round, builds the history (src/history),
 * renders it (src/render/history) and writes it to stdout or --out, as `report` does.
 */
export async function runHistory(args: readonly string[], options: HistoryCommandOptions, ctx: CommandContext): Promise<void> {
  const sources = roundSources(args, ctx.cwd);
  if (sources.length < 2) throw new UserError(ctx.m.history.tooFewRounds);
  const shown = (path: string) => shownPath(ctx.cwd, path);
  const rounds = readRounds(sources, ctx);
  const files = rounds.flatMap((round) => round.files);
  const explicit = options.lang !== undefined || Boolean(ctx.env.RESOKIT_LANG);
  const language = reportLanguage(files.map((input) => input.answers.questionSet.language), ctx.language, explicit);
  const m = language === ctx.language ? ctx.m : await loadMessages(language);
  ctx.useMessages(m);
  for (const warning of roundWarnings(rounds, m)) ctx.stderr.write(`${m.cli.warningPrefix} ${warning}\n`);

  const format = chooseFormat(options, m);
  if (options.bom && format !== 'csv') throw new UserError(m.report.bomCsvOnly);
  const separator = csvSeparator(options.separator, format, language, m);
  const out = options.out !== undefined ? resolve(ctx.cwd, options.out) : undefined;
  if (out) checkOut(out, options.force === true, m, shown);

  const loaded = await loadQuestionSet({ language, questions: ctx.questions, m, cwd: ctx.cwd });
  const set = files.some((input) => input.answers.questionSet.id === loaded.id) ? loaded : undefined;
  const anonymous = options.anonymous === true;
  const history = buildHistory(rounds, { set, naming: { anonymous, numbered: m.report.numbered, repeated: m.report.repeated } });
  const text = renderHistory({ history, set, m, language, format, bom: options.bom === true, separator });
  writeOutput(text, out, options.force === true, m, ctx, shown);
}

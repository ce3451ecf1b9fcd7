import { parseAnswersSource } from '../answers/parse-source.js';
import { readSources } from '../content/read-sources.js';
import { ExitCode, UserError } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import type { ReportInput } from '../report/index.js';
import type { CommandContext } from './context.js';

/**
 * Every answers file named (a folder: its .yaml files), read and checked. All problems of all files
 * are reported together, each as file:line:col, so one run shows everything to fix.
 */
export function readAnswersFiles(paths: readonly string[], ctx: CommandContext, m: Messages = ctx.m): ReportInput[] {
  // The plan or an export lies right beside the answers file; say so rather than show YAML errors.
  const notAnswers = paths.find((path) => /\.(md|markdown|html?|json|csv|txt|pdf|docx?)$/i.test(path));
  if (notAnswers !== undefined) throw new UserError(m.report.notAnAnswersFile(notAnswers));
  const all = paths.flatMap((path) => readSources(path, ctx.cwd, m));
  // The same file twice (team/*.yaml team/an.yaml) is read once: counting it twice would skew the ratings.
  // (A set, not a search per file: a team of hundreds must cost hundreds of steps, not their square.)
  const seen = new Set<string>();
  const repeated = new Set<string>();
  // By the path as shown: readSources derives it from the absolute path, one for one.
  const sources = all.filter((source) => {
    if (!seen.has(source.path)) {
      seen.add(source.path);
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
    const parsed = parseAnswersSource(source, m);
    if (parsed.answers) inputs.push({ file: source.path, answers: parsed.answers });
    else {
      invalid++;
      problems.push(...parsed.problems);
    }
  }
  if (invalid) throw new UserError(m.report.invalidFiles(invalid), ExitCode.usage, problems);
  return inputs;
}


import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isAnswersFile, parseAnswersFile } from '../answers/parse.js';
import type { CommandContext } from '../cli/context.js';
import { ExitCode, UserError } from '../errors.js';
import { checkSetSources, checkThemeSources, isSetFile } from '../content/check-sources.js';
import { pageLine } from '../content/file-kind.js';
import { loadQuestionSet } from '../content/load-question-set.js';
import { readSources } from '../content/read-sources.js';
import { formatProblem, type SourceFile } from '../content/types.js';
import { packageRoot } from '../paths.js';

/** The built-in set's YAML sources (not the JSON built from them): what a content editor changes. */
function builtinSources(ctx: CommandContext): SourceFile[] {
  const folder = join(packageRoot(), 'questions', ctx.language);
  if (!existsSync(join(folder, 'set.yaml'))) throw new UserError(ctx.m.content.builtinMissing(ctx.language));
  return readSources(folder, ctx.cwd, ctx.m);
}

/**
 * `resokit validate [path...]`: every problem as `file:line:col: message` on stdout, then a summary.
 * A folder with a set.yaml is a whole question set; theme files without one are checked on top of
 * the built-in set (and the --questions themes, when a path is given too), as `--questions` would load them.
 * Several paths (`mijn-themas/*.yaml`) are checked together, as one folder would be.
 */
export async function runValidate(paths: readonly string[], ctx: CommandContext): Promise<void> {
  const { m } = ctx;
  const targets = paths.length > 0 ? paths : ctx.questions !== undefined ? [ctx.questions] : [];
  const all = targets.length === 0 ? builtinSources(ctx) : targets.flatMap((target) => readSources(target, ctx.cwd, m));
  // A file named twice (mijn-themas/*.yaml mijn-themas/a.yaml) is one file, not a duplicate theme.
  const named = all.filter((source, i) => all.findIndex((other) => other.path === source.path) === i);
  // The form's page (or another web page) is said to be one, in a line, instead of its YAML errors.
  const pageLines = named.map((source) => pageLine(source, m));
  const pages = pageLines.filter((line) => line !== undefined);
  const unique = named.filter((_, i) => pageLines[i] === undefined);
  // Answers files are checked as answers files: read as theme files they gave a page of unknown keys.
  const isAnswers = unique.map(isAnswersFile);
  const answers = unique.filter((_, i) => isAnswers[i]);
  const sources = unique.filter((_, i) => !isAnswers[i]);
  const answerProblems = answers.map((source) => parseAnswersFile(source, m).problems);
  const checked =
    sources.length === 0
      ? { problems: [], themes: [] }
      : sources.some((source) => isSetFile(source.path))
        ? checkSetSources(sources, m)
        : checkThemeSources(
            sources,
            await loadQuestionSet({ language: ctx.language, questions: paths.length === 0 ? undefined : ctx.questions, m, cwd: ctx.cwd }),
            m,
          );
  const problems = [...pages, ...answerProblems.flat(), ...checked.problems.map(formatProblem)];
  if (problems.length > 0) {
    ctx.stdout.write(problems.map((problem) => `${problem}\n`).join(''));
    const files = pages.length + answerProblems.filter((list) => list.length > 0).length + new Set(checked.problems.map((problem) => problem.file)).size;
    throw new UserError(m.content.validateFailed(problems.length, files), ExitCode.problemsFound);
  }
  if (answers.length > 0) ctx.stdout.write(`${m.content.validateAnswersOk(answers.length)}\n`);
  if (sources.length === 0) return;
  const questions = checked.themes.reduce((sum, theme) => sum + theme.questions.length, 0);
  ctx.stdout.write(`${m.content.validateOk(checked.themes.length, questions, sources.length)}\n`);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import type { Language } from '../i18n/language.js';
import type { Messages } from '../i18n/messages.js';
import { packageRoot } from '../paths.js';
import { formatProblem, type QuestionSet } from './types.js';

/**
 * The built-in set, as checked and written by the build (dist/builtin-<language>.json): plain
 * JSON.parse, no YAML parser and no schema validator on the path every command takes.
 */
export function loadBuiltinSet(language: Language, m: Messages): QuestionSet {
  let json: string;
  try {
    json = readFileSync(join(packageRoot(), 'dist', `builtin-${language}.json`), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError(m.content.builtinMissing(language));
    throw error;
  }
  return JSON.parse(json) as QuestionSet;
}

/**
 * The question set a command works with: the built-in one, plus the themes at `questions`
 * (--questions) if given. Any problem in those files → UserError (exit 2) listing every problem.
 */
export async function loadQuestionSet(options: {
  language: Language;
  questions: string | undefined;
  m: Messages;
  cwd: string;
}): Promise<QuestionSet> {
  const { language, questions, m, cwd } = options;
  const builtin = loadBuiltinSet(language, m);
  if (questions === undefined) return builtin;
  // Loaded only here: the YAML parser and the validators cost start-up time other runs need not pay.
  const [{ readSources }, { checkThemeSources }] = await Promise.all([
    import('./read-sources.js'),
    import('./check-sources.js'),
  ]);
  const sources = readSources(questions, cwd, m);
  const checked = checkThemeSources(sources, builtin, m);
  if (checked.set !== undefined) return checked.set;
  // An answers file among the themes (a team's folder as --questions) is said to be one, in a line,
  // instead of its errors as a theme file; asked only now, so that a good set loads no answers parser.
  const { isAnswersFile } = await import('../answers/parse.js');
  const answers = new Set(sources.filter(isAnswersFile).map((source) => source.path));
  const problems = [
    ...[...answers].map((file) => m.content.answersNotThemes(file)),
    ...checked.problems.filter((problem) => !answers.has(problem.file)).map(formatProblem),
  ];
  throw new UserError(m.content.problemsFound(problems.length), ExitCode.usage, problems);
}

import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isUserError } from '../errors.js';
import { toPosixPath } from '../files/posix-path.js';
import { nl } from '../i18n/nl/index.js';
import { checkSetSources } from './check-sources.js';
import { readSources } from './read-sources.js';
import { formatProblem } from './types.js';

/**
 * Called by scripts/build.mjs: loads every language folder of questions/ (set.yaml and theme files)
 * exactly as a user's folder is loaded, and writes each valid set to dist/builtin-<lang>.json, so
 * that commands only JSON.parse it. Returns the problems, formatted (empty: all sets are valid).
 * Theme files are named relative to `root` (questions/nl/werking.yaml) in the JSON and in messages,
 * with forward slashes on every OS so that a build on Windows gives the same data.
 */
export function buildBuiltinSets(root: string, dist: string): string[] {
  const questions = join(root, 'questions');
  const languages = readdirSync(questions, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(questions, entry.name, 'set.yaml')))
    .map((entry) => entry.name)
    .sort();
  const problems: string[] = [];
  for (const language of languages) {
    try {
      const checked = checkSetSources(readSources(join(questions, language), root, nl), nl);
      problems.push(...checked.problems.map(formatProblem));
      if (checked.set === undefined) continue;
      if (checked.set.language !== language) {
        problems.push(`questions/${language}/set.yaml: ${nl.content.languageMismatch(checked.set.language, language)}`);
        continue;
      }
      const themes = checked.set.themes.map((theme) => ({ ...theme, file: toPosixPath(theme.file) }));
      writeFileSync(join(dist, `builtin-${language}.json`), JSON.stringify({ ...checked.set, themes }));
    } catch (error) {
      if (!isUserError(error)) throw error;
      problems.push(error.message);
    }
  }
  return problems;
}

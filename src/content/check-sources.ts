import { basename } from 'node:path';
import type { Messages } from '../i18n/messages.js';
import { assembleQuestionSet, crossProblems, extendQuestionSet, type AssembledSet } from './assemble.js';
import { problemAt, sortProblems, startOfFile } from './problems.js';
import { parseSetFile } from './set-file.js';
import { parseThemeFile } from './theme-file.js';
import type { QuestionSet, SourceFile, Theme } from './types.js';

export interface CheckedSources extends AssembledSet {
  /** The themes of the files checked (not those of the built-in set they extend). */
  themes: Theme[];
}

/** `set.yaml` describes the question set; every other file in a folder holds themes. */
export function isSetFile(path: string): boolean {
  return /^set\.ya?ml$/i.test(basename(path));
}

/** A whole question set: exactly one set file and its theme files (sorted by name). Pure. */
export function checkSetSources(sources: readonly SourceFile[], m: Messages): CheckedSources {
  const [setFile, ...otherSetFiles] = sources.filter((source) => isSetFile(source.path));
  if (setFile === undefined) throw new Error('checkSetSources: no set file among the sources');
  const files = sources.filter((source) => !isSetFile(source.path)).map((source) => parseThemeFile(source, m));
  const themes = files.flatMap((file) => file.themes);
  const extra = otherSetFiles.map((source) => problemAt(source.path, startOfFile, m.content.secondSetFile(setFile.path)));
  const parsed = parseSetFile(setFile, m);
  if (parsed.set === undefined) {
    const across = crossProblems(parsed.groupIds, [], files, m);
    return { themes, problems: sortProblems([...parsed.problems, ...extra, ...files.flatMap((file) => file.problems), ...across]) };
  }
  const assembled = assembleQuestionSet(parsed.set, files, m);
  if (extra.length === 0) return { ...assembled, themes };
  return { themes, problems: sortProblems([...assembled.problems, ...extra]) };
}

/** Theme files (sorted by name) on top of the built-in set, as `--questions` loads them. Pure. */
export function checkThemeSources(sources: readonly SourceFile[], base: QuestionSet, m: Messages): CheckedSources {
  // --questions adds themes; a set file there would silently be ignored, so it is refused.
  const setFiles = sources.filter((source) => isSetFile(source.path));
  const files = sources.filter((source) => !isSetFile(source.path)).map((source) => parseThemeFile(source, m));
  const themes = files.flatMap((file) => file.themes);
  const assembled = extendQuestionSet(base, files, m);
  if (setFiles.length === 0) return { ...assembled, themes };
  const refused = setFiles.map((source) => problemAt(source.path, startOfFile, m.content.setFileInQuestions));
  return { themes, problems: sortProblems([...assembled.problems, ...refused]) };
}

import type { Messages } from '../i18n/messages.js';
import { closest } from '../text/closest.js';
import { problemAt, sortProblems, type Position } from './problems.js';
import type { SetHeader } from './set-file.js';
import type { ThemeFileResult, ThemeIds } from './theme-file.js';
import type { Problem, QuestionSet, Theme } from './types.js';

export interface AssembledSet {
  /** Only when there is no problem at all: a question set is handed out valid or not at all. */
  set?: QuestionSet;
  /** The problems of every file and of the checks across them, sorted. */
  problems: Problem[];
}

/** Where a theme id was first seen: a built-in theme has a file but no position. */
interface Seen {
  file: string;
  /** Read only when the id turns out to repeat (positions are looked up lazily). */
  where?: { readonly id: Position };
}

function checkQuestionIds(file: string, theme: ThemeIds, m: Messages): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  theme.questionIds.forEach((id, index) => {
    if (id === undefined) return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else {
      const line = theme.at.questionIds[earlier]!.line;
      problems.push(problemAt(file, theme.at.questionIds[index]!, m.content.duplicateQuestionId(id, line)));
    }
  });
  return problems;
}

function duplicateMessage(id: string, first: Seen, file: string, m: Messages): string {
  if (first.where === undefined) return m.content.builtinThemeId(id, first.file);
  const at = first.where.id;
  const where = first.file === file ? m.content.atLine(at.line) : `${first.file}:${at.line}:${at.col}`;
  return m.content.duplicateThemeId(id, where);
}

/**
 * The checks across themes and files: repeated theme ids, repeated question ids within a theme,
 * unknown groups. They look at every theme, also one with problems of its own, so that one run
 * shows everything. `groupIds` is undefined when the set file is too broken to know its groups.
 */
export function crossProblems(
  groupIds: readonly string[] | undefined,
  builtin: readonly Theme[],
  files: readonly ThemeFileResult[],
  m: Messages,
): Problem[] {
  const seen = new Map<string, Seen>(builtin.map((theme) => [theme.id, { file: theme.file }]));
  const problems: Problem[] = [];
  for (const file of files) {
    for (const theme of file.ids) {
      if (theme.id !== undefined) {
        const first = seen.get(theme.id);
        if (first !== undefined) problems.push(problemAt(file.file, theme.at.id, duplicateMessage(theme.id, first, file.file, m)));
        else seen.set(theme.id, { file: file.file, where: theme.at });
      }
      if (groupIds !== undefined && theme.group !== undefined && !groupIds.includes(theme.group)) {
        const suggestion = closest(theme.group, groupIds);
        const message = m.content.unknownGroup(theme.group, groupIds);
        problems.push(problemAt(file.file, theme.at.group, suggestion ? m.content.clauses(message, m.content.didYouMean(suggestion)) : message));
      }
      problems.push(...checkQuestionIds(file.file, theme, m));
    }
  }
  return problems;
}

function assemble(header: SetHeader, builtin: readonly Theme[], files: readonly ThemeFileResult[], m: Messages): AssembledSet {
  const groupIds = header.groups.map((group) => group.id);
  const problems = [...files.flatMap((file) => file.problems), ...crossProblems(groupIds, builtin, files, m)];
  if (problems.length > 0) return { problems: sortProblems(problems) };
  // Group order of the set; within a group, built-in themes, then files in the order given, then file order.
  const added = files.flatMap((file) => file.themes);
  const themes = [...builtin, ...added].sort((a, b) => groupIds.indexOf(a.group) - groupIds.indexOf(b.group));
  return { set: { ...header, themes }, problems: [] };
}

/** A question set from its set file and theme files (pass the files sorted by name). Pure. */
export function assembleQuestionSet(header: SetHeader, files: readonly ThemeFileResult[], m: Messages): AssembledSet {
  return assemble(header, [], files, m);
}

/** `base` (the built-in set) with the themes of `files` added: an id may not repeat a built-in one. Pure. */
export function extendQuestionSet(base: QuestionSet, files: readonly ThemeFileResult[], m: Messages): AssembledSet {
  const { themes, ...header } = base;
  return assemble(header, themes, files, m);
}

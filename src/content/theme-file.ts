import type { Messages } from '../i18n/messages.js';
import themeFileSchema from '../../schemas/theme-file.schema.json' with { type: 'json' };
import { checkedDocument } from './checked-document.js';
import { problemAt, sortProblems, type Position } from './problems.js';
import type { Problem, SourceFile, Theme } from './types.js';
import type { YamlSource } from './yaml-document.js';
import { valuePosition } from './yaml-locate.js';

/** Where a theme's ids and group are written, for the checks across themes and files. */
export interface ThemeLocation {
  id: Position;
  group: Position;
  questionIds: Position[];
}

/**
 * The ids and group of one theme as far as they are valid, also of a theme with problems of its own:
 * a duplicate id or an unknown group is reported in the same run as a missing title.
 */
export interface ThemeIds {
  /** Absent when missing or itself invalid (that is already a problem of its own). */
  id?: string;
  group?: string;
  /** Per question, its id when valid. */
  questionIds: (string | undefined)[];
  /** Where they are written. */
  at: ThemeLocation;
}

export interface ThemeFileResult {
  file: string;
  /** The themes without a problem of their own: what a valid set is made of. */
  themes: Theme[];
  /** Every theme of the file, valid or not, for the checks across themes and files. */
  ids: ThemeIds[];
  problems: Problem[];
}

/** Positions are looked up only when a check across files needs one: most files never do. */
function lazyLocation(source: YamlSource, index: number, questions: number): ThemeLocation {
  let found: ThemeLocation | undefined;
  const get = (): ThemeLocation =>
    (found ??= {
      id: valuePosition(source, ['themes', String(index), 'id']),
      group: valuePosition(source, ['themes', String(index), 'group']),
      questionIds: Array.from({ length: questions }, (_, q) => valuePosition(source, ['themes', String(index), 'questions', String(q), 'id'])),
    });
  return {
    get id() {
      return get().id;
    },
    get group() {
      return get().group;
    },
    get questionIds() {
      return get().questionIds;
    },
  };
}

/** Reads one theme file: every problem in it, and its valid themes. Pure: no file system. */
export function parseThemeFile(file: SourceFile, m: Messages): ThemeFileResult {
  const checked = checkedDocument(
    file,
    { validator: 'themeFile', schema: themeFileSchema, expected: m.content.expectedRoot.themeFile },
    m,
  );
  const result: ThemeFileResult = { file: file.path, themes: [], ids: [], problems: sortProblems(checked.problems) };
  const raw = checked.source?.data.themes;
  if (checked.source === undefined || !Array.isArray(raw)) return result;
  const source = checked.source;
  const invalid = (path: string) => checked.invalidPaths.some((bad) => bad === path || bad.startsWith(`${path}/`));
  /** A string at `path` that the schema did not complain about. */
  const valid = (value: unknown, path: string) => (typeof value === 'string' && !invalid(path) ? value : undefined);
  raw.forEach((item: unknown, index) => {
    const at = `/themes/${index}`;
    const theme = (item !== null && typeof item === 'object' ? item : {}) as Partial<Omit<Theme, 'file'>>;
    const questions: unknown[] = Array.isArray(theme.questions) ? theme.questions : [];
    const id = valid(theme.id, `${at}/id`);
    const group = valid(theme.group, `${at}/group`);
    result.ids.push({
      ...(id === undefined ? {} : { id }),
      ...(group === undefined ? {} : { group }),
      questionIds: questions.map((question, q) => valid((question as { id?: unknown } | null)?.id, `${at}/questions/${q}/id`)),
      at: lazyLocation(source, index, questions.length),
    });
    // `continues` needs a question before it; the schema cannot say which item is the first.
    if ((questions[0] as { continues?: unknown } | undefined)?.continues === true) {
      result.problems.push(problemAt(file.path, valuePosition(source, ['themes', String(index), 'questions', '0', 'continues']), m.content.firstQuestionContinues));
      return;
    }
    if (!invalid(at)) result.themes.push({ ...(theme as Omit<Theme, 'file'>), file: file.path });
  });
  result.problems = sortProblems(result.problems);
  return result;
}

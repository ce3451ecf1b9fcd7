import type { Messages } from '../i18n/messages.js';
import themeFileSchema from '../../schemas/theme-file.schema.json' with { type: 'json' };
import { checkedDocument } from './checked-document.js';
import { sortProblems, type Position } from './problems.js';
import type { Problem, SourceFile, Theme } from './types.js';
import type { YamlSource } from './yaml-document.js';
import { valuePosition } from './yaml-locate.js';

/** Where a theme's ids and group are written, for the checks across themes and files. */
export interface ThemeLocation {
  id: Position;
  group: Position;
  questionIds: Position[];
}

export interface ThemeFileResult {
  file: string;
  /** The themes without a problem of their own (so that checks across files still see them). */
  themes: Theme[];
  /** `locations[i]` is where `themes[i]` is written. */
  locations: ThemeLocation[];
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
  const result: ThemeFileResult = { file: file.path, themes: [], locations: [], problems: sortProblems(checked.problems) };
  const raw = checked.source?.data.themes;
  if (checked.source === undefined || !Array.isArray(raw)) return result;
  const source = checked.source;
  raw.forEach((item: Omit<Theme, 'file'>, index) => {
    const at = `/themes/${index}`;
    if (checked.invalidPaths.some((path) => path === at || path.startsWith(`${at}/`))) return;
    result.themes.push({ ...item, file: file.path });
    result.locations.push(lazyLocation(source, index, item.questions.length));
  });
  return result;
}

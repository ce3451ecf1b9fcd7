import { UserError } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { closest } from '../text/closest.js';
import type { Group, QuestionSet, Theme } from './types.js';

function unknown(message: string, candidates: readonly string[], input: string, listTitle: string, m: Messages): UserError {
  const suggestion = closest(input, candidates);
  return new UserError(
    [message, suggestion ? m.cli.didYouMean(suggestion) : undefined].filter(Boolean).join(' '),
    2,
    [listTitle, ...candidates.map((id) => `  ${id}`)],
  );
}

export function findGroup(set: QuestionSet, id: string, m: Messages): Group {
  // By id, or by its title in the set's language: `--group policy` works with the English set.
  const wanted = id.trim().toLowerCase();
  const group = set.groups.find((g) => g.id === wanted || g.title.toLowerCase() === wanted);
  if (group) return group;
  const ids = set.groups.map((g) => g.id);
  const suggestion = closest(id, ids);
  throw new UserError(
    [m.browse.unknownGroup(id, ids.join(', ')), suggestion ? m.cli.didYouMean(suggestion) : undefined].filter(Boolean).join(' '),
  );
}

/** A theme by id; an unknown id is a user error listing every id and suggesting the closest. */
export function findTheme(set: QuestionSet, id: string, m: Messages): Theme {
  const theme = set.themes.find((t) => t.id === id.trim().toLowerCase());
  if (theme) return theme;
  throw unknown(m.browse.unknownTheme(id), set.themes.map((t) => t.id), id, m.browse.knownThemes, m);
}

/** `--theme a,b --theme c`: ids in the order given, duplicates dropped. */
export function findThemes(set: QuestionSet, ids: readonly string[], m: Messages): Theme[] {
  const wanted = ids.flatMap((id) => id.split(',')).map((id) => id.trim()).filter(Boolean);
  const known = set.themes.map((t) => t.id);
  // Every unknown id at once, each with its suggestion: one run shows all there is to fix.
  const missing = wanted.filter((id) => !known.includes(id.toLowerCase()));
  if (missing.length > 1) {
    const said = missing.map((id) => unknown(m.browse.unknownTheme(id), known, id, m.browse.knownThemes, m).message).join(' ');
    throw new UserError(said, 2, [m.browse.knownThemes, ...known.map((id) => `  ${id}`)]);
  }
  return [...new Set(wanted.map((id) => findTheme(set, id, m)))];
}

export function themesOfGroup(set: QuestionSet, groupId: string): Theme[] {
  return set.themes.filter((t) => t.group === groupId);
}

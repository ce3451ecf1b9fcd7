import { UserError } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { closest } from '../text/closest.js';
import type { Group, QuestionSet, Theme } from './types.js';

/** "Onbekend thema 'x'. Bedoel je 'y'?": the message, with the closest id when one is close. */
function unknownText(message: string, candidates: readonly string[], input: string, m: Messages): string {
  const suggestion = closest(input, candidates);
  return [message, suggestion ? m.cli.didYouMean(suggestion) : undefined].filter(Boolean).join(' ');
}

/** The message, then every id there is. */
function unknown(message: string, candidates: readonly string[], listTitle: string): UserError {
  return new UserError(message, 2, [listTitle, ...candidates.map((id) => `  ${id}`)]);
}

export function findGroup(set: QuestionSet, id: string, m: Messages): Group {
  // By id, or by its title in the set's language: `--group policy` works with the English set.
  const wanted = id.trim().toLowerCase();
  const group = set.groups.find((g) => g.id === wanted || g.title.toLowerCase() === wanted);
  if (group) return group;
  const ids = set.groups.map((g) => g.id);
  throw new UserError(unknownText(m.browse.unknownGroup(id, ids.join(', ')), ids, id, m));
}

/** A theme by id; an unknown id is a user error listing every id and suggesting the closest. */
export function findTheme(set: QuestionSet, id: string, m: Messages): Theme {
  const theme = set.themes.find((t) => t.id === id.trim().toLowerCase());
  if (theme) return theme;
  const ids = set.themes.map((t) => t.id);
  throw unknown(unknownText(m.browse.unknownTheme(id), ids, id, m), ids, m.browse.knownThemes);
}

/** `--theme a,b --theme c`: ids in the order given, duplicates dropped. */
export function findThemes(set: QuestionSet, ids: readonly string[], m: Messages): Theme[] {
  const wanted = ids.flatMap((id) => id.split(',')).map((id) => id.trim()).filter(Boolean);
  const known = set.themes.map((t) => t.id);
  // Every unknown id at once, each with its suggestion: one run shows all there is to fix.
  const missing = wanted.filter((id) => !known.includes(id.toLowerCase()));
  if (missing.length > 1) {
    throw unknown(missing.map((id) => unknownText(m.browse.unknownTheme(id), known, id, m)).join(' '), known, m.browse.knownThemes);
  }
  return [...new Set(wanted.map((id) => findTheme(set, id, m)))];
}

export function themesOfGroup(set: QuestionSet, groupId: string): Theme[] {
  return set.themes.filter((t) => t.group === groupId);
}

// The texts of a question set folder as a flat list of items with stable ids, so that the same item
// can be found in every language: set/introduction, set/groups/beleid/description, set/sources/3,
// <theme>/title, <theme>/<question>, <theme>/<question>/examples/1, <theme>/notes/1 (/title, /source),
// <theme>/resources/1. Reads the YAML directly, not through project code.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { QuestionSet as LoadedQuestionSet, Note, Resource, Theme as LoadedTheme } from '../../src/content/types.js';

type Theme = Omit<LoadedTheme, 'file'>;
type QuestionSet = Omit<LoadedQuestionSet, 'themes'>;

export interface Item {
  id: string;
  text: string;
}

export const THEME_FILES = ['beleid.yaml', 'werking.yaml'] as const;

const notes = (prefix: string, list: Note[] | undefined): Item[] =>
  (list ?? []).flatMap((note, i) => {
    const id = `${prefix}/notes/${i + 1}`;
    return [
      ...(note.title ? [{ id: `${id}/title`, text: note.title }] : []),
      { id, text: note.text },
      ...(note.source ? [{ id: `${id}/source`, text: note.source }] : []),
    ];
  });

const resources = (prefix: string, name: string, list: Resource[] | undefined): Item[] =>
  (list ?? []).map((resource, i) => ({ id: `${prefix}/${name}/${i + 1}`, text: resource.title }));

/** Every text of a parsed set file and its themes, in order. */
export function itemsOf(set: QuestionSet, themes: readonly Theme[]): Item[] {
  const setItems: Item[] = [
    { id: 'set/title', text: set.title },
    { id: 'set/introduction', text: set.introduction },
    ...notes('set', set.notes),
    { id: 'set/guidance', text: set.guidance },
    ...set.groups.flatMap((g) => [
      { id: `set/groups/${g.id}/title`, text: g.title },
      ...(g.description ? [{ id: `set/groups/${g.id}/description`, text: g.description }] : []),
    ]),
    ...resources('set', 'sources', set.sources),
    ...(set.citation.intro ? [{ id: 'set/citation/intro', text: set.citation.intro }] : []),
    { id: 'set/citation/text', text: set.citation.text },
    ...(set.closing ? [{ id: 'set/closing', text: set.closing }] : []),
  ];
  const themeItems = themes.flatMap((t) => [
    { id: `${t.id}/title`, text: t.title },
    ...t.questions.flatMap((q) => [
      { id: `${t.id}/${q.id}`, text: q.text },
      ...(q.examples ?? []).map((e, i) => ({ id: `${t.id}/${q.id}/examples/${i + 1}`, text: e })),
    ]),
    ...notes(t.id, t.notes),
    ...resources(t.id, 'resources', t.resources),
  ]);
  return [...setItems, ...themeItems];
}

/** The items of questions/<language>/. */
export function loadItems(language: string): Item[] {
  const dir = new URL(`../../questions/${language}/`, import.meta.url);
  const read = <T>(name: string): T => parse(readFileSync(new URL(name, dir), 'utf8')) as T;
  const themes = THEME_FILES.flatMap((file) => read<{ themes: Theme[] }>(file).themes);
  return itemsOf(read<QuestionSet>('set.yaml'), themes);
}

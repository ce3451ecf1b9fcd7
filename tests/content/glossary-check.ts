// The glossary check (questions/glossary.yaml) as a pure function of the glossary and the items of
// the Dutch set and one translation, so that a test can plant a wrong rendering and see it caught.
import type { Item } from './question-items.js';

export interface GlossaryTerm {
  term: string;
  patterns: string[];
  explanation: string;
  renderings: Record<string, string[]>;
  gloss?: Record<string, string>;
  exceptions?: Array<{ item: string; reason: string }>;
}

export interface Glossary {
  keep: string[];
  terms: GlossaryTerm[];
}

/** Case, typographic apostrophes and no-break spaces do not count when looking for a rendering. */
export const normalise = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ').replace(/’/g, "'").toLowerCase();

export const matchesTerm = (term: GlossaryTerm, text: string): boolean =>
  term.patterns.some((pattern) => new RegExp(pattern, 'iu').test(text));

/** A translated text without the Dutch names and titles it keeps, and without the glosses of the glossary. */
export function withoutKeptDutch(glossary: Glossary, language: string, text: string): string {
  const kept = [...glossary.keep].sort((a, b) => b.length - a.length);
  let rest = text;
  for (const name of kept) rest = rest.split(name).join(' ');
  for (const term of glossary.terms) {
    const gloss = term.gloss?.[language];
    if (gloss) rest = rest.split(`(${gloss})`).join(' ');
  }
  return rest;
}

/**
 * What breaks the glossary in one translation: an item whose Dutch text has a term but whose
 * translation has none of the allowed renderings, and a Dutch term shown otherwise than in its
 * one gloss form. Empty: the translation is faithful to the glossary.
 */
export function glossaryProblems(glossary: Glossary, dutch: readonly Item[], translated: readonly Item[], language: string): string[] {
  const byId = new Map(translated.map((item) => [item.id, item.text]));
  const problems: string[] = [];
  for (const term of glossary.terms) {
    const excepted = new Set((term.exceptions ?? []).map((e) => e.item));
    const renderings = (term.renderings[language] ?? []).map(normalise);
    if (renderings.length === 0) problems.push(`${term.term}: no rendering for ${language}`);
    for (const item of dutch) {
      if (excepted.has(item.id) || !matchesTerm(term, item.text)) continue;
      const text = byId.get(item.id);
      if (text === undefined) problems.push(`${item.id}: missing in ${language}`);
      else if (!renderings.some((r) => normalise(text).includes(r))) {
        problems.push(`${item.id}: "${term.term}" is not rendered as ${term.renderings[language]?.map((r) => `"${r}"`).join(' or ')}`);
      }
    }
    if (term.gloss?.[language]) {
      for (const item of translated) {
        if (excepted.has(item.id)) continue;
        if (matchesTerm(term, withoutKeptDutch(glossary, language, item.text))) {
          problems.push(`${item.id}: "${term.term}" appears otherwise than as its gloss "(${term.gloss[language]})"`);
        }
      }
    }
  }
  return problems;
}

// The terminology glossary (questions/glossary.yaml) holds every translation to the agreed sector
// terms: each item whose Dutch text has a term contains, in each translation, one of that language's
// renderings, and a Dutch term shown beside its rendering has one gloss form everywhere. Also: no
// Dutch is left in a translation outside the names, titles and glosses it keeps.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { glossaryProblems, matchesTerm, withoutKeptDutch, type Glossary } from './glossary-check.js';
import { loadItems, type Item } from './question-items.js';

const glossary = parse(readFileSync(new URL('../../questions/glossary.yaml', import.meta.url), 'utf8')) as Glossary;
const schema = JSON.parse(readFileSync(new URL('../../schemas/glossary.schema.json', import.meta.url), 'utf8')) as object;
const TRANSLATIONS = ['en', 'fr'];
const dutch = loadItems('nl');
const translations = Object.fromEntries(TRANSLATIONS.map((language) => [language, loadItems(language)]));

// ajv-formats is CommonJS; under NodeNext its default export may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/** The items of a translation with one item's text changed, as a careless edit would. */
function planted(language: string, id: string, from: string, to: string): Item[] {
  return translations[language]!.map((item) => {
    if (item.id !== id) return item;
    expect(item.text, `${id} holds "${from}"`).toContain(from);
    return { ...item, text: item.text.replace(from, to) };
  });
}

describe('questions/glossary.yaml', () => {
  it('validates against schemas/glossary.schema.json', () => {
    const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(glossary), JSON.stringify(validate.errors)).toBe(true);
  });

  it('covers the sector terms of the paper tool, each with renderings for every translation', () => {
    const terms = glossary.terms.map((t) => t.term);
    for (const term of ['buurtvervlechting', 'lichte bindingen', 'gradueel aanbod', 'sleutelfiguren', 'politisering', 'weerbaarheid', 'veerkracht', 'laagdrempelig', 'presentie', 'vindplaatsgericht werken', 'sociale kaart', 'VTO', 'vereenzaming', 'outreach', 'aanbod', 'werking']) {
      expect(terms).toContain(term);
    }
    expect(new Set(terms).size).toBe(terms.length);
    for (const term of glossary.terms) expect(Object.keys(term.renderings).sort(), term.term).toEqual(TRANSLATIONS);
  });

  it('every term occurs in the Dutch set, and every exception names an item that has the term', () => {
    const ids = new Set(dutch.map((item) => item.id));
    for (const term of glossary.terms) {
      expect(dutch.some((item) => matchesTerm(term, item.text)), term.term).toBe(true);
      for (const exception of term.exceptions ?? []) {
        expect(ids.has(exception.item), `${term.term}: ${exception.item}`).toBe(true);
        expect(matchesTerm(term, dutch.find((item) => item.id === exception.item)!.text), `${term.term}: ${exception.item}`).toBe(true);
      }
    }
  });

  it('patterns find the term, not words that merely contain it: werking is not samenwerking', () => {
    const werking = glossary.terms.find((t) => t.term === 'werking')!;
    expect(matchesTerm(werking, 'de werking van je organisatie')).toBe(true);
    expect(matchesTerm(werking, 'Werking')).toBe(true);
    expect(matchesTerm(werking, 'de kennis van en samenwerking met formele netwerken')).toBe(false);
  });

  it('the check sees the items (a check over nothing proves nothing)', () => {
    expect(dutch.length).toBeGreaterThan(100);
    const checked = glossary.terms.flatMap((term) => dutch.filter((item) => matchesTerm(term, item.text)));
    expect(checked.length).toBeGreaterThan(100);
  });
});

describe.each(TRANSLATIONS)('questions/%s/ follows the glossary', (language) => {
  it('has the same items as the Dutch set', () => {
    expect(translations[language]!.map((item) => item.id)).toEqual(dutch.map((item) => item.id));
  });

  it('renders every term as agreed and glosses it in one form', () => {
    expect(glossaryProblems(glossary, dutch, translations[language]!, language)).toEqual([]);
  });
});

describe('the glossary check catches drift', () => {
  it('a wrong rendering: "key figures" for sleutelfiguren, "figures clés" in French', () => {
    expect(glossaryProblems(glossary, dutch, planted('en', 'outreach/sleutelfiguren', 'key people', 'key figures'), 'en')).toEqual([
      'outreach/sleutelfiguren: "sleutelfiguren" is not rendered as "key people"',
    ]);
    expect(glossaryProblems(glossary, dutch, planted('fr', 'outreach/sleutelfiguren', 'personnes-relais', 'figures clés'), 'fr')).toEqual([
      'outreach/sleutelfiguren: "sleutelfiguren" is not rendered as "personnes-relais"',
    ]);
  });

  it('weerbaarheid and veerkracht merged into one idea again', () => {
    const merged = planted(
      'en',
      'verwachtingen-weerbaarheid/weerbaarheid-veerkracht',
      'being able to stand up for oneself (weerbaarheid) and resilience (veerkracht)',
      'resilience and the ability to bounce back (weerbaarheid en veerkracht)',
    );
    expect(glossaryProblems(glossary, dutch, merged, 'en')).toEqual([
      'verwachtingen-weerbaarheid/weerbaarheid-veerkracht: "weerbaarheid" is not rendered as "assertiveness" or "stand up for oneself"',
      'verwachtingen-weerbaarheid/weerbaarheid-veerkracht: "weerbaarheid" appears otherwise than as its gloss "(weerbaarheid)"',
      'verwachtingen-weerbaarheid/weerbaarheid-veerkracht: "veerkracht" appears otherwise than as its gloss "(veerkracht)"',
    ]);
  });

  it('"offer" for aanbod in a theme title', () => {
    expect(glossaryProblems(glossary, dutch, planted('en', 'gradueel-aanbod/title', 'Stepped provision', 'Graduated offer'), 'en')).toEqual([
      'gradueel-aanbod/title: "aanbod" is not rendered as "provision" or "what you offer" or "what it offers" or "what your organisation offers"',
      'gradueel-aanbod/title: "gradueel aanbod" is not rendered as "stepped provision"',
    ]);
  });

  it('a gloss in another form', () => {
    const drifted = planted('en', 'vto-beleid/signalen', 'the social map, the overview of local social services (sociale kaart)', 'the social map (sociale kaart: the overview of local social services)');
    expect(glossaryProblems(glossary, dutch, drifted, 'en')).toEqual([
      'vto-beleid/signalen: "sociale kaart" appears otherwise than as its gloss "(sociale kaart)"',
    ]);
  });

  it('an item left out of a translation', () => {
    const without = translations.fr!.filter((item) => item.id !== 'politisering/bereik');
    expect(glossaryProblems(glossary, dutch, without, 'fr')).toContain('politisering/bereik: missing in fr');
  });
});

// Frequent Dutch words. French "de" is French, so it is looked for in English only.
const DUTCH_WORDS = ['het', 'een', 'van', 'niet', 'wordt', 'voor', 'met', 'zijn', 'ook', 'naar', 'bij', 'worden'];
const dutchWordsIn = (language: string, text: string): string[] => {
  const words = language === 'fr' ? DUTCH_WORDS : [...DUTCH_WORDS, 'de'];
  const rest = withoutKeptDutch(glossary, language, text);
  return words.filter((word) => new RegExp(`(?<![\\p{L}’'-])${word}(?![\\p{L}’'-])`, 'iu').test(rest));
};

describe.each(TRANSLATIONS)('no Dutch left in questions/%s/', (language) => {
  it('frequent Dutch words occur only in the names, titles and glosses a translation keeps', () => {
    const left = translations[language]!
      // The bibliographic citation stays in the original language (translation.test.ts checks it is unchanged).
      .filter((item) => item.id !== 'set/citation/text')
      .map((item) => [item.id, dutchWordsIn(language, item.text)] as const)
      .filter(([, words]) => words.length > 0);
    expect(left).toEqual([]);
  });

  it('the check finds a Dutch sentence left untranslated', () => {
    const nlText = dutch.find((item) => item.id === 'vto-beleid/kennis')!.text;
    expect(dutchWordsIn(language, nlText)).not.toEqual([]);
    expect(dutchWordsIn(language, 'Wordt er rekening gehouden met de stem van de meest kwetsbare mensen?')).toEqual(
      language === 'fr' ? ['van', 'wordt', 'met'] : ['van', 'wordt', 'met', 'de'],
    );
  });
});

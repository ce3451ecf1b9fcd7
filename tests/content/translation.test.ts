// Every translated question set (questions/en/, questions/fr/) is a translation of the built-in Dutch
// set (questions/nl/): same files, same ids in the same order (so answers and reports line up across
// languages), the same number of examples, notes and resources, the same URLs, no empty text and the
// unchanged bibliographic citation. Reads the YAML directly, not through project code, and validates
// it against the schemas. Adding a language: add a row to TRANSLATIONS.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { QuestionSet as LoadedQuestionSet, Note, Resource, Theme as LoadedTheme } from '../../src/content/types.js';

const QUESTIONS = new URL('../../questions/', import.meta.url);
const SCHEMAS = new URL('../../schemas/', import.meta.url);
const NL = new URL('nl/', QUESTIONS);

/** Each translation, with the word its translationOf note uses for "translation". */
const TRANSLATIONS: Array<[string, RegExp]> = [
  ['en', /translation/i],
  ['fr', /traduction/i],
];

// The shapes of the YAML files, as the loader types them (a theme as written has no `file` yet).
type Theme = Omit<LoadedTheme, 'file'>;
type QuestionSet = Omit<LoadedQuestionSet, 'themes'>;
interface ThemeFile {
  themes: Theme[];
}

const THEME_FILES = ['beleid.yaml', 'werking.yaml'] as const;

const raw = (dir: URL, name: string): string => readFileSync(new URL(name, dir), 'utf8');
const load = <T>(dir: URL, name: string): T => parse(raw(dir, name)) as T;

const nlSet = load<QuestionSet>(NL, 'set.yaml');

/** The paragraph count of a block of text (paragraphs are separated by a blank line). */
const paragraphs = (text: string): number => text.split(/\n\s*\n/).length;

/** Every URL in a note or resource list, in order. */
const urls = (items: (Note | Resource)[] | undefined): (string | undefined)[] =>
  (items ?? []).map((item) => item.url);

// ajv-formats is CommonJS; under NodeNext its default export may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

function validator(schemaFile: string): (data: unknown) => string[] {
  const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(new URL(schemaFile, SCHEMAS), 'utf8')) as object);
  return (data) =>
    validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe.each(TRANSLATIONS)('questions/%s/', (language, translationWord) => {
  const DIR = new URL(`${language}/`, QUESTIONS);
  const translated = load<QuestionSet>(DIR, 'set.yaml');

  describe('set.yaml', () => {
    it('validates against the question set schema', () => {
      expect(validator('question-set.schema.json')(translated)).toEqual([]);
    });

    it('starts with the same schema line as the Dutch file', () => {
      const firstLine = (text: string): string | undefined => text.split('\n')[0];
      expect(firstLine(raw(DIR, 'set.yaml'))).toBe(firstLine(raw(NL, 'set.yaml')));
    });

    it('is a translation of the Dutch set, with the same id, naming the Dutch version it translates', () => {
      expect(translated.language).toBe(language);
      expect(translated.id).toBe(nlSet.id);
      expect(translated.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(translated.title).not.toBe(nlSet.title);
      expect(translated.translationOf?.language).toBe('nl');
      expect(translated.translationOf?.version).toBe(nlSet.version);
      expect(translated.translationOf?.title).toBe(nlSet.title);
      expect(translated.translationOf?.note).toMatch(translationWord);
    });

    it('is translated: title, introduction, guidance, notes, group texts and citation intro differ from the Dutch', () => {
      const texts = (set: QuestionSet) => [
        set.title,
        set.introduction,
        set.guidance,
        set.closing,
        set.citation.intro,
        ...(set.notes ?? []).map((n) => n.text),
        ...set.groups.flatMap((g) => [g.title, g.description]),
      ];
      const mine = texts(translated);
      texts(nlSet).forEach((text, i) => {
        expect(mine[i], String(i)).toBeTruthy();
        expect(mine[i]?.trim(), String(i)).not.toBe(text?.trim());
      });
      // A source title keeps the Dutch title and adds a gloss in the translation's language.
      translated.sources.forEach((source, i) => expect(source.title, source.url).not.toBe(nlSet.sources[i]?.title));
    });

    it('has the same groups in the same order', () => {
      expect(translated.groups.map((g) => g.id)).toEqual(nlSet.groups.map((g) => g.id));
      expect(translated.groups.map((g) => Boolean(g.description))).toEqual(
        nlSet.groups.map((g) => Boolean(g.description)),
      );
    });

    it('has the same introduction paragraphs, notes, sources and URLs', () => {
      expect(paragraphs(translated.introduction)).toBe(paragraphs(nlSet.introduction));
      expect(paragraphs(translated.guidance)).toBe(paragraphs(nlSet.guidance));
      expect(translated.notes?.length).toBe(nlSet.notes?.length);
      expect(urls(translated.notes)).toEqual(urls(nlSet.notes));
      expect(translated.sources.length).toBe(nlSet.sources.length);
      expect(urls(translated.sources)).toEqual(urls(nlSet.sources));
      expect(Boolean(translated.closing)).toBe(Boolean(nlSet.closing));
    });

    it('keeps the bibliographic citation unchanged', () => {
      expect(translated.citation.text).toBe(nlSet.citation.text);
      expect(translated.citation.url).toBe(nlSet.citation.url);
      expect(Boolean(translated.citation.intro)).toBe(Boolean(nlSet.citation.intro));
    });
  });

  describe.each(THEME_FILES)('%s', (file) => {
    const nl = load<ThemeFile>(NL, file);
    const tr = load<ThemeFile>(DIR, file);

    it('validates against the theme file schema', () => {
      expect(validator('theme-file.schema.json')(tr)).toEqual([]);
    });

    it('starts with the same schema line as the Dutch file', () => {
      const firstLine = (text: string): string | undefined => text.split('\n')[0];
      expect(firstLine(raw(DIR, file))).toBe(firstLine(raw(NL, file)));
    });

    it('has the same themes, groups and questions in the same order', () => {
      const outline = (f: ThemeFile) =>
        f.themes.map((t) => ({ id: t.id, group: t.group, questions: t.questions.map((q) => q.id) }));
      expect(outline(tr)).toEqual(outline(nl));
    });

    it('has the same number of examples, notes and resources per theme, with the same URLs', () => {
      const shape = (f: ThemeFile) =>
        f.themes.map((t) => ({
          id: t.id,
          examples: t.questions.map((q) => q.examples?.length ?? 0),
          notes: t.notes?.length ?? 0,
          noteTitles: (t.notes ?? []).map((n) => Boolean(n.title)),
          noteSources: (t.notes ?? []).map((n) => Boolean(n.source)),
          noteUrls: urls(t.notes),
          resources: t.resources?.length ?? 0,
          resourceUrls: urls(t.resources),
        }));
      expect(shape(tr)).toEqual(shape(nl));
    });

    it('is translated: every theme title and question text differs from the Dutch', () => {
      const nlThemes = new Map(nl.themes.map((t) => [t.id, t]));
      for (const theme of tr.themes) {
        const nlTheme = nlThemes.get(theme.id);
        if (theme.id !== 'safe-space') expect(theme.title, theme.id).not.toBe(nlTheme?.title);
        theme.questions.forEach((q, i) => {
          expect(q.text, `${theme.id}/${q.id}`).not.toBe(nlTheme?.questions[i]?.text);
        });
      }
    });

    it('is translated: every example, note and resource title differs from the Dutch and none is empty', () => {
      const texts = (f: ThemeFile) =>
        f.themes.flatMap((t) => [
          ...t.questions.flatMap((q) => (q.examples ?? []).map((e) => [`${t.id}/${q.id}/example`, e])),
          ...(t.notes ?? []).flatMap((n) => [[`${t.id}/note`, n.text], ...(n.title ? [[`${t.id}/note/title`, n.title]] : [])]),
          ...(t.resources ?? []).map((r) => [`${t.id}/resource`, r.title]),
        ]);
      const mine = texts(tr);
      texts(nl).forEach(([where, text], i) => {
        expect(mine[i]?.[1]?.trim(), where).toBeTruthy();
        expect(mine[i]?.[1], where).not.toBe(text);
      });
    });

    it('has no empty theme title or question text', () => {
      for (const theme of tr.themes) {
        expect(theme.title.trim(), theme.id).not.toBe('');
        for (const q of theme.questions) expect(q.text.trim(), `${theme.id}/${q.id}`).not.toBe('');
      }
    });

    it('keeps the footnote markers of the Dutch text', () => {
      const stars = (f: ThemeFile) =>
        f.themes.flatMap((t) => t.questions.map((q) => (q.text.match(/\*/g) ?? []).length));
      expect(stars(tr)).toEqual(stars(nl));
    });
  });
});

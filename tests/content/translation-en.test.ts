// The English question set (questions/en/) is a translation of the built-in Dutch set (questions/nl/):
// same files, same ids in the same order (so answers and reports line up across languages), the same
// number of examples, notes and resources, the same URLs and the unchanged bibliographic citation.
// Reads the YAML directly, not through project code, and validates it against the schemas.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { QuestionSet as LoadedQuestionSet, Note, Resource, Theme as LoadedTheme } from '../../src/content/types.js';

const QUESTIONS = new URL('../../questions/', import.meta.url);
const SCHEMAS = new URL('../../schemas/', import.meta.url);
const NL = new URL('nl/', QUESTIONS);
const EN = new URL('en/', QUESTIONS);

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
const enSet = load<QuestionSet>(EN, 'set.yaml');

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

describe('questions/en/set.yaml', () => {
  it('validates against the question set schema', () => {
    expect(validator('question-set.schema.json')(enSet)).toEqual([]);
  });

  it('starts with the same schema line as the Dutch file', () => {
    const firstLine = (text: string): string | undefined => text.split('\n')[0];
    expect(firstLine(raw(EN, 'set.yaml'))).toBe(firstLine(raw(NL, 'set.yaml')));
  });

  it('is the English translation of the Dutch set, with the same id and version', () => {
    expect(enSet.language).toBe('en');
    expect(enSet.id).toBe(nlSet.id);
    expect(enSet.version).toBe(nlSet.version);
    expect(enSet.title).not.toBe(nlSet.title);
    expect(enSet.translationOf?.language).toBe('nl');
    expect(enSet.translationOf?.title).toBe(nlSet.title);
    expect(enSet.translationOf?.note).toMatch(/translation/i);
  });

  it('has the same groups in the same order', () => {
    expect(enSet.groups.map((g) => g.id)).toEqual(nlSet.groups.map((g) => g.id));
    expect(enSet.groups.map((g) => Boolean(g.description))).toEqual(
      nlSet.groups.map((g) => Boolean(g.description)),
    );
  });

  it('has the same introduction paragraphs, notes, sources and URLs', () => {
    expect(paragraphs(enSet.introduction)).toBe(paragraphs(nlSet.introduction));
    expect(paragraphs(enSet.guidance)).toBe(paragraphs(nlSet.guidance));
    expect(enSet.notes?.length).toBe(nlSet.notes?.length);
    expect(urls(enSet.notes)).toEqual(urls(nlSet.notes));
    expect(enSet.sources.length).toBe(nlSet.sources.length);
    expect(urls(enSet.sources)).toEqual(urls(nlSet.sources));
    expect(Boolean(enSet.closing)).toBe(Boolean(nlSet.closing));
  });

  it('keeps the bibliographic citation unchanged', () => {
    expect(enSet.citation.text).toBe(nlSet.citation.text);
    expect(enSet.citation.url).toBe(nlSet.citation.url);
    expect(Boolean(enSet.citation.intro)).toBe(Boolean(nlSet.citation.intro));
  });
});

describe.each(THEME_FILES)('questions/en/%s', (file) => {
  const nl = load<ThemeFile>(NL, file);
  const en = load<ThemeFile>(EN, file);

  it('validates against the theme file schema', () => {
    expect(validator('theme-file.schema.json')(en)).toEqual([]);
  });

  it('starts with the same schema line as the Dutch file', () => {
    const firstLine = (text: string): string | undefined => text.split('\n')[0];
    expect(firstLine(raw(EN, file))).toBe(firstLine(raw(NL, file)));
  });

  it('has the same themes, groups and questions in the same order', () => {
    const outline = (f: ThemeFile) =>
      f.themes.map((t) => ({ id: t.id, group: t.group, questions: t.questions.map((q) => q.id) }));
    expect(outline(en)).toEqual(outline(nl));
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
    expect(shape(en)).toEqual(shape(nl));
  });

  it('is translated: every theme title and question text differs from the Dutch', () => {
    const nlThemes = new Map(nl.themes.map((t) => [t.id, t]));
    for (const theme of en.themes) {
      const nlTheme = nlThemes.get(theme.id);
      if (theme.id !== 'safe-space') expect(theme.title, theme.id).not.toBe(nlTheme?.title);
      theme.questions.forEach((q, i) => {
        expect(q.text, `${theme.id}/${q.id}`).not.toBe(nlTheme?.questions[i]?.text);
      });
    }
  });

  it('keeps the footnote markers of the Dutch text', () => {
    const stars = (f: ThemeFile) =>
      f.themes.flatMap((t) => t.questions.map((q) => (q.text.match(/\*/g) ?? []).length));
    expect(stars(en)).toEqual(stars(nl));
  });
});

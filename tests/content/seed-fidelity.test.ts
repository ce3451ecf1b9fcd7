// Fidelity of the built-in Dutch question set (questions/nl/) to its source: the PDF extraction
// of the Resokit paper tool "Reflectievragen voor een praktijk en beleid tegen eenzaamheid"
// (tests/fixtures/seed/, a copy of the shared seed). Reads the YAML directly, not through project code.
//
// The texts are transcribed word for word; only PDF extraction errors are fixed. Every such fix
// is applied to the seed in normaliseSeed() below, so that this test fails if anyone changes a
// word of a question, example, note, introduction, guidance or citation.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { QuestionSet as LoadedQuestionSet, Theme as LoadedTheme } from '../../src/content/types.js';

const ROOT = new URL('../../', import.meta.url);
const NL = new URL('questions/nl/', ROOT);

/** A copy of the seed (the PDF extraction, unchanged) is kept in the repository so CI can read it. */
const SEED_FILE = new URL('tests/fixtures/seed/resokit-reflectievragen.txt', ROOT);

const SEED_RAW = readFileSync(SEED_FILE, 'utf8');

// The shapes of the YAML files, as the loader types them (a theme as written has no `file` yet).
type Theme = Omit<LoadedTheme, 'file'>;
type QuestionSet = Omit<LoadedQuestionSet, 'themes'>;

const rawFile = (name: string): string => readFileSync(new URL(name, NL), 'utf8');
const SET_RAW = rawFile('set.yaml');
const BELEID_RAW = rawFile('beleid.yaml');
const WERKING_RAW = rawFile('werking.yaml');
const set = parse(SET_RAW) as QuestionSet;
const beleid = (parse(BELEID_RAW) as { themes: Theme[] }).themes;
const werking = (parse(WERKING_RAW) as { themes: Theme[] }).themes;
const themes = [...beleid, ...werking];

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Hyphens at a line end that are real hyphens (the word is written with a hyphen), not a word
 * broken over two lines: "eenzaamheids-sensitief" (also written so within a line in the seed).
 */
const REAL_HYPHENS = ['eenzaamheids-'];

function normaliseSeed(raw: string): string {
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    // Fix: the rotated page margin ("R ES O K IT - B U U R T TO O LS – De buurt lezen ...") is
    // extracted as a run of 1-3 character lines; no content line of the seed is that short.
    .filter((l) => l.length > 3);
  let out = '';
  for (const line of lines) {
    const m = /\S*-$/.exec(out);
    if (m && /^\p{Ll}/u.test(line)) {
      // Fix: a word broken at a line end ("bruik-\nbaarheid", "deskundigheids-\nbevordering")
      // is joined; a real hyphen is kept ("eenzaamheids-\nsensitief").
      const keep = REAL_HYPHENS.some((h) => m[0].endsWith(h));
      out = (keep ? out : out.slice(0, -1)) + line;
    } else {
      // Fix: line breaks within a paragraph and doubled spaces (collapsed below).
      out += (out ? ' ' : '') + line;
    }
  }
  return (
    collapse(out)
      // Fix: typo in the paper tool, "En richt zicht dat ..." (Personeelsbeleid).
      .replace(/richt zicht\b/g, 'richt zich')
  );
}

const SEED = normaliseSeed(SEED_RAW);

const BELEID_TITLES = [
  'Sociaal inclusief beleid',
  'Toegankelijkheidsbeleid',
  'Personeelsbeleid',
  'VTO-beleid',
  'Participatiebeleid',
  'Financieel beleid',
  'Politisering',
  'Buurtvervlechting',
];
const WERKING_TITLES = [
  'Sociaal inclusieve werking',
  'Bespreekbaarheid',
  'Gradueel aanbod',
  'Safe space',
  'Online- en offline mogelijkheden',
  'Outreach, publieke ruimte, sleutelfiguren',
  'Buurtvervlechting',
  'Lichte bindingen',
  'Sociaal gewaardeerde rollen ontwerpen',
  'Verwachtingen en weerbaarheid',
];

function expectInSeed(what: string, text: string | undefined): void {
  expect(text, `${what}: missing`).toBeTypeOf('string');
  const t = collapse(text ?? '');
  expect(t.length, `${what}: empty`).toBeGreaterThan(0);
  expect(SEED.includes(t), `${what} is not word for word in the seed:\n  ${t}`).toBe(true);
}

describe('seed normaliser', () => {
  it('drops the rotated margin and fixes the known extraction errors', () => {
    expect(SEED).not.toMatch(/\bR ES\b/);
    expect(SEED).toContain('bruikbaarheid, beschikbaarheid');
    expect(SEED).toContain('deskundigheidsbevordering van het personeel');
    expect(SEED).toContain('steeds eenzaamheids-sensitief bepaald');
    expect(SEED).toContain('En richt zich dat naast');
    expect(SEED).not.toContain('  ');
  });
});

describe('structure of questions/nl', () => {
  it('has the groups beleid and werking, in that order', () => {
    expect(set.groups.map((g) => g.id)).toEqual(['beleid', 'werking']);
    expect(set.groups.map((g) => g.title)).toEqual(['Beleid', 'Werking']);
  });

  it('has the 8 beleid themes in the seed order', () => {
    expect(beleid.map((t) => t.title)).toEqual(BELEID_TITLES);
    for (const t of beleid) expect(t.group, t.id).toBe('beleid');
  });

  it('has the 10 werking themes in the seed order', () => {
    expect(werking.map((t) => t.title)).toEqual(WERKING_TITLES);
    for (const t of werking) expect(t.group, t.id).toBe('werking');
  });

  it('has 59 questions (beleid 26, werking 33)', () => {
    const count = (ts: Theme[]): number => ts.reduce((n, t) => n + t.questions.length, 0);
    expect(count(beleid)).toBe(26);
    expect(count(werking)).toBe(33);
    expect(count(themes)).toBe(59);
  });

  it('has unique theme ids', () => {
    const ids = themes.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has question ids unique within each theme, never numbers only', () => {
    for (const t of themes) {
      const ids = t.questions.map((q) => q.id);
      expect(new Set(ids).size, t.id).toBe(ids.length);
      for (const id of ids) {
        expect(id, `${t.id}/${id}`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(id, `${t.id}/${id}`).not.toMatch(/^[0-9-]+$/);
      }
    }
  });

  it('has the one example of the seed (⬜ under Gradueel aanbod)', () => {
    const withExamples = themes.flatMap((t) =>
      t.questions.filter((q) => (q.examples ?? []).length > 0).map((q) => `${t.id}/${q.id}`),
    );
    expect(withExamples).toHaveLength(1);
    expect(withExamples[0]).toMatch(/^gradueel-aanbod\//);
  });

  it('contains every url of the seed', () => {
    const all = SET_RAW + BELEID_RAW + WERKING_RAW;
    const urls = SEED_RAW.split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l.startsWith('http'));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of new Set(urls)) expect(all.includes(url), url).toBe(true);
  });

  it('uses only urls that are in the seed', () => {
    const seedUrls = new Set(
      SEED_RAW.split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l.startsWith('http')),
    );
    const used = [
      ...(set.notes ?? []).map((n) => n.url),
      ...set.sources.map((s) => s.url),
      set.citation.url,
      ...themes.flatMap((t) => [
        ...(t.notes ?? []).map((n) => n.url),
        ...(t.resources ?? []).map((r) => r.url),
      ]),
    ].filter((u): u is string => typeof u === 'string');
    for (const u of used) expect(seedUrls.has(u), u).toBe(true);
  });
});

describe('word-for-word fidelity to the seed', () => {
  it('set: title, introduction, notes, guidance, group descriptions, sources, citation', () => {
    expectInSeed('title', set.title);
    const paragraphs = set.introduction.split(/\n\s*\n/);
    expect(paragraphs).toHaveLength(4);
    paragraphs.forEach((p, i) => expectInSeed(`introduction paragraph ${i + 1}`, p));
    // Paragraphs keep the seed's order.
    const positions = paragraphs.map((p) => SEED.indexOf(collapse(p)));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(set.notes).toHaveLength(2);
    for (const [i, n] of (set.notes ?? []).entries()) expectInSeed(`set note ${i + 1}`, `*${n.text}`);
    expectInSeed('guidance', set.guidance);
    for (const g of set.groups) expectInSeed(`group ${g.id} description`, g.description);
    expect(set.sources).toHaveLength(7);
    for (const s of set.sources) expectInSeed(`source ${s.title}`, `⬛ ${s.title}`);
    expectInSeed('citation intro', set.citation.intro);
    expectInSeed('citation text', set.citation.text);
  });

  for (const t of themes) {
    it(`${t.group}/${t.id}: title, questions, examples, notes`, () => {
      expectInSeed(`${t.id} title`, t.title);
      for (const q of t.questions) {
        // Each question follows its own ⬛ marker in the seed.
        expectInSeed(`${t.id}/${q.id}`, `⬛ ${q.text}`);
        for (const [i, ex] of (q.examples ?? []).entries()) {
          expectInSeed(`${t.id}/${q.id} example ${i + 1}`, `⬜ ${ex}`);
        }
      }
      for (const [i, n] of (t.notes ?? []).entries()) {
        expectInSeed(`${t.id} note ${i + 1}`, n.title ? `${n.title}: ${n.text}` : n.text);
        if (n.source) expectInSeed(`${t.id} note ${i + 1} source`, n.source);
      }
    });
  }

  it('questions appear in the seed in the set order', () => {
    const positions = themes.flatMap((t) => t.questions.map((q) => SEED.indexOf(`⬛ ${collapse(q.text)}`)));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index.js';
import { fr } from '../../src/i18n/fr/index.js';
import { resolveLanguage, supportedLanguages } from '../../src/i18n/language.js';
import { loadCliMessages, loadMessages } from '../../src/i18n/messages.js';
import { nl } from '../../src/i18n/nl/index.js';

/** Every leaf of a catalogue: its path, and whether it is text, a list or a function (with arity). */
function leaves(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'function') return [[path, `function/${value.length}`]];
  if (Array.isArray(value)) return [[path, 'list']];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [[path, typeof value]];
}

describe('the catalogues', () => {
  it('have the same keys, of the same kind, in every language', () => {
    const sorted = (c: unknown) => leaves(c).sort(([a], [b]) => a.localeCompare(b));
    expect(sorted(en)).toEqual(sorted(nl));
    expect(sorted(fr)).toEqual(sorted(nl));
  });

  it.each([
    ['nl', nl],
    ['en', en],
    ['fr', fr],
  ] as const)('%s: no empty texts, no empty lists', (_lang, catalogue) => {
    const empty = leaves(catalogue).filter(([path]) => {
      const value = path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], catalogue);
      return value === '' || (Array.isArray(value) && value.length === 0);
    });
    expect(empty).toEqual([]);
  });

  it.each([
    ['en', en],
    ['fr', fr],
  ] as const)('differ: the %s catalogue is a translation, not a copy', (_lang, catalogue) => {
    const same = leaves(nl)
      .filter(([, kind]) => kind === 'string')
      .map(([path]) => path)
      .filter((path) => {
        const get = (c: unknown) => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], c);
        return get(nl) === get(catalogue) && /\p{L}{4,}/u.test(String(get(nl)));
      });
    // Only words that are the same in both languages (names, formats) may repeat.
    expect(same.length).toBeLessThan(leaves(nl).length / 20);
  });

  it.each(supportedLanguages)('%s is loaded by loadMessages', async (language) => {
    expect(await loadMessages(language)).toBe({ nl, en, fr }[language]);
  });

  it.each(supportedLanguages)('%s: loadCliMessages gives the cli part of the same catalogue', async (language) => {
    expect(await loadCliMessages(language)).toBe({ nl, en, fr }[language].cli);
  });
});

describe('the language', () => {
  const cases: Array<[string[], Record<string, string>, ReturnType<typeof resolveLanguage>]> = [
    [[], {}, { ok: true, language: 'nl' }],
    [[], { LANG: 'en_US.UTF-8', LC_ALL: 'en_GB.UTF-8' }, { ok: true, language: 'nl' }],
    [[], { RESOKIT_LANG: 'en' }, { ok: true, language: 'en' }],
    [['--lang', 'nl'], { RESOKIT_LANG: 'en' }, { ok: true, language: 'nl' }],
    [['themes', '--lang=EN'], {}, { ok: true, language: 'en' }],
    [['--lang', 'fr'], {}, { ok: true, language: 'fr' }],
    [[], { RESOKIT_LANG: 'FR' }, { ok: true, language: 'fr' }],
    [['--lang=fr-BE'], {}, { ok: false, asked: 'fr-BE' }],
    [[], { RESOKIT_LANG: 'de' }, { ok: false, asked: 'de' }],
    [['--', '--lang', 'en'], {}, { ok: true, language: 'nl' }],
  ];
  it.each(cases)('argv %j, env %j → %j', (argv, env, expected) => {
    expect(resolveLanguage(argv, env)).toEqual(expected);
  });
});

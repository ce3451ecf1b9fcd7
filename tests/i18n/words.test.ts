// Words of the catalogues: counted words through Intl.PluralRules (never "actie(s)"), one rating scale.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index.js';
import { fr } from '../../src/i18n/fr/index.js';
import { nl } from '../../src/i18n/nl/index.js';
import { plural } from '../../src/i18n/plural.js';
import type { Messages } from '../../src/i18n/messages.js';

describe('plural', () => {
  it.each([
    ['nl', 0, '0 acties'],
    ['nl', 1, '1 actie'],
    ['nl', 2, '2 acties'],
    ['en', 1, '1 action'],
    ['en', 21, '21 actions'],
    ['en', 0, '0 actions'],
    // French: 0 and 1 are singular.
    ['fr', 0, '0 action'],
    ['fr', 1, '1 action'],
    ['fr', 2, '2 actions'],
    ['fr', 1000000, '1000000 actions'],
  ])('%s %d → %s', (locale, n, expected) => {
    const forms = locale === 'nl' ? { one: '# actie', other: '# acties' } : { one: '# action', other: '# actions' };
    expect(plural(locale, n, forms)).toBe(expected);
  });

  it('falls back to `other` for a category without a form', () => {
    expect(plural('ar', 2, { one: '# x', other: '# y' })).toBe('2 y');
  });
});

describe('the catalogues count in words', () => {
  it.each([
    ['nl', nl, '1 actie genoteerd. Nog een actie?', '3 acties genoteerd. Nog een actie?', 'stelden jullie 1 actie voor'],
    ['en', en, '1 action noted. Another action?', '3 actions noted. Another action?', 'you proposed 1 action. What became of it?'],
    ['fr', fr, '1 action notée. Encore une action\u202f?', '3 actions notées. Encore une action\u202f?', 'vous avez proposé 1 action. Qu’est-elle devenue\u202f?'],
  ] as Array<[string, Messages, string, string, string]>)('%s', (_, m, one, three, previous) => {
    expect(m.reflect.actionMenu(1)).toBe(one);
    expect(m.reflect.actionMenu(3)).toBe(three);
    expect(m.reflect.previousIntro('1 maart 2026', 1)).toContain(previous);
  });

  it.each([
    ['nl', nl],
    ['en', en],
    ['fr', fr],
  ] as Array<[string, Messages]>)('%s: no "(s)", "(en)" or "(e)" after a word in any message', (_, m) => {
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') {
        const arity = (value as (...args: unknown[]) => unknown).length;
        for (const n of [1, 2]) {
          try {
            const out = (value as (...args: unknown[]) => unknown)(...Array<unknown>(arity).fill(n));
            if (typeof out === 'string') texts.push(out);
          } catch {
            // a message that needs other arguments than numbers: its literal parts are checked below
          }
        }
        texts.push(String(value));
      } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(m);
    for (const text of texts) expect(text).not.toMatch(/\p{L}\((?:s|en|e|n)\)/u);
  });
});

describe('the rating scale has one source', () => {
  it.each([
    ['nl', nl],
    ['en', en],
    ['fr', fr],
  ] as Array<[string, Messages]>)('%s: the prompt’s labels are the plan’s and the reports’, word for word', (_, m) => {
    expect(m.reflect.ratings).toEqual(m.plan.rating);
    expect(m.reflect.importance).toEqual(m.plan.importance);
    expect(m.reflect.priorities).toEqual(m.plan.priority);
  });
});

// "Did you mean" suggestions: edit distance and the closest candidate (src/text/closest.ts).
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/text/closest.js';
import { loadBuiltinSet } from '../../src/content/load-question-set.js';
import { nl } from '../../src/i18n/nl/index.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['abc', 'abc', 0],
    ['safespace', 'safe-space', 1],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['werkin', 'werking', 1],
    ['beleid', 'werking', 5],
    ['thema’s', 'themas', 1],
  ])('%j → %j = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closest', () => {
  const ids = loadBuiltinSet('nl', nl).themes.map((t) => t.id);

  it.each([
    ['safespace', 'safe-space'],
    ['safe space', 'safe-space'],
    ['Safe-Space', 'safe-space'],
    ['SAFESPACE', 'safe-space'],
    ['toegankelijkheidsbeleid', 'toegankelijkheidsbeleid'],
    ['toegankelijksheidbeleid', 'toegankelijkheidsbeleid'],
    ['toegankelijkheid', 'toegankelijkheidsbeleid'],
    ['gradueel', 'gradueel-aanbod'],
    ['vto', 'vto-beleid'],
    ['outreac', 'outreach'],
    ['lichte-binding', 'lichte-bindingen'],
    ['personeelbeleid', 'personeelsbeleid'],
    ['politisering', 'politisering'],
  ])('%j → %j', (input, expected) => {
    expect(closest(input, ids)).toBe(expected);
  });

  it("'buurt' suggests one of the two buurtvervlechting themes", () => {
    expect(closest('buurt', ids)).toMatch(/^(beleid|werking)-buurtvervlechting$/);
    expect(closest('buurtvervlechting', ids)).toMatch(/^(beleid|werking)-buurtvervlechting$/);
    expect(closest('werking-buurtvervlechtng', ids)).toBe('werking-buurtvervlechting');
  });

  it.each([['xyz'], ['x'], [''], ['eenzaamheid'], ['financien-en-personeel-en-nog-veel-meer'], ['zz-zz']])(
    '%j is close to nothing → undefined',
    (input) => {
      expect(closest(input, ids)).toBeUndefined();
    },
  );

  it('no candidates → undefined', () => {
    expect(closest('safe-space', [])).toBeUndefined();
  });

  it('keeps the candidate as spelt and prefers the first of equally close ones', () => {
    expect(closest('werking', ['Beleid', 'Werking'])).toBe('Werking');
    expect(closest('ab', ['ac', 'ad'])).toBe('ac');
  });

  it('allows more typos in a longer word (a third of its length, at least 2)', () => {
    expect(closest('abcdefghi', ['abcdefxyz'])).toBe('abcdefxyz'); // 3 of 9
    expect(closest('abcdefghi', ['abcdewxyz'])).toBeUndefined(); // 4 of 9
    expect(closest('ab', ['xy'])).toBe('xy'); // 2: the floor
    expect(closest('abc', ['xyz'])).toBeUndefined();
  });

  it('suggests the groups too', () => {
    expect(closest('werkin', ['beleid', 'werking'])).toBe('werking');
    expect(closest('belijd', ['beleid', 'werking'])).toBe('beleid');
    expect(closest('onbekend', ['beleid', 'werking'])).toBeUndefined();
  });
});

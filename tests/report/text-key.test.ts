import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textKey } from '../../src/report/text-key.js';

/** The key by Unicode's rules alone, as textKey reads every text that is not ASCII. */
function unicodeKey(text: string): string {
  const key = text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  return key || text.trim();
}

describe('the key of an action text', () => {
  it.each([
    ['Folder herschrijven!', 'folder  herschrijven', true],
    ['Een vertrouwenspersoon aanstellen', 'een vertrouwenspersoon: aanstellen?', true],
    ['één keer per maand', 'een keer per maand', false],
    ['?!', '...', false],
    ['Actie 10', 'actie\t10.', true],
  ])('"%s" and "%s" fold together: %s', (a, b, same) => {
    expect(textKey(a) === textKey(b)).toBe(same);
  });

  it('reads ASCII text exactly as by the Unicode rules', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), maxLength: 40 }), (text) => {
        expect(textKey(text)).toBe(unicodeKey(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads other text by the Unicode rules', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => {
        expect(textKey(text)).toBe(unicodeKey(text));
      }),
      { numRuns: 1000 },
    );
  });
});

// French typography in questions/fr/: a narrow no-break space (U+202F) before ? ! ; and a sentence's
// colon, « guillemets » with no-break spaces (U+00A0) inside, and no English quotes. The Dutch
// citation and the Dutch titles kept in a text keep their own punctuation.
import { describe, expect, it } from 'vitest';
import { loadItems } from './question-items.js';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/** Where French typography is broken in a text (empty: none). */
function typographyProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(/(.)([;?!:])/gu)) {
    const [, before, mark] = match;
    // A colon glued to a word is a URL or a Dutch title ("Brussel: Politeia"), not French punctuation.
    if (mark === ':' && before !== ' ' && before !== NBSP) continue;
    if (before !== NNBSP) problems.push(`${JSON.stringify(before)} before ${mark}`);
  }
  for (const match of text.matchAll(/«(.)|(.)»/gu)) {
    const space = match[1] ?? match[2];
    if (space !== NBSP) problems.push(`${JSON.stringify(space)} inside « »`);
  }
  if (/["“”]/.test(text)) problems.push('English quotes instead of « »');
  return problems;
}

const items = loadItems('fr').filter((item) => item.id !== 'set/citation/text');

describe('French typography in questions/fr/', () => {
  it('holds in every text', () => {
    const broken = items.map((item) => [item.id, typographyProblems(item.text)] as const).filter(([, p]) => p.length > 0);
    expect(broken).toEqual([]);
  });

  it('is really used (a check over texts without punctuation proves nothing)', () => {
    expect(items.filter((item) => item.text.includes(`${NNBSP}?`)).length).toBeGreaterThan(40);
    expect(items.filter((item) => item.text.includes(`«${NBSP}`)).length).toBeGreaterThan(3);
  });

  it.each([
    ['Comment faire ?', ['" " before ?']],
    ['À noter : rien', ['" " before :']],
    ['des « liens légers »', ['" " inside « »', '" " inside « »']],
    ['des “liens légers”', ['English quotes instead of « »']],
    [`Comment faire${NNBSP}? Voir https://resokit.be`, []],
  ])('finds what is wrong in %j', (text, expected) => {
    expect(typographyProblems(text)).toEqual(expected);
  });
});

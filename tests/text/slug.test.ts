import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { slug } from '../../src/text/slug.js';

const hash6 = (name: string) => createHash('sha256').update(name).digest('hex').slice(0, 6);

describe('slug: a file name part from a person’s name', () => {
  it.each([
    // Latin script, with marks that decompose and letters that do not
    ['An Peeters', 'an-peeters'],
    ['Zoë Vandenbroucke-Ölçer', 'zoe-vandenbroucke-olcer'],
    ['Søren Ærø', 'soren-aero'],
    ['Øystein Þórðarson', 'oystein-thordarson'],
    ['Ðorđe Łukasz', 'dorde-lukasz'],
    ['Straße Œuvre', 'strasse-oeuvre'],
    ['Ħal Iıkay Ŋgo', 'hal-iikay-nggo'],
    ["O'Brien D’Hondt", 'obrien-dhondt'],
    ['  --An--  ', 'an'],
    ['Ĳsbrand', 'ijsbrand'],
    // Cyrillic and Greek transliterated, also in a name in two scripts
    ['Анна Smith', 'anna-smith'],
    ['Анна Петрова', 'anna-petrova'],
    ['Олександр Шевченко', 'oleksandr-shevchenko'],
    ['Йосип Щербаков', 'iosip-shcherbakov'],
    ['Γιώργος Παπαδόπουλος', 'giorgos-papadopoulos'],
    ['Ελένη Ψαρρά', 'eleni-psarra'],
    // cut at 40 characters, without a dash left dangling at the end
    ['Maximiliaan Alexander Vandenbergh-Van Den Heuvel', 'maximiliaan-alexander-vandenbergh-van-de'],
    ['abcdefghijklmnopqrstuvwxyzabcdefghijklm nop', 'abcdefghijklmnopqrstuvwxyzabcdefghijklm'],
  ])('%s → %s', (name, expected) => {
    expect(slug(name, 'deelnemer')).toBe(expected);
  });

  it.each([
    ['CJK', '王小明'],
    ['Arabic', 'محمد علي'],
    ['Devanagari', 'प्रिया शर्मा'],
    ['only punctuation', '!!!'],
  ])('a name in %s script leaves nothing: the run’s word plus 6 hex digits of its SHA-256', (_, name) => {
    expect(slug(name, 'deelnemer')).toBe(`deelnemer-${hash6(name)}`);
    expect(slug(name, 'participant')).toBe(`participant-${hash6(name)}`);
    expect(slug(name, 'deelnemer')).toMatch(/^deelnemer-[0-9a-f]{6}$/);
  });

  it('is stable for one name and differs between names; surrounding spaces do not count', () => {
    expect(slug('Анна', 'deelnemer')).toBe(slug(' Анна ', 'deelnemer'));
    expect(slug('Анна', 'deelnemer')).not.toBe(slug('Борис', 'deelnemer'));
    // The same name typed decomposed (NFD) or composed gives the same file name.
    expect(slug('Γιώργος'.normalize('NFD'), 'deelnemer')).toBe(slug('Γιώργος', 'deelnemer'));
  });
});

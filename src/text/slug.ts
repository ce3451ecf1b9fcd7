import { createHash } from 'node:crypto';

/**
 * Latin letters that Unicode does not decompose into a base letter and a mark (NFKD leaves them
 * whole), written as people transliterate them by hand.
 */
const transliterations: Record<string, string> = {
  ø: 'o', æ: 'ae', ð: 'd', ß: 'ss', þ: 'th', œ: 'oe', ł: 'l', đ: 'd', ħ: 'h', ı: 'i', ŋ: 'ng', ŧ: 't', ſ: 's', ĸ: 'k',
};
const untransliterated = new RegExp(`[${Object.keys(transliterations).join('')}]`, 'g');

const maxLength = 40;

/**
 * A part of a file name from a person's name: "An Peeters" → "an-peeters", "Søren Ærø" → "soren-aero".
 * A name that leaves nothing in ASCII (Cyrillic, Greek, CJK, Arabic, …) becomes `fallback` plus the
 * first six hex digits of the name's SHA-256: stable for the same name, different for another, and
 * never the bare fallback (two such people on one day would otherwise share a file name).
 */
export function slug(text: string, fallback: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(untransliterated, (letter) => transliterations[letter]!)
    // O'Brien, D’Hondt: an apostrophe joins, it does not separate.
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  if (s) return s;
  const hash = createHash('sha256').update(text.trim().normalize('NFC')).digest('hex').slice(0, 6);
  return `${fallback}-${hash}`;
}

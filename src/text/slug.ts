import { createHash } from 'node:crypto';

/**
 * Latin letters that Unicode does not decompose into a base letter and a mark (NFKD leaves them
 * whole), written as people transliterate them by hand.
 */
const transliterations: Record<string, string> = {
  ø: 'o', æ: 'ae', ð: 'd', ß: 'ss', þ: 'th', œ: 'oe', ł: 'l', đ: 'd', ħ: 'h', ı: 'i', ŋ: 'ng', ŧ: 't', ſ: 's', ĸ: 'k',
};
/**
 * Cyrillic and Greek, as passports and most people write these names in Latin letters (Brussels
 * teams have them): Анна Петрова → anna-petrova, Γιώργος → giorgos. Accents and the breve of й
 * are gone by then (NFKD). Scripts without a usual letter-by-letter form keep the hashed fallback.
 */
const otherScripts: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj',
  ћ: 'c', џ: 'dz',
  ου: 'ou', α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm',
  ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
Object.assign(transliterations, otherScripts);
// Longest first, so that a digraph (ου) is read before its letters.
const untransliterated = new RegExp(
  Object.keys(transliterations)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

const maxLength = 40;

/**
 * A part of a file name from a person's name: "An Peeters" → "an-peeters", "Søren Ærø" → "soren-aero".
 * A name that leaves nothing in ASCII (CJK, Arabic, Devanagari, …) becomes `fallback` plus the
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

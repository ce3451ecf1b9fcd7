// French typography in the French catalogue: a narrow no-break space (U+202F) before : ; ? !,
// « guillemets » with no-break spaces (U+00A0), a decimal comma, French dates and plurals.
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr/index.js';
import { formatDate } from '../../src/text/format-date.js';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/** Every text of a catalogue: its strings, and what its functions give for a few kinds of argument. */
function texts(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    const out: Array<[string, string]> = [];
    for (const arg of ['Safe space', 1, 3, ['An', 'Bob', 'Chloé']]) {
      try {
        const text = fn(...Array<unknown>(fn.length).fill(arg));
        if (typeof text === 'string') out.push([`${path}(${JSON.stringify(arg)})`, text]);
      } catch {
        // arguments of another kind: the other calls cover the message
      }
    }
    return out;
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => texts(child, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Where French typography is broken in a text (empty: none). */
function typographyProblems(text: string): string[] {
  const problems: string[] = [];
  // Code and examples quoted 'like this' ('themes:', ': ', '-') and Windows paths keep their own characters.
  const prose = text.replace(/'[^']*'/g, "''");
  for (const match of prose.matchAll(/(.)([;?!:])/gu)) {
    const [, before, mark] = match;
    // A colon glued to a word is a key, a URL or file:line:col, never a colon of the sentence.
    if (mark === ':' && before !== ' ' && before !== NBSP) continue;
    if (before !== NNBSP) problems.push(`${JSON.stringify(before)} before ${mark}`);
  }
  for (const match of prose.matchAll(/«(.)|(.)»/gu)) {
    const space = match[1] ?? match[2];
    if (space !== NBSP) problems.push(`${JSON.stringify(space)} inside « »`);
  }
  if (/["“”]/.test(prose)) problems.push('English quotes instead of « »');
  return problems;
}

describe('French typography', () => {
  const all = texts(fr);

  it('the walk sees the catalogue (a check over nothing proves nothing)', () => {
    expect(all.length).toBeGreaterThan(400);
  });

  it('holds in every text (command lines, quoted for a shell, aside)', () => {
    const problems = all
      .filter(([, text]) => !text.startsWith('resokit '))
      .flatMap(([path, text]) => typographyProblems(text).map((problem) => `${path}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it.each([
    ['Quoi ?', ['" " before ?']],
    ['Quoi?', ['"i" before ?']],
    ['Nom :', ['" " before :']],
    ['« Safe space »', ['" " inside « »', '" " inside « »']],
    ['dit “oui”', ['English quotes instead of « »']],
    [`Quoi${NNBSP}? ${'«'}${NBSP}oui${NBSP}» 'themes:' file:1:2${NNBSP}: https://x.be`, []],
  ])('the check itself: %j → %j', (text, expected) => {
    expect(typographyProblems(text)).toEqual(expected);
  });
});

describe('French numbers, dates and counts', () => {
  it('a spread has a decimal comma', () => {
    expect(fr.report.decimal(0.5)).toBe('0,5');
    expect(fr.report.decimal(1.25)).toMatch(/^1,[23]$/);
    expect(fr.report.decimal(1)).toBe('1,0');
  });

  it.each([
    ['2027-03-15', '15 mars 2027'],
    ['2026-12-01T09:30:00+01:00', '1 décembre 2026'],
    ['2027-08-31', '31 août 2027'],
  ])('%s is written %s', (iso, expected) => {
    expect(formatDate(iso, fr.plan)).toBe(expected);
  });

  it.each([
    [0, '0 question'],
    [1, '1 question'],
    [2, '2 questions'],
  ])('%d counts as “%s” (0 and 1 are singular in French)', (n, expected) => {
    expect(fr.browse.questionCount(n)).toBe(expected);
  });

  it('counts agree with their words', () => {
    expect(fr.report.participantCount(1)).toBe('1 participant');
    expect(fr.report.invalidFiles(2)).toBe('2 fichiers de réponses ne sont pas valables');
    expect(fr.content.validateOk(1, 0, 2)).toBe('ok\u202f: 1 thème et 0 question dans 2 fichiers vérifiés, aucun problème');
  });
});

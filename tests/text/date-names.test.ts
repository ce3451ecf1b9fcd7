import { describe, expect, it } from 'vitest';
import { datePattern, writeDate } from '../../src/text/date-names.js';
import { en } from '../../src/i18n/en/index.js';
import { nl } from '../../src/i18n/nl/index.js';

describe('dates written from the pattern taken at build time are what Intl writes', () => {
  it.each([nl.plan.locale, en.plan.locale, 'fr-BE', 'de-DE'])('%s, every month, first and last days, leap day', (locale) => {
    const pattern = datePattern(locale)!;
    expect(pattern).toBeDefined();
    const intl = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (const iso of ['2024-02-29', '2026-01-01', '2027-03-15', '2030-12-31', ...Array.from({ length: 12 }, (_, m) => `2027-${String(m + 1).padStart(2, '0')}-09`)]) {
      const date = new Date(`${iso}T00:00:00Z`);
      expect(writeDate(date, pattern), iso).toBe(intl.format(date));
    }
  });

  it('the catalogue locales as people read them', () => {
    expect(writeDate(new Date('2027-03-15T00:00:00Z'), datePattern('nl-BE')!)).toBe('15 maart 2027');
    expect(writeDate(new Date('2027-03-15T00:00:00Z'), datePattern('en-GB')!)).toBe('15 March 2027');
  });
});

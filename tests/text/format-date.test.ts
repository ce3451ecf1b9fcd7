// Dates in the plan and reports: Intl in the catalogue's locale (src/text/format-date.ts).
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index.js';
import { nl } from '../../src/i18n/nl/index.js';
import { formatDate } from '../../src/text/format-date.js';

describe('formatDate', () => {
  it.each([
    ['2026-11-27', '27 november 2026', '27 November 2026'],
    ['2027-01-05', '5 januari 2027', '5 January 2027'],
    ['2028-02-29', '29 februari 2028', '29 February 2028'],
    // a timestamp: the calendar day in the offset it was written with, not the machine's
    ['2026-11-29T23:30:00-05:00', '29 november 2026', '29 November 2026'],
    ['2026-03-01T00:10:00+14:00', '1 maart 2026', '1 March 2026'],
  ])('%s → %s / %s', (value, dutch, english) => {
    expect(formatDate(value, nl.plan)).toBe(dutch);
    expect(formatDate(value, en.plan)).toBe(english);
  });

  it.each([['2027-02-30'], ['2027-13-01'], ['morgen'], ['31/1/2027'], ['20270131'], ['']])('%j is returned as it is', (value) => {
    expect(formatDate(value, nl.plan)).toBe(value);
  });
});

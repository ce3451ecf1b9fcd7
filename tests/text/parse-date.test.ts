// Due dates as people in Flanders type them (src/text/parse-date.ts).
import { describe, expect, it } from 'vitest';
import { isoDate, parseDueDate } from '../../src/text/parse-date.js';

const today = '2026-11-27';

describe('parseDueDate', () => {
  it.each([
    ['31/1/2027', '2027-01-31'],
    ['31/01/2027', '2027-01-31'],
    ['31-01-2027', '2027-01-31'],
    ['31-1-2027', '2027-01-31'],
    ['31.1.2027', '2027-01-31'],
    ['2027-01-31', '2027-01-31'],
    ['2027-1-5', '2027-01-05'],
    ['5/1/2027', '2027-01-05'],
    ['  31/1/2027  ', '2027-01-31'],
    ['29/2/2028', '2028-02-29'],
    ['2026-11-27', '2026-11-27'],
    ['27/11/2026', '2026-11-27'],
    ['31/12/2099', '2099-12-31'],
    ['31/1/27', '2027-01-31'],
    ['1.3.28', '2028-03-01'],
  ])('%j → %s', (input, iso) => {
    expect(parseDueDate(input, today)).toEqual({ ok: true, iso });
  });

  it.each([
    ['31/2/2027', 'dmy'],
    ['30/2/2028', 'dmy'],
    ['29/2/2027', 'dmy'],
    ['31/4/2027', 'dmy'],
    ['0/1/2027', 'dmy'],
    ['1/0/2027', 'dmy'],
    ['32/1/2027', 'dmy'],
    ['31/13/2027', 'dmy'],
    ['2027-02-30', 'ymd'],
    ['2027-13-00', 'ymd'],
  ])('%j does not exist in the calendar → invalid', (input, order) => {
    expect(parseDueDate(input, today)).toEqual({ ok: false, reason: 'invalid', order });
  });

  it.each([
    // month/day/year, as an American calendar writes it
    ['12/13/2027', 'dmy', 13],
    ['1/31/2027', 'dmy', 31],
    ['2/29/28', 'dmy', 29],
    // year-day-month
    ['2027-31-01', 'ymd', 31],
    ['2027-13-01', 'ymd', 13],
  ])('%j is a date in another order → invalid, with the number that is no month', (input, order, notAMonth) => {
    expect(parseDueDate(input, today)).toEqual({ ok: false, reason: 'invalid', order, notAMonth });
  });

  it.each([['26/11/2026'], ['2026-11-26'], ['1/1/2020'], ['31/12/1999']])('%j lies before today → past', (input) => {
    expect(parseDueDate(input, today)).toEqual({ ok: false, reason: 'past' });
  });

  it.each([
    [''],
    ['   '],
    ['morgen'],
    ['volgende week'],
    ['31/1'],
    ['2027/01/31'],
    ['31 januari 2027'],
    ['31/1/2027 om 10u'],
    ['2027-01-31T10:00'],
    ['20270131'],
    ['31//2027'],
    ['-1/1/2027'],
    ['１/１/２０２７'],
  ])('%j is no date → format', (input) => {
    expect(parseDueDate(input, today)).toEqual({ ok: false, reason: 'format' });
  });
});

describe('isoDate', () => {
  it('is the local calendar date, zero-padded', () => {
    expect(isoDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
    expect(isoDate(new Date(2026, 10, 27, 0, 0))).toBe('2026-11-27');
  });

  it('what it gives for today is accepted as a due date', () => {
    const now = isoDate(new Date());
    expect(parseDueDate(now, now)).toEqual({ ok: true, iso: now });
  });
});

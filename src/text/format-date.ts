import { datePattern, writeDate, type DatePattern } from './date-names.js';

/** The locale a catalogue formats dates in (nl-BE: "27 november 2026"; en-GB: "27 November 2026"). */
export interface DateNames {
  locale: string;
}

declare const __RESOKIT_DATE_PATTERNS__: Record<string, DatePattern> | undefined;

/** The catalogues' locales, as Intl writes their dates, inlined by the build; tests run unbuilt. */
const built: Record<string, DatePattern> = typeof __RESOKIT_DATE_PATTERNS__ === 'object' ? __RESOKIT_DATE_PATTERNS__ : {};
const patterns = new Map<string, DatePattern | undefined>(Object.entries(built));

/** The built pattern of a locale, else one taken from Intl now (unbuilt, or a locale the build did not know). */
function patternOf(locale: string): DatePattern | undefined {
  if (!patterns.has(locale)) patterns.set(locale, datePattern(locale));
  return patterns.get(locale);
}

/** Dates already written, by locale and value: a team report writes the same few dates thousands of times. */
const written = new Map<string, string>();

/**
 * A date as "27 november 2026" (Intl, in the catalogue's locale), from the start of an ISO 8601
 * date or timestamp (YYYY-MM-DD...), in the offset it was written with: the calendar day the user
 * saw. Anything else (or a day that does not exist) is returned as it is. Plain text, not escaped.
 */
export function formatDate(value: string, names: DateNames): string {
  const key = `${names.locale} ${value}`;
  let text = written.get(key);
  if (text === undefined) {
    text = writeDateOf(value.trim(), names.locale);
    written.set(key, text);
  }
  return text;
}

function writeDateOf(value: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(value);
  if (!match) return value;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return value;
  const pattern = patternOf(locale);
  return pattern ? writeDate(date, pattern) : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

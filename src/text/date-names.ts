/**
 * How a locale writes a date as "15 maart 2027": the order of day, month and year with the text
 * between them, and the twelve month names. Taken from Intl when resokit is built
 * (scripts/build.mjs), because building an Intl.DateTimeFormat costs 10–15 ms of ICU loading in
 * every run that shows a date, a report's largest single cost.
 */
export interface DatePattern {
  parts: Array<{ field: 'day' | 'month' | 'year' } | { text: string }>;
  months: string[];
}

/** Intl's way of writing `day month year` in `locale`; undefined if it differs between months. */
export function datePattern(locale: string): DatePattern | undefined {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shape = (date: Date) =>
    format.formatToParts(date).map((part) =>
      part.type === 'day' || part.type === 'month' || part.type === 'year' ? { field: part.type } : { text: part.value },
    );
  const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2027, m, 15)));
  const parts = shape(months[0]!);
  if (months.some((date) => JSON.stringify(shape(date)) !== JSON.stringify(parts))) return undefined;
  const monthName = (date: Date) => format.formatToParts(date).find((part) => part.type === 'month')!.value;
  return { parts, months: months.map(monthName) };
}

/** A date (UTC) written with a pattern: the same text as Intl gives for that locale. */
export function writeDate(date: Date, pattern: DatePattern): string {
  const value = { day: String(date.getUTCDate()), month: pattern.months[date.getUTCMonth()]!, year: String(date.getUTCFullYear()) };
  return pattern.parts.map((part) => ('field' in part ? value[part.field] : part.text)).join('');
}

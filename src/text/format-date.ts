/** The locale a catalogue formats dates in (nl-BE: "27 november 2026"; en-GB: "27 November 2026"). */
export interface DateNames {
  locale: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale: building one costs more than formatting with it. */
function formatter(locale: string): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format;
}

/**
 * A date as "27 november 2026" (Intl, in the catalogue's locale), from the start of an ISO 8601
 * date or timestamp (YYYY-MM-DD...), in the offset it was written with: the calendar day the user
 * saw. Anything else (or a day that does not exist) is returned as it is. Plain text, not escaped.
 */
export function formatDate(value: string, names: DateNames): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(value.trim());
  if (!match) return value.trim();
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return value.trim();
  return formatter(names.locale).format(date);
}

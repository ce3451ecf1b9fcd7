/**
 * `order` says how the input was read, `notAMonth` is set when the "month" is above 12 while the
 * day would be a month: the date was probably typed in another order (12/31/2027).
 */
export type DateParse =
  | { ok: true; iso: string }
  | { ok: false; reason: 'format' | 'past' }
  | { ok: false; reason: 'invalid'; order: 'dmy' | 'ymd'; notAMonth?: number };

const pad = (n: number) => String(n).padStart(2, '0');

/** Today's date as YYYY-MM-DD in local time. */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A YYYY-MM-DD date as the prompts ask for it, day/month/year: 2027-01-31 → 31/01/2027. */
export function typedDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * A due date as people in Flanders type it: 31/1/2027, 31/1/27, 31-01-2027, 31.1.2027, or 2027-01-31.
 * It must exist in the calendar (no 31 February) and not lie before `today` (YYYY-MM-DD).
 */
export function parseDueDate(input: string, today: string): DateParse {
  const text = input.trim();
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  // A two-digit year (31/3/27) is this century: due dates lie ahead.
  else if (local) [day, month, year] = [Number(local[1]), Number(local[2]), Number(local[3]!.length === 2 ? `20${local[3]}` : local[3])];
  else return { ok: false, reason: 'format' };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    const order = iso ? 'ymd' : 'dmy';
    return month > 12 && day >= 1 && day <= 12 ? { ok: false, reason: 'invalid', order, notAMonth: month } : { ok: false, reason: 'invalid', order };
  }
  const result = `${year}-${pad(month)}-${pad(day)}`;
  if (result < today) return { ok: false, reason: 'past' };
  return { ok: true, iso: result };
}

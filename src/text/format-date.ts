/** Month names and the order of day, month and year: from a catalogue. */
export interface DateNames {
  months: readonly string[];
  formatDate: (day: number, month: string, year: number) => string;
}

/**
 * A date as "27 november 2026", from the start of an ISO 8601 date or timestamp (YYYY-MM-DD...), in
 * the offset it was written with. Anything else is returned as it is. Plain text, not yet escaped.
 */
export function formatDate(value: string, names: DateNames): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(value.trim());
  if (!match) return value.trim();
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const monthName = names.months[month - 1];
  if (monthName === undefined || day < 1 || day > daysInMonth(year, month)) return value.trim();
  return names.formatDate(day, monthName, year);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

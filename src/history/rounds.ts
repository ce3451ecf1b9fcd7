import type { ReportInput } from '../report/participants.js';

/** A round as read from disk: its label, what the user gave, and its valid answers files. */
export interface RoundInput {
  label: string;
  source: string;
  files: ReportInput[];
  /** Absolute paths of the files, to find one file given in two rounds. */
  absolute: string[];
}

/** What makes a set of rounds unusable although every file is valid; reported all at once. */
export type RoundProblem =
  | { kind: 'same-round'; rounds: string[] }
  | { kind: 'same-file'; file: string; rounds: string[] }
  | { kind: 'same-date'; date: string; rounds: string[] };

/**
 * A round's date: the median `updated` day of its files (the lower of the two middle ones for an
 * even count, so that it is a day someone actually reflected). Files without a date are left out.
 */
export function roundDate(files: readonly ReportInput[]): string {
  const days = files.map((f) => String(f.answers.updated ?? '').slice(0, 10)).filter((day) => /^\d{4}-\d{2}-\d{2}$/.test(day)).sort();
  return days.length ? days[(days.length - 1) >> 1]! : '';
}

/**
 * One round given twice (the same folder, by any spelling, or a folder and its glob: the very same
 * files), the same file in two rounds, and two rounds on the same day: the history could not order
 * them. A round given twice is said as such, not as each of its files and its date over again.
 */
export function roundProblems(rounds: readonly RoundInput[]): RoundProblem[] {
  const problems: RoundProblem[] = [];
  const bySet = new Map<string, string[]>();
  for (const round of rounds) {
    if (round.absolute.length === 0) continue;
    const key = JSON.stringify([...new Set(round.absolute)].sort());
    bySet.set(key, [...(bySet.get(key) ?? []), round.source]);
  }
  const twice = [...bySet.values()].filter((sources) => sources.length > 1);
  for (const sources of twice) problems.push({ kind: 'same-round', rounds: sources });
  const said = (sources: readonly string[]) => twice.some((group) => sources.every((source) => group.includes(source)));
  const byFile = new Map<string, { file: string; rounds: string[] }>();
  for (const round of rounds) {
    round.absolute.forEach((absolute, i) => {
      const entry = byFile.get(absolute) ?? { file: round.files[i]?.file ?? absolute, rounds: [] };
      if (!entry.rounds.includes(round.source)) entry.rounds.push(round.source);
      byFile.set(absolute, entry);
    });
  }
  for (const entry of byFile.values()) if (entry.rounds.length > 1 && !said(entry.rounds)) problems.push({ kind: 'same-file', ...entry });
  const byDate = new Map<string, string[]>();
  for (const round of rounds) {
    const date = roundDate(round.files);
    byDate.set(date, [...(byDate.get(date) ?? []), round.source]);
  }
  for (const [date, sources] of byDate) if (sources.length > 1 && !said(sources)) problems.push({ kind: 'same-date', date, rounds: sources });
  return problems;
}

/** Rounds in date order, whatever the order given (dates are unique once roundProblems is empty). */
export function sortRounds<R extends RoundInput>(rounds: readonly R[]): R[] {
  return [...rounds].map((round) => ({ round, date: roundDate(round.files) })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((x) => x.round);
}

/**
 * Labels: the folder's name; when two rounds have the same one (two globs in one folder), the
 * source as given, which tells them apart.
 */
export function roundLabels(rounds: ReadonlyArray<{ folderName: string; source: string }>): string[] {
  const count = new Map<string, number>();
  for (const round of rounds) count.set(round.folderName, (count.get(round.folderName) ?? 0) + 1);
  return rounds.map((round) => ((count.get(round.folderName) ?? 0) > 1 || round.folderName === '' ? round.source : round.folderName));
}

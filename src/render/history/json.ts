import { toPosixPath } from '../../files/posix-path.js';
import type { History } from '../../history/model.js';

export const HISTORY_FORMAT = 'resokit-history/1';

/**
 * The history model as JSON for scripts: keys and enum values are stable English identifiers, text
 * as typed, dates as YYYY-MM-DD, round and action references as indexes into `rounds` and
 * `actions`. File names use forward slashes whatever the OS (`platform` is injected by tests).
 */
export function renderHistoryJson(history: History, language: string, platform: NodeJS.Platform = process.platform): string {
  const rounds = history.rounds.map((round) => (round.files ? { ...round, files: round.files.map((file) => toPosixPath(file, platform)) } : round));
  return `${JSON.stringify({ format: HISTORY_FORMAT, language, ...history, rounds }, null, 2)}\n`;
}

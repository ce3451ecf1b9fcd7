import type { Messages } from '../i18n/messages.js';

/** The errno code of a failed file operation ('' when it has none). */
export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * Why a file operation failed, in the user's words: the one mapping every command uses for reading
 * and writing alike (catalogue `files.reasons`). An unknown cause keeps the system's message.
 */
export function failReason(error: unknown, words: Messages['files']): string {
  const code = errorCode(error);
  const known = words.reasons[code];
  if (known !== undefined) return known;
  const message = error instanceof Error ? error.message : String(error);
  return words.otherReason(code, message);
}

/**
 * Only these mean "there is nothing at this path". EACCES, EIO and the like mean we could not look:
 * treating them as absent would overwrite, or report a missing file that is there.
 */
export function isAbsent(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

import type { Messages } from '../i18n/messages.js';
import { problemAt, startOfFile } from './problems.js';
import type { Problem, SourceFile } from './types.js';

/**
 * Question files are a few to a few hundred kilobytes; anything above this is refused before
 * parsing, so that a wrong file (a log, a video) costs milliseconds instead of seconds and memory.
 */
export const maxFileBytes = 1024 * 1024;
const maxFileLabel = '1 MiB';

// fatal: a Latin-1 file is refused instead of silently turned into replacement characters.
// ignoreBOM false (the default): a UTF-8 byte-order mark is dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or the one problem that makes it unreadable as a question file. */
export function sourceText(file: SourceFile, m: Messages): { text: string } | { problem: Problem } {
  const { content } = file;
  const bytes = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
  if (bytes > maxFileBytes) return { problem: problemAt(file.path, startOfFile, m.content.tooLarge(maxFileLabel)) };
  if (typeof content === 'string') return { text: content.charCodeAt(0) === 0xfeff ? content.slice(1) : content };
  try {
    return { text: utf8.decode(content) };
  } catch {
    return { problem: problemAt(file.path, startOfFile, m.content.notUtf8) };
  }
}

import { isUtf8 } from 'node:buffer';
import type { Messages } from '../i18n/messages.js';
import { problemAt, startOfFile } from './problems.js';
import type { Problem, SourceFile } from './types.js';

/**
 * Question files are a few to a few hundred kilobytes; anything above this is refused before
 * parsing, so that a wrong file (a log, a video) costs milliseconds instead of seconds and memory.
 */
export const maxFileBytes = 1024 * 1024;
const maxFileLabel = '1 MiB';

/** The file's text, or the one problem that makes it unreadable as a question file. */
export function sourceText(file: SourceFile, m: Messages): { text: string } | { problem: Problem } {
  const { content } = file;
  const bytes = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
  if (bytes > maxFileBytes) return { problem: problemAt(file.path, startOfFile, m.content.tooLarge(maxFileLabel)) };
  if (typeof content === 'string') return { text: withoutBom(content) };
  // A Latin-1 file is refused instead of silently turned into replacement characters. (isUtf8 and
  // toString, not a fatal TextDecoder: Node 20 decodes those through ICU, several times slower.)
  if (!isUtf8(content)) return { problem: problemAt(file.path, startOfFile, m.content.notUtf8) };
  return { text: withoutBom(Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8')) };
}

/** A UTF-8 byte-order mark is dropped, as a TextDecoder does. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

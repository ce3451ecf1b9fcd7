import { closeSync, openSync, readdirSync, readSync, statSync, type Dirent } from 'node:fs';
import { resolve } from 'node:path';
import { entryPath, shownPath, shownPathsIn } from '../files/shown-path.js';
import { UserError } from '../errors.js';
import { failReason } from '../files/fail-reason.js';
import type { Messages } from '../i18n/messages.js';
import { maxFileBytes } from './source-text.js';
import type { SourceFile } from './types.js';

const yamlFile = /\.ya?ml$/i;

function cannotRead(path: string, error: unknown, m: Messages): UserError {
  return new UserError(m.content.cannotRead(path, failReason(error, m.files)));
}

/**
 * At most one byte more than a question file may hold: enough for the loader to refuse a file
 * that is too large, without reading gigabytes first.
 */
function readBounded(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(statSync(path).size, maxFileBytes) + 1);
    let length = 0;
    let read: number;
    while (length < buffer.length && (read = readSync(fd, buffer, length, buffer.length - length, null)) > 0) length += read;
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * The question files at `path`: the file itself, or the `.yaml`/`.yml` files of a folder (not its
 * subfolders), sorted by name. Paths are shown relative to `cwd`. Unreadable → UserError (exit 2).
 */
export function readSources(path: string, cwd: string, m: Messages): SourceFile[] {
  const absolute = resolve(cwd, path);
  const read = (file: string, shown: string): SourceFile => {
    try {
      return { path: shown, content: readBounded(file) };
    } catch (error) {
      throw cannotRead(shown, error, m);
    }
  };
  let folder: boolean;
  try {
    folder = statSync(absolute).isDirectory();
  } catch (error) {
    throw cannotRead(path, error, m);
  }
  if (!folder) return [read(absolute, shownPath(cwd, absolute))];
  let entries: Dirent[];
  try {
    entries = readdirSync(absolute, { withFileTypes: true });
  } catch (error) {
    throw cannotRead(path, error, m);
  }
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const names = entries
    .filter((entry) => yamlFile.test(entry.name) && (entry.isFile() || entry.isSymbolicLink()))
    .map((entry) => entry.name)
    .sort(byName);
  if (names.length === 0) {
    // A folder of rounds given as one team: say which folders it holds, as they are not read.
    const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort(byName);
    throw new UserError(folders.length ? m.content.onlyFolders(path, folders) : m.content.noYamlFiles(path));
  }
  const shown = shownPathsIn(cwd, absolute, names);
  return names.map((name, i) => read(entryPath(absolute, name), shown[i]!));
}

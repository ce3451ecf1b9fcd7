import path, { type PlatformPath } from 'node:path';
import { toPosixPath } from './posix-path.js';

/**
 * A path written into an answers file (`previous.file`): relative to that file's own folder, with
 * forward slashes as the other paths resokit writes, so that it still leads to the file from
 * wherever a report is made, and after the folder is moved or shared. Another drive (Windows) has
 * no relative path: then it stays absolute.
 */
export function storedPath(target: string, fileDir: string, paths: PlatformPath = path, platform: NodeJS.Platform = process.platform): string {
  return toPosixPath(paths.relative(fileDir, target), platform);
}

/**
 * The file a stored path in the answers file `answersFile` leads to, as an absolute path: relative
 * to that file's folder, as resokit stores it now. Files written before stored it relative to the
 * folder reflect was started in, which nothing recorded: failing the first, the current folder
 * (right when the report is run from there, as it usually is). Neither there: the first.
 */
export function storedPathTarget(stored: string, answersFile: string, cwd: string, exists: (path: string) => boolean, paths: PlatformPath = path): string {
  // A folder that cannot be looked into does not hold the file as far as anyone can tell.
  const there = (at: string) => {
    try {
      return exists(at);
    } catch {
      return false;
    }
  };
  const beside = paths.resolve(paths.dirname(answersFile), stored);
  if (there(beside)) return beside;
  const fromCwd = paths.resolve(cwd, stored);
  return there(fromCwd) ? fromCwd : beside;
}

import path, { type PlatformPath } from 'node:path';

/**
 * A path as a person can use it from `cwd`: relative inside that folder, absolute outside it
 * (`../../../tmp/x` is correct but unreadable, and breaks once pasted in another folder). `paths`
 * is injected so that tests can take Windows' rules (another drive, `\`).
 */
export function shownPath(cwd: string, target: string, paths: PlatformPath = path): string {
  const rel = paths.relative(cwd, target);
  const outside = rel === '..' || rel.startsWith(`..${paths.sep}`);
  return rel === '' || outside || paths.isAbsolute(rel) ? target : rel;
}

/**
 * `paths.join(folder, name)` for a name read from the folder (no separator in it) and a folder
 * that is resolved or relative already: the same path, without join's normalising walk over every
 * character, which a team folder of fifty files paid for fifty times.
 */
export function entryPath(folder: string, name: string, paths: PlatformPath = path): string {
  return folder.endsWith(paths.sep) ? folder + name : folder + paths.sep + name;
}

/**
 * shownPath of each file `names` of `folder`, the folder's way found once: the same paths, without
 * working out a relative path per file of a team folder.
 */
export function shownPathsIn(cwd: string, folder: string, names: readonly string[], paths: PlatformPath = path): string[] {
  const rel = paths.relative(cwd, folder);
  if (rel === '') return [...names];
  const outside = rel === '..' || rel.startsWith(`..${paths.sep}`) || paths.isAbsolute(rel);
  return names.map((name) => entryPath(outside ? folder : rel, name, paths));
}

/**
 * A path in a command to paste: a new terminal starts in the home folder (on Windows too, in
 * %USERPROFILE%), so the path is relative only when resokit runs there; elsewhere it is absolute.
 */
export function pastedPath(cwd: string, home: string | undefined, target: string, paths: PlatformPath = path): string {
  const absolute = paths.resolve(cwd, target);
  return home !== undefined && paths.relative(cwd, home) === '' ? shownPath(cwd, absolute, paths) : absolute;
}

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

import { readdirSync, statSync } from 'node:fs';
import { posix, resolve, win32 } from 'node:path';

/**
 * File arguments with `*` or `?` in their last segment (`team/*.yaml`, `team\*.yaml`), expanded as
 * a POSIX shell would. No Windows shell does it; elsewhere the shell has, and a pattern left is one
 * that was quoted (`'team/*.yaml'`, as the README shows for rounds) or matched nothing: resokit
 * expands it too, case-sensitively, unless a file has that very name.
 */
export interface ExpandDeps {
  platform: NodeJS.Platform;
  cwd: string;
  /** The names in a folder; throws when it cannot be read. */
  readdir: (dir: string) => string[];
}

const wildcard = /[*?]/;

/** `*.yaml` → /^[^]*\.yaml$/i: Windows file names compare without regard to case, others with. */
function patternOf(segment: string, windows: boolean): RegExp {
  const body = [...segment].map((c) => (c === '*' ? '[^]*' : c === '?' ? '[^]' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`, windows ? 'i' : '');
}

/** The folder a glob looks in ('' for the current one): a backslash separates folders on Windows only. */
function folderOf(arg: string, platform: NodeJS.Platform): string {
  const cut = Math.max(arg.lastIndexOf('/'), platform === 'win32' ? arg.lastIndexOf('\\') : -1);
  return arg.slice(0, cut + 1);
}

/**
 * The files a glob argument matches, sorted, as paths like the argument; [] when none (or the folder
 * cannot be read); undefined when the argument is no pattern. Outside Windows a file that has the
 * very name (`a*.yaml`) is that file.
 */
function matches(arg: string, deps: ExpandDeps): string[] | undefined {
  const windows = deps.platform === 'win32';
  const dir = folderOf(arg, deps.platform);
  const segment = arg.slice(dir.length);
  if (!wildcard.test(segment) || wildcard.test(dir)) return undefined;
  let names: string[];
  try {
    names = deps.readdir((windows ? win32 : posix).resolve(deps.cwd, dir || '.'));
  } catch {
    return [];
  }
  if (!windows && names.includes(segment)) return [arg];
  const pattern = patternOf(segment, windows);
  // As a POSIX shell: hidden files only for a pattern that starts with a dot.
  return names
    .filter((name) => pattern.test(name) && (!name.startsWith('.') || segment.startsWith('.')))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => dir + name);
}

/** No match: the literal stays, so that the command says it was not found. */
export function expandArgs(args: readonly string[], deps: ExpandDeps): string[] {
  return args.flatMap((arg) => {
    const found = matches(arg, deps);
    return found && found.length > 0 ? found : [arg];
  });
}

const here = (cwd: string): ExpandDeps => ({ platform: process.platform, cwd, readdir: (dir) => readdirSync(dir) });

/** expandArgs for this process: its platform, the given folder and the real file system. */
export function expandFileArgs(args: readonly string[], cwd: string): string[] {
  return expandArgs(args, here(cwd));
}

/**
 * A quoted glob (`'ronde-1/*.yaml'`), on every platform: the files of its folder that its last
 * segment matches, sorted, as paths like the argument; undefined when the argument holds no
 * pattern. A folder that cannot be read matches nothing.
 */
export function globFiles(arg: string, cwd: string): string[] | undefined {
  return matches(arg, here(cwd));
}

/**
 * A quoted glob of folders (`'reflecties/*-voorjaar/'`, the trailing separator saying folders, as in
 * a POSIX shell), on every platform: the folders it matches, sorted, each with that separator;
 * undefined when the argument is no such pattern. PowerShell and cmd pass it on as typed.
 */
export function globFolders(arg: string, cwd: string): string[] | undefined {
  const windows = process.platform === 'win32';
  const separator = arg.at(-1);
  if (separator !== '/' && !(windows && separator === '\\')) return undefined;
  const found = matches(arg.slice(0, -1), here(cwd));
  if (found === undefined) return undefined;
  return found.filter((path) => isFolder(resolve(cwd, path))).map((path) => path + separator);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The folder a glob looks in ('' for the current one). */
export function globFolder(arg: string): string {
  return folderOf(arg, process.platform);
}

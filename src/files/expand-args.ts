import { readdirSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import type { Messages } from '../i18n/messages.js';

/**
 * File arguments with `*` or `?` in any part (`team/*.yaml`, `reflecties\*\anais.yaml`), expanded as
 * a POSIX shell would; one ending in a separator (`reflecties/*-voorjaar/`) gives folders only. No Windows shell
 * does it; elsewhere the shell has, and a pattern left is one that was quoted (`'team/*.yaml'`, as
 * the README shows for rounds) or matched nothing: resokit expands it too, case-sensitively, unless
 * a file has that very name.
 */
export interface ExpandDeps {
  platform: NodeJS.Platform;
  cwd: string;
  /** The names in a folder; throws when it cannot be read (or is no folder). */
  readdir: (dir: string) => string[];
}

const wildcard = /[*?]/;

/** `*.yaml` → /^[^]*\.yaml$/i: Windows file names compare without regard to case, others with. */
function patternOf(segment: string, windows: boolean): RegExp {
  const body = [...segment].map((c) => (c === '*' ? '[^]*' : c === '?' ? '[^]' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`, windows ? 'i' : '');
}

/** A backslash separates folders on Windows only. */
const separators = (platform: NodeJS.Platform) => (platform === 'win32' ? /[\\/]/ : /\//);

/**
 * The parts of a path, each with the separator that ends it (`C:\\`, `team/`, `*.yaml`); a trailing
 * separator is cut off first, and said by `folders`.
 */
function partsOf(arg: string, platform: NodeJS.Platform): { parts: string[]; folders: boolean } {
  const separator = separators(platform);
  const folders = arg.length > 1 && separator.test(arg.at(-1) ?? '');
  const body = folders ? arg.slice(0, -1) : arg;
  return { parts: body.split(platform === 'win32' ? /(?<=[\\/])/ : /(?<=\/)/), folders };
}

/**
 * The paths a glob argument matches, sorted, like the argument (its separators, its trailing one for
 * folders); [] when none; undefined when the argument is no pattern. Each part with a wildcard is
 * matched against the names in the folders matched so far, and so is each part after it (a shell
 * checks those exist too). Outside Windows a file that has the very name (`a*.yaml`) is that file.
 */
function matches(arg: string, deps: ExpandDeps): string[] | undefined {
  const windows = deps.platform === 'win32';
  const { parts, folders } = partsOf(arg, deps.platform);
  const first = parts.findIndex((part) => wildcard.test(part));
  if (first === -1) return undefined;
  const names = (dir: string): string[] => {
    try {
      return deps.readdir((windows ? win32 : posix).resolve(deps.cwd, dir || '.'));
    } catch {
      return [];
    }
  };
  const isFolder = (path: string) => {
    try {
      deps.readdir((windows ? win32 : posix).resolve(deps.cwd, path));
      return true;
    } catch {
      return false;
    }
  };
  const trailing = folders ? arg.slice(-1) : '';
  const literal = arg.slice(0, arg.length - trailing.length);
  const last = parts.at(-1) ?? '';
  if (!windows && names(literal.slice(0, literal.length - last.length)).includes(last) && (!folders || isFolder(literal))) return [arg];
  let found = [parts.slice(0, first).join('')];
  for (const part of parts.slice(first)) {
    const separator = separators(deps.platform).test(part.at(-1) ?? '') ? part.slice(-1) : '';
    const name = part.slice(0, part.length - separator.length);
    // `a//b`: an empty part adds its separator, as the system reads it.
    if (name === '') {
      found = found.map((dir) => dir + part);
      continue;
    }
    const pattern = patternOf(name, windows);
    // As a POSIX shell: hidden files and folders only for a part that starts with a dot.
    found = found.flatMap((dir) =>
      names(dir)
        .filter((entry) => pattern.test(entry) && (!entry.startsWith('.') || name.startsWith('.')))
        .map((entry) => dir + entry + separator),
    );
  }
  if (folders) found = found.filter(isFolder).map((path) => path + trailing);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The arguments with each glob replaced by what it matches, and the globs that matched nothing: in
 * `paths` those stay as typed, as a POSIX shell leaves them (for a command that says so itself).
 */
export function expandArgs(args: readonly string[], deps: ExpandDeps): { paths: string[]; unmatched: string[] } {
  const unmatched: string[] = [];
  const paths = args.flatMap((arg) => {
    const found = matches(arg, deps);
    if (found === undefined) return [arg];
    if (found.length === 0) unmatched.push(arg);
    return found.length > 0 ? found : [arg];
  });
  return { paths, unmatched };
}

const here = (cwd: string): ExpandDeps => ({ platform: process.platform, cwd, readdir: (dir) => readdirSync(dir) });

/** expandArgs for this process: its platform, the given folder and the real file system. */
export function expandFileArgs(args: readonly string[], cwd: string): { paths: string[]; unmatched: string[] } {
  return expandArgs(args, here(cwd));
}

/**
 * The paths the arguments give; a glob that matches nothing is an error that says so (not that a
 * file named like the pattern is missing), every such glob named.
 */
export function expandedPaths(args: readonly string[], cwd: string, m: Messages): string[] {
  const { paths, unmatched } = expandFileArgs(args, cwd);
  const [first, ...rest] = unmatched.map((arg) => (partsOf(arg, process.platform).folders ? m.history.noMatchingFolders(arg) : m.content.noMatchingFiles(arg)));
  if (first !== undefined) throw new UserError(first, ExitCode.usage, rest);
  return paths;
}

/**
 * A quoted glob (`'ronde-1/*.yaml'`, `'ronde-?/anais.yaml'`), on every platform: the files
 * it matches, sorted, as paths like the argument; undefined when the argument holds no pattern or
 * ends in a separator (globFolders). A folder that cannot be read matches nothing.
 */
export function globFiles(arg: string, cwd: string): string[] | undefined {
  return partsOf(arg, process.platform).folders ? undefined : matches(arg, here(cwd));
}

/**
 * A quoted glob of folders (`'reflecties/*-voorjaar/'`, the trailing separator saying folders, as in
 * a POSIX shell), on every platform: the folders it matches, sorted, each with that separator;
 * undefined when the argument is no such pattern. PowerShell and cmd pass it on as typed.
 */
export function globFolders(arg: string, cwd: string): string[] | undefined {
  return partsOf(arg, process.platform).folders ? matches(arg, here(cwd)) : undefined;
}

/** The folder a glob looks in ('' for the current one): its parts before the first with a wildcard. */
export function globFolder(arg: string, platform: NodeJS.Platform = process.platform): string {
  const { parts } = partsOf(arg, platform);
  const first = parts.findIndex((part) => wildcard.test(part));
  return parts.slice(0, first === -1 ? parts.length - 1 : first).join('');
}

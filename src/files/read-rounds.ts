import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readSources } from '../content/read-sources.js';
import type { SourceFile } from '../content/types.js';
import { isUserError } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { failReason } from './fail-reason.js';
import { globFiles, globFolder, globFolders } from './expand-args.js';

/** One round argument read from disk: its folder's name and its answers files, or what is wrong with it. */
export interface RoundSource {
  source: string;
  folderName: string;
  files: Array<SourceFile & { absolute: string }>;
  problems: string[];
  /** A folder's subfolders, not read (as report reads a folder): named in a warning, sorted. */
  subfolders?: string[];
}

const yamlFile = /\.ya?ml$/i;

/**
 * The rounds the arguments give: a quoted glob of folders (`'reflecties/*-voorjaar/'`) is one round per
 * folder it matches, as a POSIX shell would have given them (PowerShell and cmd do not); one that
 * matches none stays, for readRound to say so.
 */
export function roundSources(args: readonly string[], cwd: string): string[] {
  return args.flatMap((arg) => {
    const folders = globFolders(arg, cwd);
    return folders && folders.length > 0 ? folders : [arg];
  });
}

/**
 * A round: a folder (its .yaml files, not its subfolders, as report reads a folder: they are
 * named, for a warning) or a quoted glob. A single file is not a
 * round (the shell has expanded an unquoted glob), and a round without answers files is a problem:
 * every problem of every round is collected, so that one run shows all there is to fix.
 */
export function readRound(source: string, cwd: string, m: Messages): RoundSource {
  const h = m.history;
  // A glob of folders is expanded before (roundSources): here it matched none.
  if (globFolders(source, cwd) !== undefined) return { source, folderName: '', files: [], problems: [h.noMatchingFolders(source)] };
  const glob = globFiles(source, cwd);
  const folderOf = (path: string) => basename(resolve(cwd, path || '.'));
  if (glob !== undefined) {
    const folder = globFolder(source);
    const round = { source, folderName: folderOf(folder), files: [], problems: [] };
    try {
      statSync(resolve(cwd, folder || '.'));
    } catch (error) {
      return { ...round, problems: [h.cannotReadRound(source, failReason(error, m.files))] };
    }
    if (glob.length === 0) return { ...round, problems: [h.emptyRound(source)] };
    const answers = glob.filter((path) => yamlFile.test(path));
    if (answers.length === 0) return { ...round, problems: [h.noAnswersFiles(source)] };
    return read(round, answers.map((path) => resolve(cwd, path)), cwd, m);
  }
  const absolute = resolve(cwd, source);
  const round = { source, folderName: basename(absolute), files: [], problems: [] };
  let names: string[];
  let subfolders: string[];
  try {
    if (!statSync(absolute).isDirectory()) return { ...round, problems: [h.singleFile(source)] };
    const entries = readdirSync(absolute, { withFileTypes: true });
    const sorted = (list: string[]) => list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    names = sorted(entries.filter((entry) => entry.isFile() || entry.isSymbolicLink()).map((entry) => entry.name));
    subfolders = sorted(entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name));
  } catch (error) {
    return { ...round, problems: [h.cannotReadRound(source, failReason(error, m.files))] };
  }
  const withSubfolders = subfolders.length ? { ...round, subfolders } : round;
  const problem = folderProblem(source, names, m);
  if (problem) return { ...withSubfolders, problems: [problem] };
  return read(withSubfolders, names.filter((name) => yamlFile.test(name)).map((name) => join(absolute, name)), cwd, m);
}

/**
 * What is wrong with a round's folder, given the names of its files: none at all, or no answers
 * files among them. One text for history and for a --compare folder: both are a round.
 */
export function folderProblem(source: string, names: readonly string[], m: Messages): string | undefined {
  if (names.length === 0) return m.history.emptyRound(source);
  return names.some((name) => yamlFile.test(name)) ? undefined : m.history.noAnswersFiles(source);
}

/** The names of the files in a folder (not its subfolders); throws when it cannot be read. */
export function folderFileNames(absolute: string): string[] {
  return readdirSync(absolute, { withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => entry.name);
}

function read(round: RoundSource, paths: readonly string[], cwd: string, m: Messages): RoundSource {
  const files: RoundSource['files'] = [];
  const problems: string[] = [];
  for (const path of paths) {
    try {
      files.push(...readSources(path, cwd, m).map((file) => ({ ...file, absolute: path })));
    } catch (error) {
      if (!isUserError(error)) throw error;
      problems.push(error.message);
    }
  }
  return { ...round, files, problems };
}

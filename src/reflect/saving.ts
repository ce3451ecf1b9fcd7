import { mkdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import type { Style } from '../cli/style.js';
import { exists, existsSync } from '../files/exists.js';
import { failReason } from '../files/fail-reason.js';
import type { Messages } from '../i18n/messages.js';
import { wrap } from '../text/wrap.js';
import type { Asker } from '../prompts/ask.js';
import type { Autosave, SaveNotice } from './autosave.js';

/**
 * Where the answers go when their file cannot be written and nobody can be asked (a signal): the
 * home folder, else the system's temp folder.
 */
export function fallbackFolders(): string[] {
  const home = homeFolder();
  return [...new Set([...(home ? [home] : []), tmpdir()])];
}

/**
 * The home folder, where a new terminal starts: HOME (USERPROFILE on Windows) of the environment
 * given, else the system's idea of it; undefined for an account without one (a service account).
 */
export function homeFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const fromEnv = platform === 'win32' ? env.USERPROFILE : env.HOME;
  if (fromEnv) return fromEnv;
  try {
    return homedir() || undefined;
  } catch {
    return undefined;
  }
}

/** `name` in `dir`, or name-2, name-3, ... when taken: a rescued copy never overwrites another file. */
function candidates(dir: string, name: string): (n: number) => string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  return (n) => join(dir, n === 1 ? name : `${stem}-${n}${ext}`);
}

async function freePath(dir: string, name: string): Promise<string> {
  const at = candidates(dir, name);
  for (let n = 1; ; n++) if (!(await exists(at(n)))) return at(n);
}

function freePathSync(dir: string, name: string): string {
  const at = candidates(dir, name);
  for (let n = 1; ; n++) if (!existsSync(at(n))) return at(n);
}

export interface SavingDeps {
  m: Messages;
  style: Style;
  /** The walk-through's output (stdout). */
  print: (text: string) => void;
  /** Where the answers go as a last resort (stderr): the one place that may still be copied from. */
  printError: (text: string) => void;
  cwd: string;
  shown: (path: string) => string;
  /** The command to continue from a file at `path`. */
  resumeCommand: (path: string) => string;
  folders: () => string[];
}

/** A notice about saving, wrapped to `width` like the rest of the walk-through. */
export function noticeText(notice: SaveNotice, width: number, deps: Pick<SavingDeps, 'm' | 'style' | 'shown'>): string {
  const r = deps.m.reflect;
  return notice.kind === 'failing'
    ? deps.style.warning(wrap(r.saveFailing(deps.shown(notice.path), failReason(notice.error, deps.m.files)), width))
    : deps.style.success(wrap(r.saveWorksAgain(deps.shown(notice.path)), width));
}

/**
 * Asks for another folder until the answers are written there. False when the person gives none
 * (an empty answer, Ctrl+C): the fallback folder follows.
 */
async function askForFolder<T>(autosave: Autosave<T>, ask: Asker, deps: SavingDeps): Promise<boolean> {
  const r = deps.m.reflect;
  const name = basename(autosave.path);
  let reason = failReason(autosave.failure?.error, deps.m.files);
  for (;;) {
    let answer: string;
    try {
      answer = await ask.text(r.askOtherFolder(reason));
    } catch {
      return false;
    }
    if (answer === '') return false;
    const dir = resolve(deps.cwd, answer);
    try {
      await mkdir(dir, { recursive: true });
      await autosave.moveTo(await freePath(dir, name));
      return true;
    } catch (error) {
      reason = failReason(error, deps.m.files);
      deps.print(`${deps.style.warning(r.otherFolderFails(deps.shown(dir), reason))}\n`);
    }
  }
}

/** Writes to the first fallback folder that takes the file. */
function rescueSync<T>(autosave: Autosave<T>, deps: SavingDeps): boolean {
  const name = basename(autosave.path);
  for (const dir of deps.folders()) {
    try {
      mkdirSync(dir, { recursive: true });
      autosave.moveToSync(freePathSync(dir, name));
      return true;
    } catch {
      // The next folder, and after the last the terminal.
    }
  }
  return false;
}

/** Nowhere to write: the complete file on stderr, so that it can be copied from the terminal. */
function printAll<T>(autosave: Autosave<T>, deps: SavingDeps): void {
  const r = deps.m.reflect;
  deps.printError(`\n${r.lastResort(deps.resumeCommand(`${deps.m.reflect.fileNames.answers}.yaml`))}\n\n${autosave.latestText()}-----\n`);
}

/**
 * Makes sure the latest answers are on disk somewhere, at the end of a session or after Ctrl+C:
 * the file itself; else a folder the person names; else a fallback folder; else the terminal.
 * Returns false only in that last case.
 */
export async function keepAnswers<T>(autosave: Autosave<T>, ask: Asker, deps: SavingDeps): Promise<boolean> {
  if (await autosave.flush()) return true;
  const original = autosave.path;
  if (await askForFolder(autosave, ask, deps)) {
    olderCopy(original, deps.print, deps);
    return true;
  }
  if (rescueSync(autosave, deps)) {
    deps.print(`${deps.style.warning(deps.m.reflect.savedElsewhere)}\n`);
    olderCopy(original, deps.print, deps);
    return true;
  }
  printAll(autosave, deps);
  return false;
}

/** A copy of an earlier save left where saving stopped working: said, so that nobody resumes from it. */
function olderCopy(original: string, print: (text: string) => void, deps: SavingDeps): void {
  let left: boolean;
  try {
    left = existsSync(original);
  } catch {
    return;
  }
  if (left) print(`${deps.style.warning(deps.m.reflect.olderCopyLeft(deps.shown(original)))}\n`);
}

/** The same without asking, for a signal: nothing can wait and nobody may be there to answer. */
export function keepAnswersSync<T>(autosave: Autosave<T>, deps: SavingDeps): boolean {
  if (autosave.flushSync()) return true;
  const original = autosave.path;
  if (rescueSync(autosave, deps)) {
    deps.printError(`${deps.m.reflect.savedElsewhere}\n`);
    olderCopy(original, deps.printError, deps);
    return true;
  }
  printAll(autosave, deps);
  return false;
}

import { rmdirSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { UserError } from '../errors.js';
import { exists } from '../files/exists.js';
import { failReason } from '../files/fail-reason.js';
import { probeWritable } from '../files/probe-writable.js';
import type { Messages } from '../i18n/messages.js';
import { slug } from '../text/slug.js';

export interface SessionPaths {
  answers: string;
  plan: string;
}

function pathsFor(dir: string, base: string, m: Messages): SessionPaths {
  return {
    answers: join(dir, `${m.reflect.fileNames.answers}-${base}.yaml`),
    plan: join(dir, `${m.reflect.fileNames.plan}-${base}.md`),
  };
}

/**
 * Dated file names for a new reflection. A second reflection by the same person on the same day
 * gets `-2`, `-3`, ... rather than an error: nothing is overwritten, nothing has to be retyped.
 * With --force the plain name is used, whatever is there.
 */
export async function newSessionPaths(dir: string, date: string, participant: string, force: boolean, m: Messages): Promise<SessionPaths> {
  const base = `${date}-${slug(participant, m.reflect.fileNames.participant)}`;
  for (let n = 1; ; n++) {
    const paths = pathsFor(dir, n === 1 ? base : `${base}-${n}`, m);
    if (force || !((await existsOrFail(paths.answers, m)) || (await existsOrFail(paths.plan, m)))) return paths;
  }
}

/** The plan beside a resumed answers file: antwoorden-X.yaml → actieplan-X.md. */
export function planBeside(answersPath: string, dir: string, m: Messages): string {
  const name = basename(answersPath).replace(/\.ya?ml$/i, '');
  const prefix = `${m.reflect.fileNames.answers}-`;
  return join(dir, `${m.reflect.fileNames.plan}-${name.startsWith(prefix) ? name.slice(prefix.length) : name}.md`);
}

/**
 * Fails before the first question, not after twenty minutes of typing. Returns the first folder it
 * had to create (`dir` or one above it), undefined when `dir` was there.
 */
export async function ensureWritableDir(dir: string, m: Messages): Promise<string | undefined> {
  try {
    const created = await mkdir(dir, { recursive: true });
    const info = await stat(dir);
    if (!info.isDirectory()) throw new Error(m.reflect.notAFolder);
    // A real write, rename and removal: access(W_OK) ignores Windows ACLs and read-only media as root.
    await probeWritable(dir);
    return created;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ? failReason(error, m.files) : (error as Error).message;
    throw new UserError(m.reflect.cannotWrite(dir, reason));
  }
}

/** Whether a file is there; a folder that cannot be looked into is a UserError with its reason, never "no". */
export async function existsOrFail(path: string, m: Messages): Promise<boolean> {
  try {
    return await exists(path);
  } catch (error) {
    throw new UserError(m.reflect.cannotWrite(dirname(path), failReason(error, m.files)));
  }
}

/**
 * Removes the folders ensureWritableDir created (`created`, the first of them, down to `dir`) that
 * are still empty: a session stopped before anything was saved leaves nothing behind. A folder that
 * was there before, or has anything in it, stays: rmdir removes only empty ones. Synchronous, for a
 * signal.
 */
export function removeCreatedIfEmpty(dir: string, created: string | undefined): void {
  if (created === undefined) return;
  const inside = relative(created, dir);
  if (inside.startsWith('..') || isAbsolute(inside)) return;
  for (let at = dir; ; at = dirname(at)) {
    try {
      rmdirSync(at);
    } catch {
      return;
    }
    if (at === created || dirname(at) === at) return;
  }
}

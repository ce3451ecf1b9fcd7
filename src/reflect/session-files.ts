import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { exists } from '../files/exists.js';
import { failReason } from '../files/fail-reason.js';
import type { Messages } from '../i18n/messages.js';

/** A name part from free text: "An Peeters" → "an-peeters". */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s || 'deelnemer';
}

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
  const base = `${date}-${slug(participant)}`;
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

/** Fails before the first question, not after twenty minutes of typing. */
export async function ensureWritableDir(dir: string, m: Messages): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const info = await stat(dir);
    if (!info.isDirectory()) throw new Error(m.reflect.notAFolder);
    await access(dir, constants.W_OK);
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

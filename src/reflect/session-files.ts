import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { UserError } from '../errors.js';
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
    if (force || !((await exists(paths.answers)) || (await exists(paths.plan)))) return paths;
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
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = m.content.readReasons[code] ?? (error instanceof Error ? error.message : String(error));
    throw new UserError(m.reflect.cannotWrite(dir, reason));
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Temp file + fsync + rename: a crash or kill -9 leaves the previous complete file, never a torn one. */
export async function writeAtomic(path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text, { encoding: 'utf8' });
}

export function writeAtomicSync(path: string, text: string): void {
  writeFileAtomic.sync(path, text, { encoding: 'utf8' });
}

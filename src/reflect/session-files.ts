import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { UserError } from '../errors.js';
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

export function sessionPaths(dir: string, date: string, participant: string, m: Messages) {
  const base = `${date}-${slug(participant)}`;
  return {
    answers: join(dir, `${m.reflect.fileNames.answers}-${base}.yaml`),
    plan: join(dir, `${m.reflect.fileNames.plan}-${base}.md`),
  };
}

/** Fails before the first question, not after twenty minutes of typing. */
export async function ensureWritableDir(dir: string, m: Messages): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const info = await stat(dir);
    if (!info.isDirectory()) throw new Error(m.reflect.notAFolder);
    await access(dir, constants.W_OK);
  } catch (error) {
    const reason = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
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

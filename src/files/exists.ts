import { lstatSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { isAbsent } from './fail-reason.js';

/** Whether something is at `path`. Throws when that cannot be known (permission, I/O): never guesses "no". */
export async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if (isAbsent(error)) return false;
    throw error;
  }
}

export function existsSync(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (error) {
    if (isAbsent(error)) return false;
    throw error;
  }
}

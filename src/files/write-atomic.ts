import { writeFileAtomic, writeFileAtomicSync } from './rename-retry.js';

/**
 * The file-writing boundary. Temp file + fsync + rename: a crash or kill -9 leaves the previous
 * complete file, never a torn one. Code that must survive failing writes takes a `FileWriter`, so
 * tests can inject EIO or ENOTCONN where no real disk produces them. On Windows the rename waits
 * for a file held by OneDrive, an antivirus or an editor (see rename-retry.ts).
 */
export interface FileWriter {
  write(path: string, text: string): Promise<void>;
  /** For signal handlers, which cannot wait for a promise. */
  writeSync(path: string, text: string): void;
}

export async function writeAtomic(path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text);
}

export function writeAtomicSync(path: string, text: string): void {
  writeFileAtomicSync(path, text);
}

export const diskWriter: FileWriter = { write: writeAtomic, writeSync: writeAtomicSync };

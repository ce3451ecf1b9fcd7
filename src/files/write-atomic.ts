import writeFileAtomic from 'write-file-atomic';

/**
 * The file-writing boundary. Temp file + fsync + rename: a crash or kill -9 leaves the previous
 * complete file, never a torn one. Code that must survive failing writes takes a `FileWriter`, so
 * tests can inject EIO or ENOTCONN where no real disk produces them.
 */
export interface FileWriter {
  write(path: string, text: string): Promise<void>;
  /** For signal handlers, which cannot wait for a promise. */
  writeSync(path: string, text: string): void;
}

export async function writeAtomic(path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text, { encoding: 'utf8' });
}

export function writeAtomicSync(path: string, text: string): void {
  writeFileAtomic.sync(path, text, { encoding: 'utf8' });
}

export const diskWriter: FileWriter = { write: writeAtomic, writeSync: writeAtomicSync };

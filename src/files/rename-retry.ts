import * as fsSync from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { uniqueSuffix } from './temp-name.js';

/**
 * An atomic save that survives a file held for a moment. On Windows, OneDrive, antivirus, the
 * search indexer, Explorer's preview pane and Word hold files briefly, and the rename over the old
 * file then fails with EPERM, EBUSY or EACCES: retried with a backoff for up to 5 s in all, as
 * graceful-fs and VS Code do. On Linux and macOS these errors are final.
 *
 * write-file-atomic (which saves today) cannot be given another rename, so the sequence is here:
 * temp file beside the target, write, fsync, keep the old file's mode, rename, and the temp file
 * removed when anything fails. Like write-file-atomic it writes through a symlink to its target
 * and queues saves to one file.
 */

export interface AtomicWriteFs {
  open: typeof fsPromises.open;
  rename: (from: string, to: string) => Promise<void>;
  unlink: (path: string) => Promise<void>;
  stat: (path: string) => Promise<{ mode: number }>;
  chmod: (path: string, mode: number) => Promise<void>;
  realpath: (path: string) => Promise<string>;
}

export interface AtomicWriteDeps {
  platform: NodeJS.Platform;
  fs: AtomicWriteFs;
  /** Milliseconds, for the time spent retrying; injected so that tests use a fake clock. */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** How long, in all, a held file is waited for (Windows). */
export const renameRetryLimitMs = 5_000;
const retriedCodes = new Set(['EPERM', 'EBUSY', 'EACCES']);

const defaults: AtomicWriteDeps = {
  platform: process.platform,
  fs: fsPromises,
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * After a failed rename: how long to wait before the next try, or undefined when the error stands.
 * On Windows a held file (EPERM, EBUSY, EACCES) is waited for 10 ms, then 20, 30 … up to 100 ms
 * between tries (graceful-fs's steps), until 5 s have passed in all.
 */
export function nextRenameWait(error: unknown, platform: NodeJS.Platform, elapsedMs: number, previousWait: number): number | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (platform !== 'win32' || !retriedCodes.has(code)) return undefined;
  const wait = Math.min(previousWait + 10, 100);
  return elapsedMs + wait > renameRetryLimitMs ? undefined : wait;
}

/** rename(from, to), retried on Windows while the file is held (see nextRenameWait). */
export async function renameWithRetry(from: string, to: string, deps: Pick<AtomicWriteDeps, 'platform' | 'now' | 'sleep'> & { fs: Pick<AtomicWriteFs, 'rename'> }): Promise<void> {
  const start = deps.now();
  let wait = 0;
  for (;;) {
    try {
      await deps.fs.rename(from, to);
      return;
    } catch (error) {
      const next = nextRenameWait(error, deps.platform, deps.now() - start, wait);
      if (next === undefined) throw error;
      await deps.sleep(next);
      wait = next;
    }
  }
}

/** The file a symlink points to (a save replaces the target, not the link); the path itself if none. */
async function target(path: string, fs: AtomicWriteFs): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return path;
    throw error;
  }
}

async function existingMode(path: string, fs: AtomicWriteFs): Promise<number | undefined> {
  try {
    return (await fs.stat(path)).mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function save(path: string, text: string, deps: AtomicWriteDeps): Promise<void> {
  const { fs } = deps;
  const file = await target(path, fs);
  const temp = join(dirname(file), `.${basename(file)}.${uniqueSuffix()}.tmp`);
  try {
    const mode = await existingMode(file, fs);
    const handle = await fs.open(temp, 'wx', mode ?? 0o666);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    // open() applies the umask; the saved file keeps the mode the old one had.
    if (mode !== undefined) await fs.chmod(temp, mode);
    await renameWithRetry(temp, file, deps);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

const queues = new Map<string, Promise<void>>();

/** Saves `text` to `path` atomically: readers see the old file or the new one, never a part. */
export function writeFileAtomic(path: string, text: string, deps: Partial<AtomicWriteDeps> = {}): Promise<void> {
  const all = { ...defaults, ...deps };
  // Saves to one file run in order: the last one asked for is the one that stays.
  const previous = queues.get(path) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => save(path, text, all));
  const tail = next.catch(() => undefined);
  queues.set(path, tail);
  void tail.then(() => {
    if (queues.get(path) === tail) queues.delete(path);
  });
  return next;
}

export interface AtomicWriteSyncDeps {
  platform: NodeJS.Platform;
  fs: Pick<typeof fsSync, 'openSync' | 'writeFileSync' | 'fsyncSync' | 'closeSync' | 'unlinkSync' | 'statSync' | 'chmodSync' | 'realpathSync'> & {
    renameSync: (from: string, to: string) => void;
  };
  now: () => number;
  /** Blocks: a signal handler cannot wait for a promise. */
  sleep: (ms: number) => void;
}

const syncDefaults: AtomicWriteSyncDeps = {
  platform: process.platform,
  fs: fsSync,
  now: () => Date.now(),
  sleep: (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms),
};

function notFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** writeFileAtomic for signal handlers, which cannot wait for a promise: the same steps, blocking. */
export function writeFileAtomicSync(path: string, text: string, deps: Partial<AtomicWriteSyncDeps> = {}): void {
  const { fs, platform, now, sleep } = { ...syncDefaults, ...deps };
  let file = path;
  try {
    file = fs.realpathSync(path);
  } catch (error) {
    if (!notFound(error)) throw error;
  }
  const temp = join(dirname(file), `.${basename(file)}.${uniqueSuffix()}.tmp`);
  try {
    let mode: number | undefined;
    try {
      mode = fs.statSync(file).mode & 0o7777;
    } catch (error) {
      if (!notFound(error)) throw error;
    }
    const fd = fs.openSync(temp, 'wx', mode ?? 0o666);
    try {
      fs.writeFileSync(fd, text, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (mode !== undefined) fs.chmodSync(temp, mode);
    const start = now();
    let wait = 0;
    for (;;) {
      try {
        fs.renameSync(temp, file);
        return;
      } catch (error) {
        const next = nextRenameWait(error, platform, now() - start, wait);
        if (next === undefined) throw error;
        sleep(next);
        wait = next;
      }
    }
  } catch (error) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // Never written, or already renamed.
    }
    throw error;
  }
}

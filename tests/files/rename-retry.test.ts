// Atomic saves that survive a file held for a moment on Windows (issue 9, item 2): the retry on a
// fake clock, and the save itself on the real file system.
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as fsSync from 'node:fs';
import { renameRetryLimitMs, renameWithRetry, writeFileAtomic, writeFileAtomicSync } from '../../src/files/rename-retry.js';

const errno = (code: string) => Object.assign(new Error(`${code}: rename`), { code });

/** A clock that moves only when the code under test sleeps; and a rename that fails `failures` times. */
function fake(platform: NodeJS.Platform, failures: readonly string[]) {
  let time = 0;
  const sleeps: number[] = [];
  let tries = 0;
  const remaining = [...failures];
  return {
    sleeps,
    get tries() {
      return tries;
    },
    get elapsed() {
      return time;
    },
    deps: {
      platform,
      now: () => time,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        time += ms;
      },
      fs: {
        rename: async () => {
          tries++;
          const code = remaining.shift();
          if (code !== undefined) throw errno(code);
        },
      },
    },
  };
}

describe('renameWithRetry', () => {
  it.each(['EPERM', 'EBUSY', 'EACCES'])('Windows: %s while the file is held is retried, 10, 20, 30 ms apart', async (code) => {
    const f = fake('win32', [code, code, code]);
    await renameWithRetry('a.tmp', 'a.yaml', f.deps);
    expect(f.tries).toBe(4);
    expect(f.sleeps).toEqual([10, 20, 30]);
  });

  it('Windows: the wait grows to 100 ms and stays there; after 5 s in all the error stands', async () => {
    const f = fake('win32', Array<string>(1000).fill('EPERM'));
    await expect(renameWithRetry('a.tmp', 'a.yaml', f.deps)).rejects.toMatchObject({ code: 'EPERM' });
    expect(f.sleeps.slice(0, 12)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 100, 100]);
    expect(f.elapsed).toBeLessThanOrEqual(renameRetryLimitMs);
    expect(f.elapsed).toBeGreaterThan(renameRetryLimitMs - 100);
    expect(f.tries).toBe(f.sleeps.length + 1);
  });

  it('Windows: a file held for 4.9 s is still saved', async () => {
    // 10 + 20 + … + 100 = 550 ms, then 44 waits of 100 ms.
    const f = fake('win32', Array<string>(54).fill('EBUSY'));
    await renameWithRetry('a.tmp', 'a.yaml', f.deps);
    expect(f.elapsed).toBe(4_950);
    expect(f.tries).toBe(55);
  });

  it.each([
    ['win32', 'ENOENT'],
    ['win32', 'ENOSPC'],
    ['linux', 'EACCES'],
    ['linux', 'EPERM'],
    ['linux', 'EBUSY'],
    ['darwin', 'EACCES'],
  ] as const)('%s: %s is final, at once', async (platform, code) => {
    const f = fake(platform, [code]);
    await expect(renameWithRetry('a.tmp', 'a.yaml', f.deps)).rejects.toMatchObject({ code });
    expect(f.tries).toBe(1);
    expect(f.sleeps).toEqual([]);
  });
});

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'resokit-atomic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const onlyFiles = (...names: string[]) => expect(readdirSync(dir).filter((n) => names.includes(n) || n.endsWith('.tmp')).sort()).toEqual([...names].sort());

  it('writes a new file and leaves no temp file', async () => {
    await writeFileAtomic(join(dir, 'nieuw.yaml'), 'a: 1\n');
    expect(readFileSync(join(dir, 'nieuw.yaml'), 'utf8')).toBe('a: 1\n');
    onlyFiles('nieuw.yaml');
  });

  it.skipIf(process.platform === 'win32')('replaces an existing file and keeps its mode (the umask would take g+w away; POSIX modes)', async () => {
    const path = join(dir, 'mode.yaml');
    writeFileSync(path, 'old\n', { mode: 0o664 });
    await fsPromises.chmod(path, 0o664);
    await writeFileAtomic(path, 'new\n');
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(statSync(path).mode & 0o777).toBe(0o664);
  });

  it.skipIf(process.platform === 'win32')('writes through a symlink to its target, and the link stays a link (symlinks need privileges on Windows)', async () => {
    writeFileSync(join(dir, 'echt.yaml'), 'old\n');
    symlinkSync('echt.yaml', join(dir, 'link.yaml'));
    await writeFileAtomic(join(dir, 'link.yaml'), 'via link\n');
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.yaml'))).toBe('echt.yaml');
    expect(readFileSync(join(dir, 'echt.yaml'), 'utf8')).toBe('via link\n');
  });

  it('saves to one file in the order asked: the last one stays', async () => {
    const path = join(dir, 'volgorde.yaml');
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileAtomic(path, `save ${i}\n`)));
    expect(readFileSync(path, 'utf8')).toBe('save 19\n');
    onlyFiles('volgorde.yaml');
  });

  it('Windows: saved although the rename failed twice with EPERM (held by another program)', async () => {
    const path = join(dir, 'vast.yaml');
    writeFileSync(path, 'old\n');
    let failures = 2;
    const sleeps: number[] = [];
    const fs = {
      ...fsPromises,
      rename: async (from: string, to: string) => {
        if (failures-- > 0) throw errno('EPERM');
        await fsPromises.rename(from, to);
      },
    };
    await writeFileAtomic(path, 'new\n', { platform: 'win32', fs, sleep: async (ms) => void sleeps.push(ms) });
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(sleeps).toEqual([10, 20]);
    onlyFiles('vast.yaml');
  });

  it('Linux: a failed rename leaves the old file as it was, no temp file, and the error', async () => {
    const path = join(dir, 'mislukt.yaml');
    writeFileSync(path, 'old\n');
    const fs = { ...fsPromises, rename: async () => Promise.reject(errno('EACCES')) };
    await expect(writeFileAtomic(path, 'new\n', { platform: 'linux', fs })).rejects.toMatchObject({ code: 'EACCES' });
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    onlyFiles('mislukt.yaml');
  });

  it('a folder that does not exist is an error (ENOENT), with nothing written', async () => {
    await expect(writeFileAtomic(join(dir, 'weg', 'x.yaml'), 'x\n')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('writeFileAtomicSync (for signal handlers)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'resokit-atomic-sync-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const temps = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

  it('writes and replaces a file, leaving no temp file', () => {
    const path = join(dir, 'a.yaml');
    writeFileAtomicSync(path, 'een\n');
    writeFileAtomicSync(path, 'twee\n');
    expect(readFileSync(path, 'utf8')).toBe('twee\n');
    expect(temps()).toEqual([]);
  });

  it('Windows: waits (blocking, on a fake clock) while the file is held, then saves', () => {
    const path = join(dir, 'vast.yaml');
    writeFileSync(path, 'old\n');
    let failures = 3;
    let time = 0;
    const sleeps: number[] = [];
    const fs = {
      ...fsSync,
      renameSync: (from: string, to: string) => {
        if (failures-- > 0) throw errno('EBUSY');
        fsSync.renameSync(from, to);
      },
    };
    writeFileAtomicSync(path, 'new\n', { platform: 'win32', fs, now: () => time, sleep: (ms) => void sleeps.push((time += ms) && ms) });
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(sleeps).toEqual([10, 20, 30]);
    expect(temps()).toEqual([]);
  });

  it('Linux: EACCES is final; the old file stays and no temp file is left', () => {
    const path = join(dir, 'mislukt.yaml');
    writeFileSync(path, 'old\n');
    const fs = {
      ...fsSync,
      renameSync: () => {
        throw errno('EACCES');
      },
    };
    expect(() => writeFileAtomicSync(path, 'new\n', { platform: 'linux', fs, sleep: () => expect.unreachable('no wait on Linux') })).toThrow(
      expect.objectContaining({ code: 'EACCES' }),
    );
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    expect(temps()).toEqual([]);
  });

  it('the real blocking sleep waits about as long as asked', () => {
    const path = join(dir, 'echt.yaml');
    let failures = 1;
    const fs = {
      ...fsSync,
      renameSync: (from: string, to: string) => {
        if (failures-- > 0) throw errno('EPERM');
        fsSync.renameSync(from, to);
      },
    };
    const started = Date.now();
    writeFileAtomicSync(path, 'x\n', { platform: 'win32', fs });
    expect(Date.now() - started).toBeGreaterThanOrEqual(9);
    expect(readFileSync(path, 'utf8')).toBe('x\n');
  });
});

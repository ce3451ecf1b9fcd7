// The folder check before the first question (issue 9, item 2): a real probe file, written,
// renamed and removed, instead of access(W_OK).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { probeWritable, type ProbeFs } from '../../src/files/probe-writable.js';

const dir = mkdtempSync(join(tmpdir(), 'resokit-probe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const errno = (code: string) => Object.assign(new Error(code), { code });

/** The real file system, with one step failing as Windows' ACLs or Controlled Folder Access would. */
const failing = (step: keyof ProbeFs, code: string): ProbeFs => ({ ...fsPromises, [step]: () => Promise.reject(errno(code)) });

describe('probeWritable', () => {
  it('a writable folder: resolves, and leaves nothing behind', async () => {
    await probeWritable(dir);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['writing', 'writeFile', 'EPERM'],
    ['renaming (a save replaces by rename)', 'rename', 'EACCES'],
    ['removing', 'unlink', 'EPERM'],
  ] as const)('a folder where %s fails rejects with that error, and leaves nothing behind', async (_, step, code) => {
    await expect(probeWritable(dir, failing(step, code))).rejects.toMatchObject({ code });
    const left = readdirSync(dir);
    // Only when removing itself fails can the probe stay; then it is the one file named so.
    if (step === 'unlink') expect(left.every((name) => name.startsWith('.resokit-probe-'))).toBe(true);
    else expect(left).toEqual([]);
    for (const name of left) rmSync(join(dir, name));
  });

  it('a full disk creates the probe and then fails to write it: rejects with ENOSPC, and the empty probe is removed', async () => {
    const full: ProbeFs = {
      ...fsPromises,
      writeFile: async (path, _data, options) => {
        await fsPromises.writeFile(path, '', options);
        throw errno('ENOSPC');
      },
    };
    await expect(probeWritable(dir, full)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a folder that does not exist: ENOENT', async () => {
    await expect(probeWritable(join(dir, 'weg'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.skipIf(process.platform === 'win32')('a file instead of a folder: ENOTDIR (POSIX error code)', async () => {
    await fsPromises.writeFile(join(dir, 'bestand'), '');
    await expect(probeWritable(join(dir, 'bestand'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    rmSync(join(dir, 'bestand'));
  });
});

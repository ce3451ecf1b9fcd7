// A save over a file that another program holds (issue 9, item 2), with Windows' own semantics:
// under Wine, renaming over a file opened without sharing fails with EPERM, as on Windows (checked
// here: the rename succeeds as soon as the holder lets go). `show --out --force` saves through
// src/files/rename-retry.ts, which waits for the file for up to 5 s.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { nl } from '../../../src/i18n/nl/index.js';
import { waitUntil } from '../../support/wait-until.js';
import { winNode, winePath, wineTimeout } from './support/wine.js';

const wine = inject('wine');
const bin = winePath(join(wine.packageDir, 'bin', 'resokit.js'));
const holder = winePath(join(import.meta.dirname, 'support', 'hold-file.cjs'));

/** `thema.md` in a fresh folder, held by another Windows process until `release()`. */
async function heldFile() {
  const dir = mkdtempSync(join(wine.scratch, 'held '));
  const file = join(dir, 'thema.md');
  writeFileSync(file, 'mijn notities\n');
  const held = winNode(wine, [holder, winePath(file)], { cwd: dir });
  await waitUntil(() => existsSync(`${file}.holding`), () => 'the file was not held');
  return { dir, file, held, release: () => writeFileSync(`${file}.release`, '') };
}

describe('saving over a file held by another program', { timeout: 4 * wineTimeout }, () => {
  it('waits while it is held, and saves once it is let go', async () => {
    const { dir, file, held, release } = await heldFile();
    const show = winNode(wine, [bin, 'show', 'safe-space', '--out', 'thema.md', '--force'], { cwd: dir });
    // The temp file is written: the save is at its rename, which fails while the file is held.
    await waitUntil(() => readdirSync(dir).some((name) => name.endsWith('.tmp')), () => 'the save did not reach its rename');
    release();
    expect(await show).toMatchObject({ code: 0, stderr: 'Geschreven: thema.md\n' });
    expect(readFileSync(file, 'utf8')).toMatch(/^# Safe space\n/);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await held).code).toBe(0);
  });

  it('held for longer than 5 s: a clear message, exit 2, the file as it was and no temp file', async () => {
    const { dir, file, held, release } = await heldFile();
    const started = Date.now();
    const show = await winNode(wine, [bin, 'show', 'safe-space', '--out', 'thema.md', '--force'], { cwd: dir });
    const waited = Date.now() - started;
    release();
    expect(show).toMatchObject({ code: 2, stderr: `fout: ${nl.report.cannotWrite('thema.md', nl.files.reasons.EPERM!)}\n` });
    expect(waited).toBeGreaterThanOrEqual(4_900);
    expect(readFileSync(file, 'utf8')).toBe('mijn notities\n');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await held).code).toBe(0);
  });
});

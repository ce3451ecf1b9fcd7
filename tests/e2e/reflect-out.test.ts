// --out into a folder that does not exist, and writes that fail, for both commands with --out.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { keys, runInPty } from '../support/pty.js';
import { resokit } from '../support/run-cli.js';

const { ctrlC } = keys;
const answers = fileURLToPath(new URL('../fixtures/report/team/an.yaml', import.meta.url));
const fresh = () => mkdtempSync(join(tmpdir(), 'resokit-out-'));

function mountSmallDisk(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'resokit-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', dir], { stdio: 'ignore', timeout: 10_000 });
    return dir;
  } catch {
    console.warn('reflect-out: mounting a tmpfs is not permitted here; the full-disk report test is SKIPPED');
    return undefined;
  }
}
const smallDisk = mountSmallDisk();
afterAll(() => {
  if (smallDisk) execFileSync('umount', [smallDisk], { stdio: 'ignore', timeout: 10_000 });
});

describe('--out into a folder that does not exist is created', () => {
  it('report --out a/b/plan.md', async () => {
    const cwd = fresh();
    const run = await resokit(['report', answers, '--out', 'a/b/plan.md'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('Geschreven: a/b/plan.md\n');
    expect(readdirSync(join(cwd, 'a/b'))).toEqual(['plan.md']);
  });

  it('reflect --out a/b', async () => {
    const cwd = fresh();
    const s = runInPty(['reflect', '--theme', 'gradueel-aanbod', '--org', 'Vzw', '--name', 'An', '--out', 'a/b'], { cwd });
    await s.waitFor('vraag 1/2');
    await s.send(ctrlC);
    expect(await s.exited).toBe(130);
    expect(readdirSync(join(cwd, 'a/b'))).toHaveLength(1);
  }, 30_000);
});

describe('report --out that cannot be written: a reason, exit 2, no stack', () => {
  it('a folder in the path is a file (ENOTDIR)', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'a'), 'een bestand');
    const run = await resokit(['report', answers, '--out', 'a/plan.md'], { cwd });
    expect(run).toEqual({ code: 2, stdout: '', stderr: "fout: kan a/plan.md niet schrijven: een deel van het pad is geen map\n" });
  });

  it.skipIf(smallDisk === undefined)('a full disk (real ENOSPC on a 16 KB tmpfs)', async () => {
    try {
      writeFileSync(join(smallDisk!, 'filler'), Buffer.alloc(64 * 1024, 1));
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    const cwd = fresh();
    const run = await resokit(['report', answers, '--format', 'html', '--out', join(smallDisk!, 'plan.html')], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`fout: kan ${join(smallDisk!, 'plan.html')} niet schrijven: de schijf is vol\n`);
    expect(existsSync(join(smallDisk!, 'plan.html'))).toBe(false);
  });
});

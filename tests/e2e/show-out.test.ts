// `resokit show --out` (issue 9, item 4): a file written by resokit itself, UTF-8 whatever the shell
// (Windows PowerShell 5.1's `>` writes UTF-16), in folders it creates, never over a file without --force.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { e2eTimeout, resokit } from '../support/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'resokit-show-out-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
const fresh = () => {
  const dir = join(scratch, `case ${++n}`);
  mkdirSync(dir);
  return dir;
};

describe('resokit show --out', { timeout: e2eTimeout }, () => {
  it('writes what --markdown prints, into folders it creates, and says where', async () => {
    const cwd = fresh();
    const [run, printed] = await Promise.all([
      resokit(['show', 'safe-space', '--out', 'thema’s/nieuw/safe space.md'], { cwd }),
      resokit(['show', 'safe-space', '--markdown'], { cwd }),
    ]);
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: 'Geschreven: thema’s/nieuw/safe space.md\n' });
    expect(readFileSync(join(cwd, 'thema’s/nieuw/safe space.md'), 'utf8')).toBe(printed.stdout);
    expect(printed.stdout).toMatch(/^# Safe space\n/);
  });

  it('any other extension: the plain text show prints to a pipe, without colour', async () => {
    const cwd = fresh();
    const [run, printed] = await Promise.all([
      resokit(['show', 'safe-space', '--out', 'safe.txt'], { cwd, env: { FORCE_COLOR: '1' } }),
      resokit(['show', 'safe-space'], { cwd }),
    ]);
    expect(run.code).toBe(0);
    expect(readFileSync(join(cwd, 'safe.txt'), 'utf8')).toBe(printed.stdout);
    expect(printed.stdout).not.toContain('\u001b[');
  });

  it('--markdown with another extension writes Markdown', async () => {
    const cwd = fresh();
    expect((await resokit(['show', 'safe-space', '--markdown', '--out', 'safe.txt'], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'safe.txt'), 'utf8')).toMatch(/^# Safe space\n/);
  });

  it('keeps an existing file unless --force (exit 2), and overwrites it with --force', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'safe.md'), 'mijn notities\n');
    const refused = await resokit(['show', 'safe-space', '--out', 'safe.md'], { cwd });
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toBe('fout: safe.md bestaat al. Kies een andere naam met --out, of overschrijf met --force.\n');
    expect(readFileSync(join(cwd, 'safe.md'), 'utf8')).toBe('mijn notities\n');
    expect((await resokit(['show', 'safe-space', '--out', 'safe.md', '--force'], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'safe.md'), 'utf8')).toMatch(/^# Safe space\n/);
  });

  it('a folder as --out is an error that asks for a file name', async () => {
    const cwd = fresh();
    mkdirSync(join(cwd, 'thema’s'));
    const run = await resokit(['show', 'safe-space', '--out', 'thema’s'], { cwd });
    expect(run).toMatchObject({ code: 2, stderr: 'fout: thema’s is een map: geef een bestandsnaam, bv. thema’s/thema.md.\n' });
  });

  it('an unknown theme writes nothing', async () => {
    const cwd = fresh();
    const run = await resokit(['show', 'nope', '--out', 'nope.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Onbekend thema 'nope'.");
    expect(existsSync(join(cwd, 'nope.md'))).toBe(false);
  });

  it('a folder that cannot be made (a file is in the way) is a message, not a stack trace', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'bestand'), '');
    const run = await resokit(['show', 'safe-space', '--out', 'bestand/safe.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fout: kan bestand\/safe\.md niet schrijven: /);
    expect(run.stderr).not.toMatch(/^ {4}at /m);
  });
});

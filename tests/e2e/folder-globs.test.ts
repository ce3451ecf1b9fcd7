// A quoted glob with a wildcard in a folder's part (`'reflecties/*/*.yaml'`), as the README promises
// resokit expands itself (PowerShell and cmd pass it on as typed): validate, report and history, run
// as a user does (the built CLI; npm run build first).
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eTimeout, resokit, root } from '../support/run-cli.js';

const rounds = ['2026-voorjaar', '2026-najaar', '2027-voorjaar'];
const cwd = mkdtempSync(join(tmpdir(), 'resokit-folder-globs-'));
beforeAll(() => {
  for (const round of rounds) cpSync(join(root, 'tests/fixtures/history', round), join(cwd, 'reflecties', round), { recursive: true });
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** What a POSIX shell gives for the glob of a name in every round: each round's file, sorted. */
const each = (name: string) => [...rounds].sort().map((round) => `reflecties/${round}/${name}`);

describe('a wildcard in a folder part', { timeout: e2eTimeout }, () => {
  it('validate: every file it matches, as if named one by one', async () => {
    const [glob, named] = await Promise.all([
      resokit(['validate', 'reflecties/*/*.yaml'], { cwd }),
      resokit(['validate', ...rounds.flatMap((round) => readdirSync(join(cwd, 'reflecties', round)).map((name) => `reflecties/${round}/${name}`))], { cwd }),
    ]);
    expect(glob).toEqual({ code: 0, stdout: 'ok: 15 antwoordenbestanden gecontroleerd, geen problemen\n', stderr: '' });
    expect(glob).toEqual(named);
  });

  it('validate: a glob of folders gives each folder it matches, as history takes it', async () => {
    const [glob, folders] = await Promise.all([
      resokit(['validate', 'reflecties/*-voorjaar/'], { cwd }),
      resokit(['validate', 'reflecties/2026-voorjaar/', 'reflecties/2027-voorjaar/'], { cwd }),
    ]);
    expect(glob).toEqual({ code: 0, stdout: 'ok: 10 antwoordenbestanden gecontroleerd, geen problemen\n', stderr: '' });
    expect(glob).toEqual(folders);
  });

  it('validate: a glob that matches nothing says so, not that a file does not exist', async () => {
    expect(await resokit(['validate', 'reflecties/*/*.csv'], { cwd })).toEqual({ code: 2, stdout: '', stderr: 'fout: reflecties/*/*.csv: geen enkel bestand past bij dit patroon\n' });
    expect(await resokit(['validate', 'reflecties/*-zomer/'], { cwd })).toEqual({ code: 2, stdout: '', stderr: 'fout: reflecties/*-zomer/: geen enkele map past bij dit patroon\n' });
    expect(await resokit(['validate', 'reflecties/*/*.csv', '--lang', 'en'], { cwd })).toMatchObject({ code: 2, stderr: 'error: reflecties/*/*.csv: no file matches this pattern\n' });
  });

  it('report: the files it matches, the same report as the files named one by one', async () => {
    const [glob, named] = await Promise.all([
      resokit(['report', 'reflecties/*/an.yaml'], { cwd }),
      resokit(['report', ...each('an.yaml')], { cwd }),
    ]);
    expect(glob.code).toBe(0);
    expect(glob.stdout).toContain('An Peeters');
    expect(glob).toEqual(named);
    expect(await resokit(['report', 'reflecties/x*/an.yaml'], { cwd })).toEqual({ code: 2, stdout: '', stderr: 'fout: reflecties/x*/an.yaml: geen enkel bestand past bij dit patroon\n' });
  });

  it('history: each quoted glob is a round of the files it matches', async () => {
    const run = await resokit(['history', 'reflecties/*/an.yaml', 'reflecties/*/bob.yaml'], { cwd });
    expect(run.code).toBe(0);
    // Both rounds look in the same folder, reflecties: each is named by its glob.
    expect(run.stdout).toContain('- **Rondes:** reflecties/\\*/an.yaml (');
    expect(run.stdout).toContain('reflecties/\\*/bob.yaml (');
    expect(run.stderr).toContain(`let op: reflecties/*/an.yaml: An Peeters staat in meer dan één bestand (${each('an.yaml').join(', ')}); alle bestanden tellen mee`);
  });
});

// The built CLI under Node's real Windows binary (Wine): `npm run test:windows`, after `npm test`.
// The package sits in a folder with spaces and accents (…\Anaïs\OneDrive - Vzw De Brug\resokit),
// as on a coordinator's laptop; every path handed to node.exe is a Windows path (Z:\…).
// To add a case: run `resokit(args, { cwd })`, read files from `wine.scratch`, compare with Linux.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resokit as linuxResokit, root } from '../../support/run-cli.js';
import { winNode, winePath, wineTimeout } from './support/wine.js';

const wine = inject('wine');
const bin = winePath(join(wine.packageDir, 'bin', 'resokit.js'));
const resokit = (args: readonly string[], cwd = wine.scratch) => winNode(wine, [bin, ...args], { cwd });
const timeout = 4 * wineTimeout;

/** A fresh folder under the scratch space (which has spaces and accents in its path). */
const folder = (name: string) => mkdtempSync(join(wine.scratch, `${name} `));

describe('Windows smoke test (node.exe under Wine)', { timeout }, () => {
  it('really runs Windows Node: process.platform win32, path.sep \\', async () => {
    const run = await winNode(wine, ['-e', "process.stdout.write(process.platform + ' ' + require('node:path').sep + ' ' + process.version)"], { cwd: wine.scratch });
    expect(run).toMatchObject({ code: 0, stdout: 'win32 \\ v20.20.2' });
  });

  it('reflect without a terminal names Windows Terminal, and commands with single backslashes', async () => {
    const run = await resokit(['reflect']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Windows Terminal');
    expect(run.stderr).toContain(`node "${bin}" themes`);
  });

  it('themes lists the built-in themes', async () => {
    const run = await resokit(['themes']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Beleid (8 thema’s)');
    expect(run.stdout).toContain('safe-space');
  });

  it('themes --json names own theme files with forward slashes, as on Linux', async () => {
    const dir = folder('themes');
    cpSync(join(root, 'tests/fixtures/own-themes/ok'), join(dir, "eigen thema's"), { recursive: true });
    const run = await resokit(['themes', '--json', '--questions', "eigen thema's"], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const files = (JSON.parse(run.stdout) as { groups: Array<{ themes: Array<{ file: string }> }> }).groups.flatMap((g) => g.themes.map((t) => t.file));
    expect(new Set(files)).toEqual(new Set(["eigen thema's/onze-themas.yaml", 'questions/nl/beleid.yaml', 'questions/nl/werking.yaml']));
    const linux = await linuxResokit(['themes', '--json', '--questions', "eigen thema's"], { cwd: dir });
    expect(run.stdout).toBe(linux.stdout);
  });

  it('validate checks the built-in set from its sources, a folder given as a Windows path, and a literal glob', async () => {
    const builtin = await resokit(['validate']);
    expect(builtin).toMatchObject({ code: 0, stderr: '' });
    expect(builtin.stdout).toMatch(/^ok: 18 thema’s en \d+ vragen in 3 bestanden gecontroleerd, geen problemen\r?\n$/);
    const dir = folder('validate');
    cpSync(join(root, 'tests/fixtures/own-themes/ok'), join(dir, 'eigen themas'), { recursive: true });
    const own = await resokit(['validate', winePath(join(dir, 'eigen themas'))]);
    expect(own).toMatchObject({ code: 0, stdout: 'ok: 1 thema en 2 vragen in 1 bestand gecontroleerd, geen problemen\n' });
    const glob = await resokit(['validate', 'eigen themas\\*.yaml'], dir);
    expect(glob).toMatchObject({ code: 0, stdout: 'ok: 1 thema en 2 vragen in 1 bestand gecontroleerd, geen problemen\n' });
  });

  it('show --out writes UTF-8 Markdown into folders it creates, the same as on Linux', async () => {
    const dir = folder('show');
    const run = await resokit(['show', 'safe-space', '--out', "thema's\\nieuw\\safe space.md"], dir);
    expect(run).toMatchObject({ code: 0, stderr: "Geschreven: thema's\\nieuw\\safe space.md\n" });
    const linux = await linuxResokit(['show', 'safe-space', '--markdown'], { cwd: dir });
    expect(readFileSync(join(dir, "thema's", 'nieuw', 'safe space.md'), 'utf8')).toBe(linux.stdout);
  });

  describe('report on a folder', () => {
    let dir: string;
    beforeAll(() => {
      dir = folder('report');
      cpSync(join(root, 'tests/fixtures/report/team'), join(dir, 'team'), { recursive: true });
    });

    it('writes the same team report as on Linux, to a file named with a backslash', async () => {
      mkdirSync(join(dir, 'rapporten'));
      const run = await resokit(['report', 'team', '--out', 'rapporten\\team.md'], dir);
      // Messages to people use the OS's own form of the path.
      expect(run).toMatchObject({ code: 0, stderr: 'Geschreven: rapporten\\team.md\n' });
      const written = readFileSync(join(dir, 'rapporten', 'team.md'), 'utf8');
      const linux = await linuxResokit(['report', 'team'], { cwd: dir });
      expect(linux.code).toBe(0);
      expect(written).toBe(linux.stdout);
    });

    it.each(['team\\*.yaml', 'team/*.yaml', 'team\\?????.yaml team\\an.yaml'])('expands the literal %s itself, as no Windows shell does', async (args) => {
      const run = await resokit(['report', ...args.split(' '), '--format', 'json'], dir);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const files = (JSON.parse(run.stdout) as { participants: Array<{ file: string }> }).participants.map((p) => p.file);
      expect(files).toEqual(args.includes('?') ? ['team/chris.yaml', 'team/an.yaml'] : ['team/an.yaml', 'team/bob.yaml', 'team/chris.yaml']);
    });

    it('expands a wildcard in a folder part too, with backslashes and case-insensitively', async () => {
      const run = await resokit(['report', 'T*\\*.YAML', '--format', 'json'], dir);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const files = (JSON.parse(run.stdout) as { participants: Array<{ file: string }> }).participants.map((p) => p.file);
      expect(files).toEqual(['team/an.yaml', 'team/bob.yaml', 'team/chris.yaml']);
      expect(await resokit(['validate', 'T*\\'], dir)).toMatchObject({ code: 0, stdout: 'ok: 3 antwoordenbestanden gecontroleerd, geen problemen\n' });
    });

    it('a pattern that matches nothing is said to match nothing (not that a file does not exist)', async () => {
      const run = await resokit(['report', 'team\\*.yml'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('team\\*.yml: geen enkel bestand past bij dit patroon');
    });

    it('JSON names the files with forward slashes', async () => {
      const run = await resokit(['report', 'team', '--format', 'json'], dir);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const report = JSON.parse(run.stdout) as { participants: Array<{ file: string }> };
      expect(report.participants.map((p) => p.file)).toEqual(['team/an.yaml', 'team/bob.yaml', 'team/chris.yaml']);
    });
  });

  describe("the build's step that loads built code (scripts/load-built.mjs)", () => {
    let copy: string;
    beforeAll(() => {
      // A copy of its own: the step rewrites dist/builtin-*.json, which the other cases read.
      copy = join(folder('build'), 'resokit');
      cpSync(wine.packageDir, copy, { recursive: true });
      for (const language of ['nl', 'en']) rmSync(join(copy, 'dist', `builtin-${language}.json`));
    });
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    it('import()s dist\\builtin-build.cjs by its Windows path and writes the same data as on Linux', async () => {
      const script = winePath(join(copy, 'scripts', 'load-built.mjs'));
      const run = await winNode(wine, [script, winePath(copy), winePath(join(copy, 'dist'))], { cwd: wine.scratch });
      expect(run).toMatchObject({ code: 0, stderr: '' });
      for (const language of ['nl', 'en']) {
        expect(readFileSync(join(copy, 'dist', `builtin-${language}.json`), 'utf8')).toBe(readFileSync(join(root, 'dist', `builtin-${language}.json`), 'utf8'));
      }
    });
  });
});

// Kept apart so that a file above can use `folder` without creating the scratch space itself.
mkdirSync(wine.scratch, { recursive: true });

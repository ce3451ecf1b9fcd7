// The shell that reads question files from disk.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSources } from '../../src/content/read-sources.js';
import { parseThemeFile } from '../../src/content/theme-file.js';
import { ExitCode, UserError } from '../../src/errors.js';
import { nl } from '../../src/i18n/nl/index.js';

const cwd = mkdtempSync(join(tmpdir(), 'resokit-read-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function thrown(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('reading question files', () => {
  it('reads the .yaml and .yml files of a folder, sorted, not its subfolders, named relative to cwd', () => {
    mkdirSync(join(cwd, 'mijn-themas/sub'), { recursive: true });
    for (const name of ['b.yml', 'a.yaml', 'notities.txt', 'sub/c.yaml']) writeFileSync(join(cwd, 'mijn-themas', name), 'themes: []\n');
    const sources = readSources('mijn-themas', cwd, nl);
    expect(sources.map((s) => s.path)).toEqual([join('mijn-themas', 'a.yaml'), join('mijn-themas', 'b.yml')]);
    expect(new TextDecoder().decode(sources[0]!.content as Uint8Array)).toBe('themes: []\n');
  });

  it('reads a single file', () => {
    expect(readSources(join(cwd, 'mijn-themas/a.yaml'), cwd, nl).map((s) => s.path)).toEqual([join('mijn-themas', 'a.yaml')]);
  });

  it('refuses a path that does not exist (exit 2)', () => {
    const error = thrown(() => readSources('bestaat-niet', cwd, nl));
    expect(error.message).toBe("kan 'bestaat-niet' niet lezen: bestand of map bestaat niet");
    expect(error.exitCode).toBe(ExitCode.usage);
  });

  it('refuses a folder without question files', () => {
    mkdirSync(join(cwd, 'leeg'));
    expect(thrown(() => readSources('leeg', cwd, nl)).message).toBe("geen .yaml- of .yml-bestanden gevonden in 'leeg'");
  });

  it('refuses a folder of folders, naming them: folders inside are not read', () => {
    for (const round of ['2026-najaar', '2026-voorjaar']) mkdirSync(join(cwd, 'rondes', round), { recursive: true });
    writeFileSync(join(cwd, 'rondes', 'notities.txt'), 'x');
    const error = thrown(() => readSources('rondes', cwd, nl));
    expect(error.message).toBe(nl.content.onlyFolders('rondes', ['2026-najaar', '2026-voorjaar']));
    expect(error.message).toContain('2026-najaar, 2026-voorjaar');
    expect(error.exitCode).toBe(ExitCode.usage);
  });

  it('reads no more of a huge file than it takes to refuse it', () => {
    writeFileSync(join(cwd, 'groot.yaml'), Buffer.alloc(3 * 1024 * 1024, 'a'));
    const [source] = readSources('groot.yaml', cwd, nl);
    expect(source!.content.length).toBe(1024 * 1024 + 1);
    expect(parseThemeFile(source!, nl).problems.map((p) => p.message)).toEqual([expect.stringContaining('groter dan 1 MiB')]);
  });
});

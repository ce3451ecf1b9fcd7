// `resokit history --out` and `resokit report --out` with an extension none of the formats has:
// refused with the formats to choose from (they wrote Markdown into verloop.xlsx), unless --format
// says what to write. The built CLI.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { e2eTimeout, resokit } from '../support/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'resokit-history-out-'));
const rounds = ['tests/fixtures/history/2026-voorjaar', 'tests/fixtures/history/2026-najaar'];
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('history --out and the format', { timeout: e2eTimeout }, () => {
  it('an extension it does not write: exit 2, the formats named, nothing written', async () => {
    const out = join(scratch, 'verloop.xlsx');
    const run = await resokit(['history', ...rounds, '--out', out]);
    expect(run).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `fout: --out ${out}: onbekende extensie '.xlsx'; kies uit .md, .html, .json, .csv, of geef het formaat met --format\n`,
    });
    expect(existsSync(out)).toBe(false);
  });

  it('with --format, that format is written whatever the extension', async () => {
    const out = join(scratch, 'acties.xlsx');
    expect((await resokit(['history', ...rounds, '--out', out, '--format', 'csv'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^Thema;Wat;/);
  });

  it('report refuses it the same way', async () => {
    const out = join(scratch, 'team.xlsx');
    const run = await resokit(['report', 'tests/fixtures/report/team', '--out', out]);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: `fout: --out ${out}: onbekende extensie '.xlsx'; kies uit .md, .html, .json, .csv, of geef het formaat met --format\n` });
    expect(existsSync(out)).toBe(false);
    expect((await resokit(['report', 'tests/fixtures/report/team', '--out', out, '--format', 'json'])).code).toBe(0);
  });

  it('the extensions of the formats, and none, still choose as before', async () => {
    expect((await resokit(['history', ...rounds, '--out', join(scratch, 'v.htm')])).code).toBe(0);
    expect(readFileSync(join(scratch, 'v.htm'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect((await resokit(['history', ...rounds, '--out', join(scratch, 'verloop')])).code).toBe(0);
    expect(readFileSync(join(scratch, 'verloop'), 'utf8')).toMatch(/^# /);
  });
});

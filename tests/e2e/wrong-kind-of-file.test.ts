// A file of the wrong kind (the form's page, a theme file, an answers file) given to a command that
// reads another: one line saying what the file is, not a screen of YAML or schema errors (found by a
// new-user trial). The built CLI (npm run build first; npm test does it).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl/index.js';
import { e2eTimeout, resokit } from '../support/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'resokit-wrong-kind-'));
const page = 'team/vragenlijst.html';
const inScratch = (...args: string[]) => resokit(args, { cwd: scratch });

beforeAll(async () => {
  mkdirSync(join(scratch, 'team'));
  expect((await inScratch('form', '--out', page)).code).toBe(0);
}, e2eTimeout);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the page of resokit form where an answers file is expected', { timeout: e2eTimeout }, () => {
  it('validate says in one line that it is the form page, and what to do', async () => {
    const run = await inScratch('validate', page);
    expect(run.stdout).toBe(`${nl.content.formPage(page)}\n`);
    expect(run.stdout).toContain('browser');
    expect(run.stderr).toBe('fout: 1 probleem in 1 bestand\n');
    expect(run.code).toBe(1);
  });

  it('reflect --resume says the same, in one line, exit 2', async () => {
    const run = await inScratch('reflect', '--resume', page);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`fout: ${nl.content.formPage(page)}\n`);
    expect(run.code).toBe(2);
  });

  it("report's hint for an HTML file names the form's download too", async () => {
    const run = await inScratch('report', page);
    expect(run.stderr).toBe(`fout: ${nl.report.notAnAnswersFile(page)}\n`);
    expect(run.stderr).toContain('resokit form');
    expect(run.code).toBe(2);
  });
});

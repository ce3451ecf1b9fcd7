// A file of the wrong kind (the form's page, a theme file, an answers file) given to a command that
// reads another: one line saying what the file is, not a screen of YAML or schema errors (found by a
// new-user trial). The built CLI (npm run build first; npm test does it).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl/index.js';
import { e2eTimeout, resokit, root } from '../support/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'resokit-wrong-kind-'));
const page = 'team/vragenlijst.html';
const inScratch = (...args: string[]) => resokit(args, { cwd: scratch });

const answers = join(root, 'tests/fixtures/report/team/an.yaml');

beforeAll(async () => {
  mkdirSync(join(scratch, 'team'));
  mkdirSync(join(scratch, 'dl'));
  copyFileSync(answers, join(scratch, 'dl/bob-form.yaml'));
  copyFileSync(answers, join(scratch, 'dl/antwoorden'));
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

describe('an answers file given to show, which takes a theme id', { timeout: e2eTimeout }, () => {
  it.each(['dl/bob-form.yaml', 'dl/antwoorden', 'weg/nergens.yml'])('%s: show takes a theme id; report reads answers', async (file) => {
    const run = await inScratch('show', file);
    expect(run.stderr).toBe(`fout: ${nl.browse.fileNotTheme(file)}\n`);
    expect(run.stderr).toContain('resokit report');
    expect(run.stderr).not.toContain('safe-space');
    expect(run.code).toBe(2);
  });

  it('a theme id is still a theme, and an unknown one still lists them all', async () => {
    expect((await inScratch('show', 'safe-space')).code).toBe(0);
    const unknown = await inScratch('show', 'dl');
    expect(unknown.stderr).toContain("Onbekend thema 'dl'.");
    expect(unknown.stderr).toContain('  safe-space\n');
  });
});

// A file of the wrong kind (the form's page, a theme file, an answers file) given to a command that
// reads another: one line saying what the file is, not a screen of YAML or schema errors (found by a
// new-user trial). The built CLI (npm run build first; npm test does it).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl/index.js';
import { e2eTimeout, resokit, root } from '../support/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'resokit-wrong-kind-'));
const page = 'team/vragenlijst.html';
const inScratch = (...args: string[]) => resokit(args, { cwd: scratch });

const team = join(root, 'tests/fixtures/report/team');
const answers = join(team, 'an.yaml');
const themes = join(root, 'tests/fixtures/own-themes/ok/onze-themas.yaml');

beforeAll(async () => {
  mkdirSync(join(scratch, 'team'));
  mkdirSync(join(scratch, 'dl'));
  copyFileSync(answers, join(scratch, 'dl/bob-form.yaml'));
  copyFileSync(answers, join(scratch, 'dl/antwoorden'));
  // Two rounds of a team, the first with a theme file among its answers; own themes with an answers file.
  for (const folder of ['ronde-1', 'ronde-2', 'eigen', 'eigen-alleen']) mkdirSync(join(scratch, folder));
  for (const name of ['an.yaml', 'bob.yaml']) {
    copyFileSync(join(team, name), join(scratch, 'ronde-1', name));
    copyFileSync(join(team, name), join(scratch, 'ronde-2', name));
  }
  copyFileSync(themes, join(scratch, 'ronde-1/onze-themas.yaml'));
  copyFileSync(themes, join(scratch, 'eigen/onze-themas.yaml'));
  copyFileSync(themes, join(scratch, 'eigen-alleen/onze-themas.yaml'));
  copyFileSync(answers, join(scratch, 'eigen/an.yaml'));
  writeFileSync(join(scratch, 'dl/zonder-format.yaml'), readFileSync(answers, 'utf8').replace(/^format:.*\n/m, ''));
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

describe('a theme file among answers, an answers file among themes', { timeout: e2eTimeout }, () => {
  const themeLine = `${nl.content.themesNotAnswers('ronde-1/onze-themas.yaml')}\n`;

  it('report: one line for the theme file, with its name', async () => {
    const run = await inScratch('report', 'ronde-1');
    expect(run.stderr).toBe(`${themeLine}fout: 1 antwoordenbestand is ongeldig\n`);
    expect(run.stderr).not.toContain("'format'");
    expect(run.code).toBe(2);
  });

  it('an answers file that lost its format line is no theme file: its own problem is told', async () => {
    const run = await inScratch('report', 'dl/zonder-format.yaml');
    expect(run.stderr).toMatch(/^dl\/zonder-format\.yaml:\d+:\d+: verplicht veld 'format' ontbreekt\n/);
    expect(run.stderr).not.toContain('themabestand');
  });

  it('history: the same line among the problems of the rounds', async () => {
    const run = await inScratch('history', 'ronde-1', 'ronde-2');
    expect(run.stderr).toBe(`${themeLine}fout: 1 probleem met de rondes; er is niets gemaakt\n`);
    expect(run.code).toBe(2);
  });

  it('reflect --resume of a theme file says what it is', async () => {
    const run = await inScratch('reflect', '--resume', 'eigen/onze-themas.yaml');
    expect(run.stderr).toBe(`fout: ${nl.content.themesNotAnswers('eigen/onze-themas.yaml')}\n`);
    expect(run.code).toBe(2);
  });

  it('--questions: one line for the answers file', async () => {
    const run = await inScratch('report', 'ronde-2', '--questions', 'eigen/');
    expect(run.stderr).toBe(`${nl.content.answersNotThemes('eigen/an.yaml')}\nfout: 1 probleem gevonden\n`);
    expect(run.code).toBe(2);
    // The same theme file without the answers file beside it is fine.
    expect((await inScratch('report', 'ronde-2', '--questions', 'eigen-alleen/')).code).toBe(0);
  });
});

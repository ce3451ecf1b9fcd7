// `resokit form` as a coordinator runs it: the built CLI (npm run build first; npm test does it).
// What the page does in a browser is tests/e2e/form-browser.test.ts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isoDate } from '../../src/text/parse-date.js';
import { e2eTimeout, resokit } from '../support/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'resokit-form-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const folder = (name: string) => {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};
const today = isoDate(new Date());

describe('resokit form', { timeout: e2eTimeout }, () => {
  it('writes ./resokit/vragenlijst-<date>.html with every theme, and says what to do with it', async () => {
    const cwd = folder('default');
    const run = await resokit(['form'], { cwd });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const file = join('resokit', `vragenlijst-${today}.html`);
    expect(run.stdout).toContain(`Vragenlijst geschreven: ${file}`);
    const html = readFileSync(join(cwd, file), 'utf8');
    expect(html).toContain('<html lang="nl">');
    expect((html.match(/<section class="theme"/g) ?? []).length).toBe(18);
  });

  it('the whole Dutch set stays within 250 KB', async () => {
    const out = join(folder('size'), 'v.html');
    expect((await resokit(['form', '--out', out])).code).toBe(0);
    expect(statSync(out).size).toBeLessThanOrEqual(250_000);
  });

  it('in English: questionnaire-<date>.html, the English set', async () => {
    const cwd = folder('english');
    const run = await resokit(['form', '--lang', 'en', '--theme', 'safe-space'], { cwd });
    expect(run.code).toBe(0);
    const html = readFileSync(join(cwd, 'resokit', `questionnaire-${today}.html`), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Save my answers');
    expect((html.match(/<section class="theme"/g) ?? []).length).toBe(1);
  });

  it('French and English forms made in one folder each get a name of their own', async () => {
    const cwd = folder('two-languages');
    expect((await resokit(['form', '--lang', 'fr', '--theme', 'safe-space'], { cwd })).code).toBe(0);
    expect((await resokit(['form', '--lang', 'en', '--theme', 'safe-space'], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'resokit', `questionnaire-fr-${today}.html`), 'utf8')).toContain('<html lang="fr">');
    expect(readFileSync(join(cwd, 'resokit', `questionnaire-${today}.html`), 'utf8')).toContain('<html lang="en">');
  });

  it('never overwrites a file without --force', async () => {
    const out = join(folder('exists'), 'v.html');
    writeFileSync(out, 'mine');
    const refused = await resokit(['form', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('bestaat al. Kies een andere naam met --out, of overschrijf met --force.');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect((await resokit(['form', '--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<!DOCTYPE html>');
  });

  it('--out naming a folder is a clear error', async () => {
    const run = await resokit(['form', '--out', folder('a-folder')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is een map: geef een bestandsnaam');
  });

  it.each([
    [['form', '--theme', 'safe-spac'], "Onbekend thema 'safe-spac'. Bedoel je 'safe-space'?"],
    [['form', '--group', 'werkin'], "Bedoel je 'werking'?"],
    [['form', '--thme', 'safe-space'], "Onbekende optie '--thme'. Bedoel je '--theme'?"],
  ])('usage error %j: exit 2, %j', async (args, message) => {
    const cwd = folder('usage');
    const run = await resokit(args, { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toContain('\n    at ');
  });

  it('--theme with --group: themes of that group are the form’s; one outside it is a usage error', async () => {
    const cwd = folder('theme-and-group');
    const refused = await resokit(['form', '--theme', 'safe-space', '--group', 'beleid'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('safe-space hoort niet bij de groep beleid. Kies thema’s van die groep (resokit themes --group beleid), of laat --theme of --group weg.');
    expect(() => statSync(join(cwd, 'resokit'))).toThrow();
    const run = await resokit(['form', '--theme', 'safe-space', '--group', 'werking', '--out', 'v.html'], { cwd });
    expect(run.code).toBe(0);
    expect((readFileSync(join(cwd, 'v.html'), 'utf8').match(/<section class="theme"/g) ?? []).length).toBe(1);
  });

  it('an invalid --questions file: every problem at its line, nothing written', async () => {
    const cwd = folder('bad-questions');
    writeFileSync(join(cwd, 'eigen.yaml'), 'themes:\n  - id: Eigen Thema\n    group: werking\n    title: Eigen\n');
    const run = await resokit(['form', '--questions', 'eigen.yaml'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/eigen\.yaml:2:\d+: /);
    expect(() => statSync(join(cwd, 'resokit'))).toThrow();
  });

  it('--questions themes are offered too, their text escaped', async () => {
    const cwd = folder('own');
    writeFileSync(
      join(cwd, 'eigen.yaml'),
      'themes:\n  - id: eigen-thema\n    group: werking\n    title: "</script><img src=x onerror=alert(1)>"\n    questions:\n      - id: vraag\n        text: "<b>Vraag</b> & meer"\n',
    );
    const run = await resokit(['form', '--questions', 'eigen.yaml', '--theme', 'eigen-thema', '--out', 'v.html'], { cwd });
    expect(run.code).toBe(0);
    const html = readFileSync(join(cwd, 'v.html'), 'utf8');
    expect(html).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;Vraag&lt;/b&gt; &amp; meer');
    expect(html).not.toContain('<img');
  });

  it('--help has examples', async () => {
    const run = await resokit(['form', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Voorbeelden:');
    expect(run.stdout).toContain('resokit form --theme toegankelijkheidsbeleid,safe-space');
  });
});

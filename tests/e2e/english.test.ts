import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { answerQuestion, newAnswers } from '../../src/answers/edit.js';
import { serializeAnswers } from '../../src/answers/serialize.js';
import { checkSetSources } from '../../src/content/check-sources.js';
import { readSources } from '../../src/content/read-sources.js';
import { nl } from '../../src/i18n/nl/index.js';
import { bin, keys, runInPty } from '../support/pty.js';
import { e2eTimeout, resokit } from '../support/run-cli.js';

const { enter, down, space } = keys;
const englishAnswers = fileURLToPath(new URL('../fixtures/report/en/an.en.yaml', import.meta.url));
const today = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;

const run = (args: string[], env: Record<string, string> = {}, cwd?: string) => resokit(args, { env, ...(cwd ? { cwd } : {}) });

describe('--lang en, end to end', () => {
  it('reflect in a pseudo-terminal: English prompts, English question set, English file names and plan', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'resokit-en-'));
    const s = runInPty(['reflect', '--lang', 'en', '--theme', 'gradueel-aanbod'], { cwd });
    await s.waitFor('Start small and concrete');
    await s.waitFor('Name of your organisation');
    await s.send('The Bridge', enter);
    await s.waitFor('Your name');
    await s.send('Ann', enter);
    await s.waitFor('Theme 1/1 · Stepped provision (gradueel aanbod)');
    await s.waitFor('question 1/2');
    await s.send('We start at home', enter, enter);
    await s.waitFor('question 2/2');
    await s.send(enter);
    await s.waitFor('Where does your organisation stand today');
    await s.send(down, enter);
    await s.waitFor('How important is this theme');
    await s.send(enter);
    await s.waitFor('Add an action?');
    await s.send(enter);
    await s.waitFor('What will you do?');
    await s.send('Home visits', enter);
    await s.waitFor('Who takes it up?');
    await s.send(enter);
    await s.waitFor('By when? (day/month/year');
    // Typed in the American order: the hint says which number is no month and how we read dates.
    await s.send('12/31/2027', enter);
    await s.waitFor('31 is not a month; we read day/month/year.');
    await s.send(...Array<string>(10).fill('\x7f'), enter);
    await s.waitFor('Priority?');
    await s.send(enter);
    await s.waitFor('Another action?');
    await s.send(down, enter);
    await s.waitFor('discuss with the team');
    await s.send(enter);
    await s.waitFor('Is everything right?');
    await s.send(enter);
    await s.waitFor('Start small: with which');
    await s.send(space, enter);
    await s.waitFor('Done!');
    expect(await s.exited).toBe(0);

    const folder = join(cwd, 'resokit');
    expect(readdirSync(folder).sort()).toEqual([`action-plan-${date}-ann.md`, `answers-${date}-ann.yaml`]);
    const answers = parse(readFileSync(join(folder, `answers-${date}-ann.yaml`), 'utf8'));
    expect(answers.questionSet.language).toBe('en');
    expect(answers.themes[0].title).toBe('Stepped provision (gradueel aanbod)');
    const plan = readFileSync(join(folder, `action-plan-${date}-ann.md`), 'utf8');
    expect(plan).toContain('# Action plan');
    expect(plan).toContain('Home visits');
    expect(plan).toContain('Verhaegen, I.');
  }, 60_000);

  it('a resumed English reflection goes on in English without --lang', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'resokit-en-'));
    const first = runInPty(['reflect', '--lang', 'en', '--theme', 'safe-space', '--org', 'The Bridge', '--name', 'Ann'], { cwd });
    await first.waitFor('question 1/5');
    await first.send('Half an answer', enter);
    await first.send(keys.ctrlC);
    expect(await first.exited).toBe(130);
    // Not installed on the PATH: the command names the script itself, so it works as printed.
    expect(first.text()).toContain(`To continue: node ${bin} reflect --resume resokit/answers-${date}-ann.yaml\r`);
    const second = runInPty(['reflect', '--resume', `resokit/answers-${date}-ann.yaml`], { cwd });
    await second.waitFor(`Continuing resokit/answers-${date}-ann.yaml.`);
    await second.waitFor('question 1/5');
    await second.waitFor('Half an answer');
    second.pty.kill();
  }, 30_000);

  it('resuming a file made with the English wording before its revision goes on quietly: reworded questions noted, no changed set', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const before = checkSetSources(readSources('tests/fixtures/sets/en-1.0.0', root, nl), nl).set!;
    const revised = checkSetSources(readSources('questions/en', root, nl), nl).set!;
    // A theme one of whose questions the revision reworded, answered with the old wording.
    const theme = before.themes.find((t) => t.questions.some((q, i) => revised.themes.find((r) => r.id === t.id)!.questions[i]!.text !== q.text))!;
    let file = newAnswers(before, [theme], { organisation: 'The Bridge', participant: 'Ann' }, new Date());
    theme.questions.forEach((_q, i) => (file = answerQuestion(file, 0, i, `Answer ${i + 1}`, new Date())));
    const cwd = mkdtempSync(join(tmpdir(), 'resokit-en-revised-'));
    writeFileSync(join(cwd, 'answers.yaml'), serializeAnswers(file, 'Answers'));
    const s = runInPty(['reflect', '--resume', 'answers.yaml'], { cwd });
    await s.waitFor('Some questions have been reworded since');
    await s.waitFor('Where does your organisation stand today');
    expect(s.text()).not.toContain('The question set has changed');
    s.pty.kill();
  }, 30_000);

  it('themes and show use the English set with the same ids; RESOKIT_LANG works too', async () => {
    const themes = await run(['themes', '--lang', 'en']);
    expect(themes.code).toBe(0);
    expect(themes.stdout).toContain('Policy (8 themes)');
    expect(themes.stdout).toContain('gradueel-aanbod');
    const json = JSON.parse((await run(['themes', '--json'], { RESOKIT_LANG: 'en' })).stdout);
    expect(json.questionSet.language).toBe('en');
    const nlJson = JSON.parse((await run(['themes', '--json'])).stdout);
    const ids = (j: typeof json) => j.groups.flatMap((g: { themes: Array<{ id: string }> }) => g.themes.map((t) => t.id));
    expect(ids(json)).toEqual(ids(nlJson));
    const show = await run(['show', 'safe-space', '--lang', 'en']);
    expect(show.stdout).toContain('Safe space');
    expect(show.stdout).toContain('questions');
  }, e2eTimeout);

  it('errors, help and validate messages are English', async () => {
    const unknown = await run(['show', 'safespace', '--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("error: Unknown theme 'safespace'. Did you mean 'safe-space'?");
    expect((await run(['--help', '--lang', 'en'])).stdout).toContain('Examples:');
    const dir = mkdtempSync(join(tmpdir(), 'resokit-en-validate-'));
    writeFileSync(join(dir, 'mine.yaml'), 'themes:\n  - id: mine\n    group: beleid\n    titel: Mine\n    questions:\n      - id: q\n        text: Why?\n');
    const validate = await run(['validate', dir, '--lang', 'en']);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(/mine\.yaml:4:5: unknown key 'titel'; did you mean 'title'\?/);
    expect(validate.stderr).toMatch(/^error: /m);
  }, e2eTimeout);

  it('an unsupported language is an error listing the supported ones', async () => {
    const result = await run(['themes', '--lang', 'de']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Choose from: nl, en, fr.');
    expect(result.stderr).toContain('Kies uit: nl, en, fr.');
  }, e2eTimeout);

  it('a report of English files speaks English throughout: the written message and the error prefix', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'resokit-en-report-'));
    const written = await run(['report', englishAnswers, '--out', 'plan.md'], {}, cwd);
    expect(written).toMatchObject({ code: 0, stdout: '', stderr: 'Written: plan.md\n' });
    expect(readFileSync(join(cwd, 'plan.md'), 'utf8')).toContain('# Action plan');
    const again = await run(['report', englishAnswers, '--out', 'plan.md'], {}, cwd);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('error: plan.md already exists. Choose another name with --out, or overwrite with --force.\n');
    const format = await run(['report', englishAnswers, '--format', 'pdf'], {}, cwd);
    expect(format).toMatchObject({ code: 2, stderr: "error: unknown format 'pdf'; choose from md, html, json, csv\n" });
    // --lang still wins, and then everything is Dutch.
    const dutch = await run(['report', englishAnswers, '--lang', 'nl', '--out', 'plan.md'], {}, cwd);
    expect(dutch.stderr).toMatch(/^fout: plan\.md bestaat al/);
  }, e2eTimeout);

  it('reflect --previous <English file> continues in English, offering the organisation and name of last time', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'resokit-en-previous-'));
    const s = runInPty(['reflect', '--previous', englishAnswers, '--theme', 'safe-space'], { cwd });
    await s.waitFor('Start small and concrete');
    await s.waitFor('Name of your organisation: (De Brug)');
    await s.send(enter);
    await s.waitFor('Your name: (Alex)');
    await s.send(enter);
    await s.waitFor('Rewrite the house rules with visitors');
    await s.send(keys.ctrlC);
    expect(await s.exited).toBe(130);
    expect(s.text()).toContain(`To continue: node ${bin} reflect --resume resokit/answers-${date}-alex.yaml`);
    expect(s.text()).not.toMatch(/Geschreven|Opgeslagen|fout:/);
    const answers = parse(readFileSync(join(cwd, 'resokit', `answers-${date}-alex.yaml`), 'utf8'));
    expect(answers).toMatchObject({ organisation: 'De Brug', participant: 'Alex', questionSet: { language: 'en' } });
    expect(answers.previous.actions[0].what).toBe('Rewrite the house rules with visitors');
  }, 30_000);

  it('reflect --previous <English file> without a terminal: the error is English, prefix and all', async () => {
    const result = await run(['reflect', '--previous', englishAnswers]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: /);
    expect(result.stderr).not.toMatch(/fout|terminal nodig/);
  }, e2eTimeout);

  it('reflect --previous: a new organisation or name typed over the offered one is kept', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'resokit-en-previous-'));
    const s = runInPty(['reflect', '--previous', englishAnswers, '--theme', 'safe-space'], { cwd });
    await s.waitFor('Name of your organisation: (De Brug)');
    await s.send('The Bridge', enter);
    await s.waitFor('Your name: (Alex)');
    await s.send('Sam', enter);
    await s.waitFor('Rewrite the house rules with visitors');
    await s.send(keys.ctrlC);
    expect(await s.exited).toBe(130);
    const answers = parse(readFileSync(join(cwd, 'resokit', `answers-${date}-sam.yaml`), 'utf8'));
    expect(answers).toMatchObject({ organisation: 'The Bridge', participant: 'Sam' });
  }, 30_000);

  it('Safe space question 4 goes on from question 3: shown alone, it says which question it continues', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'resokit-en-continues-'));
    const s = runInPty(['reflect', '--lang', 'en', '--theme', 'safe-space', '--org', 'The Bridge', '--name', 'Ann'], { cwd });
    for (const n of [1, 2, 3]) {
      await s.waitFor(`question ${n}/5`);
      await s.send(enter);
    }
    await s.waitFor('question 4/5');
    await s.waitFor('Continuing: Are users themselves sufficiently involved');
    await s.waitFor('Even if that means');
    await s.send(keys.ctrlC);
    expect(await s.exited).toBe(130);
    // Question 3 itself continues nothing.
    expect(s.text().match(/Continuing:/g)).toHaveLength(1);
  }, 30_000);
});

import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile } from '../../src/answers/parse.js';
import { nl } from '../../src/i18n/nl/index.js';
import { bin, keys, runInPty } from '../support/pty.js';
import { e2eTimeout, resokit } from '../support/run-cli.js';
import { waitUntil } from '../support/wait-until.js';

const { enter, down, space, ctrlC } = keys;
const today = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
const nextYear = today.getFullYear() + 1;

const freshDir = () => mkdtempSync(join(tmpdir(), 'resokit-pty-'));

async function answerTheme(session: ReturnType<typeof runInPty>, themeTitle: string, answers: string[][]) {
  await session.waitFor(themeTitle);
  for (const lines of answers) {
    await session.waitFor('vraag ');
    for (const line of lines) await session.send(line, enter);
    await session.send(enter);
  }
}

describe('resokit reflect in a real terminal', () => {
  it('walks two complete themes and writes the answers file and the action plan', async () => {
    const cwd = freshDir();
    const s = runInPty(['reflect', '--theme', 'gradueel-aanbod,lichte-bindingen'], { cwd });
    await s.waitFor('Begin klein en concreet');
    await s.waitFor('Naam van je organisatie');
    await s.send('Vzw De Brug', enter);
    await s.waitFor('Jouw naam');
    await s.send('An Peeters', enter);

    await answerTheme(s, 'Thema 1/2 · Gradueel aanbod', [['We werken | in kleine groepjes', 'en #starten thuis'], []]);
    await s.waitFor('Waar staat je organisatie vandaag');
    await s.send(down, enter);
    await s.waitFor('Hoe belangrijk');
    await s.send(enter);
    await s.waitFor('Een actie toevoegen?');
    await s.send(enter);
    await s.waitFor('Wat gaan jullie doen?');
    await s.send('Huisbezoeken <eerst>', enter);
    await s.waitFor('Wie neemt het op?');
    await s.send('Sara', enter);
    await s.waitFor('Tegen wanneer?');
    await s.send(`30/2/${nextYear}`, enter);
    await s.waitFor('Die datum bestaat niet.');
    await s.send('\x15', `1/3/${nextYear}`, enter);
    await s.waitFor('Prioriteit?');
    await s.send(enter);
    await s.waitFor('Nog een actie?');
    await s.send(down, enter);
    await s.waitFor('met het team bespreken');
    await s.send(space, enter);
    await s.waitFor('Klopt alles?');
    await s.send(enter);

    await answerTheme(s, 'Thema 2/2 · Lichte bindingen', [['Het kleine ontmoeten 😀'], ['Ja']]);
    await s.waitFor('Waar staat je organisatie vandaag');
    await s.send(down, down, down, down, enter);
    await s.waitFor('Hoe belangrijk');
    await s.send(down, enter);
    await s.waitFor('Een actie toevoegen?');
    await s.send(down, enter);
    await s.waitFor('met het team bespreken');
    await s.send(enter);
    await s.waitFor('Klopt alles?');
    await s.send(enter);
    await s.waitFor('Begin klein: met welke');
    await s.send(space, enter);
    await s.waitFor('Klaar!');
    expect(await s.exited).toBe(0);

    const folder = join(cwd, 'resokit');
    expect(readdirSync(folder).sort()).toEqual([`actieplan-${date}-an-peeters.md`, `antwoorden-${date}-an-peeters.yaml`]);
    expect(s.text()).toContain(`resokit/antwoorden-${date}-an-peeters.yaml`);
    expect(s.text()).toContain(`resokit/actieplan-${date}-an-peeters.md`);

    const answersText = readFileSync(join(folder, `antwoorden-${date}-an-peeters.yaml`), 'utf8');
    const parsed = parseAnswersFile({ path: 'antwoorden.yaml', content: answersText }, nl);
    expect(parsed.problems).toEqual([]);
    const answers = parsed.answers!;
    expect(answers).toMatchObject({ format: 'resokit-answers/2', organisation: 'Vzw De Brug', participant: 'An Peeters', status: 'complete' });
    expect(answers.focus).toEqual([answers.themes[0]!.actions[0]!.id]);
    expect(answers.themes.map((t) => t.id)).toEqual(['gradueel-aanbod', 'lichte-bindingen']);
    expect(answers.themes[0]!.answers[0]).toMatchObject({ answer: 'We werken | in kleine groepjes\nen #starten thuis', discuss: true });
    expect(answers.themes[0]!.answers[1]!.skipped).toBe(true);
    expect(answers.themes[0]!.actions).toEqual([
      { id: expect.stringMatching(/^a-[a-z2-7]{10}$/), what: 'Huisbezoeken <eerst>', who: 'Sara', due: `${nextYear}-03-01`, priority: 'medium', status: 'open' },
    ]);
    expect(answers.themes[1]).toMatchObject({ rating: 'unknown', importance: 'medium' });

    const plan = readFileSync(join(folder, `actieplan-${date}-an-peeters.md`), 'utf8');
    expect(plan).toContain('Vzw De Brug');
    expect(plan).toContain('Huisbezoeken &lt;eerst>');
    expect(plan).toContain('We werken | in kleine groepjes');
    expect(plan).toMatch(/- \[ \] Huisbezoeken/);
    // resokit report rebuilds exactly the plan reflect wrote.
    const report = await resokit(['report', join(folder, `antwoorden-${date}-an-peeters.yaml`)]);
    expect(report.code).toBe(0);
    expect(report.stdout).toBe(plan);
  }, 60_000);

  it('saves on Ctrl+C, exits 130 with the command to continue, and --resume continues at the first open question', async () => {
    const cwd = freshDir();
    const first = runInPty(['reflect', '--theme', 'gradueel-aanbod', '--org', 'Vzw De Brug', '--name', 'An'], { cwd });
    await first.waitFor('vraag 1/2');
    await first.send('Eerste antwoord', enter, enter);
    await first.waitFor('vraag 2/2');
    await first.send('half getypt', enter);
    await first.send('en deze regel nog niet af');
    await first.send(ctrlC);
    expect(await first.exited).toBe(130);
    const file = `resokit/antwoorden-${date}-an.yaml`;
    expect(first.text()).toContain('Onderbroken. Niets is verloren.');
    // Not installed on the PATH: the command names the script itself, so it works as printed.
    expect(first.text()).toContain(`Verder gaan: node ${bin} reflect --resume ${file}`);
    expect(first.text()).not.toMatch(/\n\s+at /);
    const saved = parse(readFileSync(join(cwd, file), 'utf8'));
    expect(saved.themes[0].answers[0].answer).toBe('Eerste antwoord');
    expect(saved.themes[0].answers[1].draft).toBe('half getypt\nen deze regel nog niet af');

    const second = runInPty(['reflect', '--resume', file], { cwd });
    await second.waitFor(`Verder met ${file}`);
    await second.waitFor('vraag 2/2');
    await second.waitFor('en deze regel nog niet af');
    await second.send(' en nu afgemaakt', enter, enter);
    await second.waitFor('Waar staat je organisatie vandaag');
    await second.send(enter);
    await second.waitFor('Hoe belangrijk');
    await second.send(enter);
    await second.waitFor('Een actie toevoegen?');
    await second.send(down, enter);
    await second.waitFor('met het team bespreken');
    await second.send(enter);
    await second.waitFor('Klopt alles?');
    await second.send(enter);
    await second.waitFor('Klaar!');
    expect(await second.exited).toBe(0);
    const done = parse(readFileSync(join(cwd, file), 'utf8'));
    expect(done.status).toBe('complete');
    expect(done.themes[0].answers.map((a: { answer?: string }) => a.answer)).toEqual(['Eerste antwoord', 'half getypt\nen deze regel nog niet af en nu afgemaakt']);
  }, 60_000);

  it.each([0, 3, 8, 15])(
    'leaves a complete, valid answers file when killed with SIGKILL %i ms into an autosave',
    async (delay) => {
      const cwd = freshDir();
      const s = runInPty(['reflect', '--theme', 'bespreekbaarheid', '--org', 'Vzw De Brug', '--name', 'An'], { cwd });
      await s.waitFor('vraag 1/6');
      const file = join(cwd, `resokit/antwoorden-${date}-an.yaml`);
      const saved = () => readFileSync(file, 'utf8');
      const line = (i: number) => `${i} ${'Een regel over luisteren en present zijn. '.repeat(4)}`;
      // Each line autosaves the draft so far; wait until it is on disk, so the next write is the one cut off.
      for (let i = 0; i < 5; i++) {
        s.pty.write(`${line(i)}\r`);
        await waitUntil(() => saved().includes(line(i).trim()), () => `line ${i} was not autosaved:\n${s.text().slice(-800)}`);
      }
      s.pty.write(`${line(5)}\r`);
      // The moment of the kill is what this test varies, not a wait for something to happen.
      await new Promise((resolve) => setTimeout(resolve, delay));
      process.kill(s.pty.pid, 'SIGKILL');
      await s.exited;
      const parsed = parseAnswersFile({ path: file, content: readFileSync(file) }, nl);
      expect(parsed.problems).toEqual([]);
      const draft = parsed.answers!.themes[0]!.answers[0]!.draft!;
      // The file is the previous complete one or the next one, never something in between.
      expect([5, 6]).toContain(draft.split('\n').length);
      expect(draft.startsWith(line(0).trim())).toBe(true);
    },
    60_000,
  );

  it.skipIf(process.platform === 'win32').each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('saves on %s (stopped from outside, or the terminal closed) and says how to continue (POSIX signals: not sent this way on Windows)', async (signal, code) => {
    const cwd = freshDir();
    const s = runInPty(['reflect', '--theme', 'gradueel-aanbod', '--org', 'Vzw', '--name', 'An'], { cwd });
    await s.waitFor('vraag 1/2');
    await s.send('Eerste antwoord', enter, enter);
    await s.waitFor('vraag 2/2');
    await s.send('half getypt', enter);
    const file = join(cwd, `resokit/antwoorden-${date}-an.yaml`);
    await waitUntil(() => readFileSync(file, 'utf8').includes('half getypt'), () => `the draft was not autosaved:\n${s.text().slice(-800)}`);
    process.kill(s.pty.pid, signal);
    expect(await s.exited).toBe(code);
    const saved = parse(readFileSync(file, 'utf8'));
    expect(saved.themes[0].answers[0].answer).toBe('Eerste antwoord');
    expect(saved.themes[0].answers[1].draft).toBe('half getypt');
    if (signal === 'SIGTERM') expect(s.text()).toContain(`${bin} reflect --resume resokit/antwoorden-`);
  }, 30_000);

  it('a second reflection by the same person on the same day gets its own files (-2), the first stays untouched', async () => {
    const cwd = freshDir();
    mkdirSync(join(cwd, 'resokit'));
    writeFileSync(join(cwd, `resokit/antwoorden-${date}-an.yaml`), 'de eerste reflectie');
    const s = runInPty(['reflect', '--theme', 'gradueel-aanbod', '--org', 'Vzw', '--name', 'An'], { cwd });
    await s.waitFor('vraag 1/2');
    await s.send('iets', enter, enter);
    await s.waitFor('vraag 2/2');
    await s.send(ctrlC);
    expect(await s.exited).toBe(130);
    expect(s.text()).toContain(`--resume resokit/antwoorden-${date}-an-2.yaml`);
    expect(readFileSync(join(cwd, `resokit/antwoorden-${date}-an.yaml`), 'utf8')).toBe('de eerste reflectie');
    expect(parse(readFileSync(join(cwd, `resokit/antwoorden-${date}-an-2.yaml`), 'utf8')).themes[0].answers[0].answer).toBe('iets');
  }, 30_000);

  it('--previous is stored relative to the new answers file, so a report made from anywhere finds it', async () => {
    const cwd = freshDir();
    mkdirSync(join(cwd, 'vorige'));
    writeFileSync(join(cwd, 'vorige', 'an.yaml'), readFileSync(fileURLToPath(new URL('../fixtures/report/team/an.yaml', import.meta.url))));
    const s = runInPty(['reflect', '--previous', 'vorige/an.yaml', '--out', 'rondes/najaar', '--theme', 'safe-space', '--org', 'Vzw', '--name', 'An'], { cwd });
    await s.waitFor('Folder herschrijven in eenvoudige taal');
    await s.send(ctrlC);
    expect(await s.exited).toBe(130);
    const file = join(cwd, 'rondes', 'najaar', `antwoorden-${date}-an.yaml`);
    expect(parse(readFileSync(file, 'utf8')).previous.file).toBe('../../vorige/an.yaml');
    // The report shows it as every path: from the folder it is run in.
    const here = await resokit(['report', file, '--format', 'json'], { cwd });
    expect(JSON.parse(here.stdout).previous.file).toBe('vorige/an.yaml');
    const there = await resokit(['report', `antwoorden-${date}-an.yaml`, '--format', 'json'], { cwd: join(cwd, 'rondes', 'najaar') });
    expect(JSON.parse(there.stdout).previous.file).toBe(join(cwd, 'vorige', 'an.yaml'));
  }, 30_000);

  it('--resume of a file that stored --previous the old way (from the folder reflect ran in) stores it relative to the file', async () => {
    const cwd = freshDir();
    mkdirSync(join(cwd, 'vorige'));
    mkdirSync(join(cwd, 'resokit'));
    const old = readFileSync(fileURLToPath(new URL('../fixtures/report/team/an.yaml', import.meta.url)), 'utf8');
    writeFileSync(join(cwd, 'vorige', 'an.yaml'), old);
    const started = old.replace('file: earlier/an-2026-08.yaml', 'file: vorige/an.yaml').replace('status: complete', 'status: in-progress');
    writeFileSync(join(cwd, 'resokit', 'antwoorden-an.yaml'), started);
    const s = runInPty(['reflect', '--resume', 'resokit/antwoorden-an.yaml'], { cwd });
    const saved = () => parse(readFileSync(join(cwd, 'resokit', 'antwoorden-an.yaml'), 'utf8'));
    await waitUntil(() => saved().previous.file === '../vorige/an.yaml', () => `not stored anew:\n${s.text().slice(-800)}`);
    await s.send(ctrlC);
    expect(await s.exited).toBe(130);
    expect(saved().previous.file).toBe('../vorige/an.yaml');
  }, 30_000);

  it('prints the resume command with npx when it was started through npx', async () => {
    const cwd = freshDir();
    const s = runInPty(['reflect', '--theme', 'safe-space', '--org', 'Vzw', '--name', 'An'], { cwd, env: { npm_command: 'exec' } });
    await s.waitFor('vraag 1/5');
    await s.send(ctrlC);
    expect(await s.exited).toBe(130);
    expect(s.text()).toContain(`Verder gaan: npx resokit reflect --resume resokit/antwoorden-${date}-an.yaml`);
  }, 30_000);

  it('records the --questions folder the reflection was made with (answers format 2), and nothing without one', async () => {
    const cwd = freshDir();
    const own = fileURLToPath(new URL('../fixtures/own-themes/ok', import.meta.url));
    const s = runInPty(['--questions', own, 'reflect', '--theme', 'onze-vrijwilligers', '--org', 'Vzw', '--name', 'An'], { cwd });
    await s.waitFor('vraag 1/2');
    await s.send(ctrlC);
    expect(await s.exited).toBe(130);
    const saved = parse(readFileSync(join(cwd, `resokit/antwoorden-${date}-an.yaml`), 'utf8'));
    expect(saved).toMatchObject({ format: 'resokit-answers/2', questionsPath: own });
    expect(saved.themes[0].id).toBe('onze-vrijwilligers');

    const without = runInPty(['reflect', '--theme', 'safe-space', '--org', 'Vzw', '--name', 'Bo'], { cwd });
    await without.waitFor('vraag 1/5');
    await without.send(ctrlC);
    expect(await without.exited).toBe(130);
    expect(parse(readFileSync(join(cwd, `resokit/antwoorden-${date}-bo.yaml`), 'utf8'))).not.toHaveProperty('questionsPath');
  }, 30_000);

  it('refuses to run without an interactive terminal, with exit 2 and what to do instead', async () => {
    for (const input of ['', 'antwoord\n']) {
      const result = await resokit(['reflect'], { input });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('interactieve terminal');
      // The advice names resokit as it was started: npx, on the PATH, or node and the script.
      expect(result.stderr).toMatch(/(resokit|resokit\.js) report antwoorden\.yaml/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  }, e2eTimeout);

  it('does not hang on an open pipe that never sends anything', async () => {
    const { code, stderr } = await resokit(['reflect'], { keepStdinOpen: true });
    expect(code).toBe(2);
    expect(stderr).toContain('interactieve terminal');
  }, e2eTimeout);
});

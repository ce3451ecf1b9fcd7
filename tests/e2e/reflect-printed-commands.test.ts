import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bin, keys, runInPty } from '../support/pty.js';
import { e2eTimeout, resokit, runProgram } from '../support/run-cli.js';

const { enter, down, ctrlC } = keys;
const today = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
const fixture = fileURLToPath(new URL('../fixtures/own-themes/ok', import.meta.url));

/** A folder with the organisation's own themes, at a path with a space (quoted in printed commands). */
function withOwnThemes() {
  const cwd = mkdtempSync(join(tmpdir(), 'resokit-printed-'));
  cpSync(fixture, join(cwd, 'eigen themas'), { recursive: true });
  return cwd;
}

/** Runs a printed command as a person pastes it into a shell. */
function paste(command: string, cwd: string) {
  return runProgram('sh', ['-c', command], { cwd });
}

const line = (text: string, prefix: string) => text.split(/\r?\n/).find((l) => l.startsWith(prefix))?.slice(prefix.length).trim() ?? '';

describe('the commands resokit prints carry what they need, and work when pasted', () => {
  it('reflect --questions: the printable-version command carries --questions and makes the HTML', async () => {
    const cwd = withOwnThemes();
    const s = runInPty(['reflect', '--questions', 'eigen themas', '--theme', 'onze-vrijwilligers', '--org', 'Vzw', '--name', 'An'], { cwd });
    await s.waitFor('vraag 1/2');
    await s.send('Onthaal', enter, enter);
    await s.waitFor('vraag 2/2');
    await s.send(enter);
    await s.waitFor('Waar staat je organisatie vandaag');
    await s.send(enter);
    await s.waitFor('Hoe belangrijk');
    await s.send(enter);
    await s.waitFor('Een actie toevoegen?');
    await s.send(down, enter);
    await s.waitFor('met het team bespreken');
    await s.send(enter);
    await s.waitFor('Klopt alles?');
    await s.send(enter);
    await s.waitFor('Klaar!');
    expect(await s.exited).toBe(0);
    const printable = line(s.text(), 'Afdrukbare versie:');
    expect(printable).toBe(
      `node ${bin} report resokit/antwoorden-${date}-an.yaml --format html --out resokit/actieplan-${date}-an.html --questions 'eigen themas'`,
    );
    const run = await paste(printable, cwd);
    expect(run.stderr).toContain('Geschreven');
    expect(run.code).toBe(0);
    expect(existsSync(join(cwd, `resokit/actieplan-${date}-an.html`))).toBe(true);
  }, 60_000);

  it('the resume command after Ctrl+C carries --questions', async () => {
    const cwd = withOwnThemes();
    const s = runInPty(['reflect', '--questions', 'eigen themas', '--theme', 'onze-vrijwilligers', '--org', 'Vzw', '--name', 'An'], { cwd });
    await s.waitFor('vraag 1/2');
    await s.send(ctrlC);
    expect(await s.exited).toBe(130);
    expect(line(s.text(), 'Verder gaan:')).toBe(`node ${bin} reflect --resume resokit/antwoorden-${date}-an.yaml --questions 'eigen themas'`);
  }, 30_000);

  it('themes --questions: the hint to show a theme carries --questions, and the pasted command shows an own theme', async () => {
    const cwd = withOwnThemes();
    const { stdout } = await resokit(['themes', '--questions', 'eigen themas'], { cwd });
    const hint = line(stdout, 'Lees een thema volledig met:');
    expect(hint).toBe(`node ${bin} show <id> --questions 'eigen themas'`);
    const run = await paste(hint.replace('<id>', 'onze-vrijwilligers'), cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Onze vrijwilligers');
  }, e2eTimeout);

  it('without a terminal: the advice names commands with the flags of this run (--lang, --questions)', async () => {
    const cwd = withOwnThemes();
    const run = await resokit(['reflect', '--lang', 'en', '--questions', 'eigen themas'], { cwd, input: '' });
    expect(run.code).toBe(2);
    // Not run from the home folder, where a new terminal starts: the path is given whole.
    const own = `'${join(cwd, 'eigen themas')}'`;
    expect(run.stderr).toContain(`node ${bin} themes --lang en --questions ${own}, node ${bin} show <theme> --lang en --questions ${own}`);
    const themes = await paste(`node ${bin} themes --lang en --questions ${own}`, tmpdir());
    expect(themes.code).toBe(0);
  }, e2eTimeout);
});

describe('resuming a file made with --questions, without it', () => {
  it('asks "did you forget --questions <path>?" with the recorded path and the command to paste', async () => {
    const cwd = withOwnThemes();
    const s = runInPty(['reflect', '--questions', 'eigen themas', '--theme', 'onze-vrijwilligers', '--org', 'Vzw', '--name', 'An'], { cwd });
    await s.waitFor('vraag 1/2');
    await s.send(ctrlC);
    expect(await s.exited).toBe(130);
    const answers = `resokit/antwoorden-${date}-an.yaml`;
    const run = await resokit(['reflect', '--resume', answers], { cwd, input: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `fout: Deze antwoorden gebruiken eigen thema’s uit eigen themas. Vergat je --questions eigen themas? Verder gaan: node ${bin} reflect --resume ${join(cwd, answers)} --questions '${join(cwd, 'eigen themas')}'\n`,
    );
  }, e2eTimeout);
});

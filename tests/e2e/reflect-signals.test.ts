import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bin, keys, runInPty } from '../support/pty.js';

const { enter } = keys;
const today = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
const fresh = () => mkdtempSync(join(tmpdir(), 'resokit-signal-'));
const answersFile = `resokit/antwoorden-${date}-an.yaml`;

/** A session halfway through question 2, with a line typed but not yet ended by Enter. */
async function midLine(cwd: string, env: Record<string, string> = {}) {
  const s = runInPty(['reflect', '--theme', 'gradueel-aanbod', '--org', 'Vzw', '--name', 'An'], { cwd, env });
  await s.waitFor('vraag 1/2');
  await s.send('Eerste antwoord', enter, enter);
  await s.waitFor('vraag 2/2');
  await s.send('een hele regel', enter);
  await s.send('en een halve');
  await s.waitFor('en een halve');
  return s;
}

describe('reflect stopped from outside keeps the line being typed', () => {
  it.each([
    ['SIGHUP', 129, 'resokit werd gestopt; je antwoorden zijn bewaard.'],
    ['SIGTERM', 143, 'resokit werd gestopt; je antwoorden zijn bewaard.'],
    ['SIGINT', 130, 'Onderbroken. Niets is verloren.'],
  ] as const)('%s: saves the unfinished line, says where and how to continue, exits %i', async (signal, code, said) => {
    const cwd = fresh();
    const s = await midLine(cwd);
    process.kill(s.pty.pid, signal);
    expect(await s.exited).toBe(code);
    const saved = parse(readFileSync(join(cwd, answersFile), 'utf8'));
    expect(saved.themes[0].answers[0].answer).toBe('Eerste antwoord');
    expect(saved.themes[0].answers[1].draft).toBe('een hele regel\nen een halve');
    expect(s.text()).toContain(said);
    expect(s.text()).toContain(`Antwoorden bewaard in ${answersFile}`);
    expect(s.text()).toContain(`Verder gaan: node ${bin} reflect --resume ${answersFile}`);
    expect(s.text()).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('closing the terminal window mid-line: the line is kept and the exit code is 129 (not a crash)', async () => {
    const cwd = fresh();
    const s = await midLine(cwd);
    // As a terminal emulator does: the terminal side closes, then the process gets SIGHUP.
    // node-pty's UnixTerminal has destroy(); its IPty type does not list it.
    (s.pty as typeof s.pty & { destroy(): void }).destroy();
    expect(await s.exited).toBe(129);
    const saved = parse(readFileSync(join(cwd, answersFile), 'utf8'));
    expect(saved.themes[0].answers[1].draft).toBe('een hele regel\nen een halve');
  }, 30_000);

  it('an outside SIGINT before anything could be saved says so, exits 130 and leaves no empty answers folder', async () => {
    const cwd = fresh();
    const s = runInPty(['reflect', '--theme', 'gradueel-aanbod'], { cwd });
    await s.waitFor('Naam van je organisatie');
    process.kill(s.pty.pid, 'SIGINT');
    expect(await s.exited).toBe(130);
    expect(s.text()).toContain('Onderbroken voor er iets te bewaren was.');
    expect(existsSync(join(cwd, 'resokit'))).toBe(false);
  }, 30_000);

  it('a signal while the folder is gone: the answers go to the home folder, and it says where', async () => {
    const cwd = fresh();
    const home = join(cwd, 'home');
    const s = await midLine(cwd, { HOME: home });
    rmSync(join(cwd, 'resokit'), { recursive: true });
    process.kill(s.pty.pid, 'SIGTERM');
    expect(await s.exited).toBe(143);
    const rescued = join(home, `antwoorden-${date}-an.yaml`);
    const saved = parse(readFileSync(rescued, 'utf8'));
    expect(saved.themes[0].answers[1].draft).toBe('een hele regel\nen een halve');
    // Inside the folder it was started from, so shown relative to it.
    expect(s.text()).toContain(`Antwoorden bewaard in home/antwoorden-${date}-an.yaml`);
    // A new terminal starts in HOME, not here: the command to paste gives the path whole.
    expect(s.text()).toContain(`reflect --resume ${rescued}`);
    expect(s.text()).toContain('De oorspronkelijke map lukte niet; je antwoorden staan nu elders.');
  }, 30_000);

  it('a signal when nothing can be written anywhere: the complete answers file is printed to copy', async () => {
    const cwd = fresh();
    const s = await midLine(cwd, { HOME: join(cwd, 'resokit', 'home'), TMPDIR: join(cwd, 'resokit', 'tmp') });
    // The folder becomes a file: the answers file, the home and the temp folder all lie below it.
    rmSync(join(cwd, 'resokit'), { recursive: true });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(cwd, 'resokit'), 'geen map');
    process.kill(s.pty.pid, 'SIGTERM');
    expect(await s.exited).toBe(143);
    const text = s.text();
    expect(text).toContain('Je antwoorden konden nergens bewaard worden. Hieronder staat het volledige antwoordenbestand');
    const yaml = text.slice(text.indexOf('# Antwoorden van een Resokit-reflectie'), text.indexOf('-----\r\n'));
    const printed = parse(yaml.replace(/\r\n/g, '\n'));
    expect(printed.themes[0].answers[0].answer).toBe('Eerste antwoord');
    expect(printed.themes[0].answers[1].draft).toBe('een hele regel\nen een halve');
  }, 30_000);

  it.each([
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ] as const)('%s while an action is half written: its fields and the line being typed are kept, and --resume goes on from there', async (signal, code) => {
    const cwd = fresh();
    const s = runInPty(['reflect', '--theme', 'gradueel-aanbod', '--org', 'Vzw', '--name', 'An'], { cwd });
    await s.waitFor('vraag 1/2');
    await s.send(enter);
    await s.waitFor('vraag 2/2');
    await s.send(enter);
    await s.waitFor('Waar staat je organisatie');
    await s.send(enter);
    await s.waitFor('Hoe belangrijk');
    await s.send(enter);
    await s.waitFor('Een actie toevoegen?');
    await s.send(enter);
    await s.waitFor('Wat gaan jullie doen?');
    await s.send('Buurtkoffie op dinsdag', enter);
    await s.waitFor('Wie neemt het op?');
    await s.send('Jo');
    await s.waitFor('Jo');
    process.kill(s.pty.pid, signal);
    expect(await s.exited).toBe(code);
    const saved = parse(readFileSync(join(cwd, answersFile), 'utf8'));
    expect(saved.themes[0].actionDraft).toEqual({ what: 'Buurtkoffie op dinsdag', at: 'who', typing: 'Jo' });
    expect(saved.themes[0].actions).toEqual([]);

    const again = runInPty(['reflect', '--resume', answersFile], { cwd });
    await again.waitFor('Je was een actie aan het noteren');
    await again.waitFor('Wie neemt het op? (leeg = nog te bepalen) Jo');
    await again.send('nas', enter);
    await again.waitFor('Tegen wanneer?');
    await again.send(enter);
    await again.waitFor('Prioriteit?');
    await again.send(enter);
    await again.waitFor('1 actie genoteerd');
    await again.send(keys.ctrlC);
    expect(await again.exited).toBe(130);
    const resumed = parse(readFileSync(join(cwd, answersFile), 'utf8'));
    expect(resumed.themes[0].actionDraft).toBeUndefined();
    expect(resumed.themes[0].actions).toEqual([{ id: expect.stringMatching(/^a-/), what: 'Buurtkoffie op dinsdag', who: 'Jonas', priority: 'medium', status: 'open' }]);
  }, 45_000);
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { keys, runInPty } from '../support/pty.js';

const { enter, down, ctrlC } = keys;
const today = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
const fresh = () => mkdtempSync(join(tmpdir(), 'resokit-savefail-'));
const name = `antwoorden-${date}-an.yaml`;
const failing = (reason: string) => `lukt niet: ${reason}. Je antwoorden`;
/** What the screen says, with line breaks (notices wrap to the terminal) read as spaces. */
const said = (s: { text(): string }) => s.text().replace(/\s+/g, ' ');
/** The start of the question for another folder (Inquirer wraps the rest to the terminal's width). */
const asked = 'Je antwoorden kunnen niet bewaard worden (';
const count = (text: string, part: string) => text.split(part).length - 1;

/** Starts a session on theme gradueel-aanbod with its files in `out`; resolves once the first save is on disk. */
async function start(cwd: string, out: string, env: Record<string, string> = {}) {
  const s = runInPty(['reflect', '--theme', 'gradueel-aanbod', '--org', 'Vzw', '--name', 'An', '--out', out], { cwd, env: { HOME: join(cwd, 'home'), ...env } });
  await s.waitFor('vraag 1/2');
  return s;
}

/** From the rating of the one theme to the end of the walk-through: no actions, nothing to discuss. */
async function finishTheme(s: ReturnType<typeof runInPty>, ratingShown = false) {
  if (!ratingShown) await s.waitFor('Waar staat je organisatie vandaag');
  await s.send(enter);
  await s.waitFor('Hoe belangrijk');
  await s.send(enter);
  await s.waitFor('Een actie toevoegen?');
  await s.send(down, enter);
  await s.waitFor('met het team bespreken');
  await s.send(enter);
  await s.waitFor('Klopt alles?');
  await s.send(enter);
}

/** A 64 KB tmpfs gives a real ENOSPC. Mounting needs root (as in CI); elsewhere the test says it was skipped. */
function mountSmallDisk(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'resokit-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore', timeout: 10_000 });
    return dir;
  } catch {
    console.warn('reflect-save-failures: mounting a tmpfs is not permitted here; the full-disk test is SKIPPED');
    return undefined;
  }
}
const smallDisk = mountSmallDisk();
afterAll(() => {
  if (smallDisk) execFileSync('umount', [smallDisk], { stdio: 'ignore', timeout: 10_000 });
});

describe('reflect when saving fails mid-session', () => {
  it('the folder is removed: said once with the reason, the walk-through goes on, and it says when saving works again', async () => {
    const cwd = fresh();
    const s = await start(cwd, 'uit');
    rmSync(join(cwd, 'uit'), { recursive: true });
    await s.send('regel een', enter, 'regel twee', enter, enter);
    // Told before the next question (never in the middle of one).
    await s.waitFor('vraag 2/2');
    expect(said(s)).toContain(failing('bestand of map bestaat niet'));
    await s.send('tweede antwoord', enter, enter);
    await s.waitFor('Waar staat je organisatie vandaag');
    expect(count(said(s), 'lukt niet:')).toBe(1);
    mkdirSync(join(cwd, 'uit'));
    await finishTheme(s, true);
    await s.waitFor('Klaar!');
    expect(await s.exited).toBe(0);
    expect(count(said(s), `Opslaan lukt weer: uit/${name}`)).toBe(1);
    expect(count(said(s), 'lukt niet:')).toBe(1);
    const saved = parse(readFileSync(join(cwd, 'uit', name), 'utf8'));
    expect(saved.status).toBe('complete');
    expect(saved.themes[0].answers.map((a: { answer: string }) => a.answer)).toEqual(['regel een\nregel twee', 'tweede antwoord']);
    expect(readdirSync(join(cwd, 'uit')).sort()).toEqual([`actieplan-${date}-an.md`, name]);
  }, 60_000);

  it('the folder is replaced by a file: at the end it asks for another folder, re-asks when that fails, and saves both files there', async () => {
    const cwd = fresh();
    const s = await start(cwd, 'uit');
    rmSync(join(cwd, 'uit'), { recursive: true });
    writeFileSync(join(cwd, 'uit'), 'nu een bestand');
    await s.send('eerste', enter, enter);
    await s.waitFor('vraag 2/2');
    expect(said(s)).toContain(failing('een deel van het pad is geen map'));
    await s.send('tweede', enter, enter);
    await finishTheme(s);
    await s.waitFor(asked);
    await s.send('uit/onder', enter);
    await s.waitFor('Ook in uit/onder lukt het niet: een deel van het pad is geen map');
    await s.waitFor(asked);
    await s.send('nieuwe map', enter);
    await s.waitFor('Klaar!');
    expect(await s.exited).toBe(0);
    expect(s.text()).toContain(`Afdrukbare versie: node`);
    // HOME is elsewhere: the command to paste in a new terminal gives the paths whole.
    expect(s.text()).toContain(`report '${join(cwd, 'nieuwe map', name)}' --format html --out '${join(cwd, 'nieuwe map', `actieplan-${date}-an.html`)}'`);
    expect(readdirSync(join(cwd, 'nieuwe map')).sort()).toEqual([`actieplan-${date}-an.md`, name]);
    expect(parse(readFileSync(join(cwd, 'nieuwe map', name), 'utf8')).status).toBe('complete');
    expect(readFileSync(join(cwd, 'uit'), 'utf8')).toBe('nu een bestand');
  }, 60_000);

  it('Ctrl+C while saving fails: asks for a folder; Ctrl+C again puts the answers in the home folder, with the command to continue', async () => {
    const cwd = fresh();
    const s = await start(cwd, 'uit');
    rmSync(join(cwd, 'uit'), { recursive: true });
    await s.send('half af');
    await s.send(ctrlC);
    await s.waitFor(asked);
    await s.send(ctrlC);
    expect(await s.exited).toBe(130);
    expect(s.text()).toContain('De oorspronkelijke map lukte niet; je antwoorden staan nu elders.');
    expect(s.text()).toContain(`Antwoorden bewaard in home/${name}`);
    expect(s.text()).toContain(`reflect --resume ${join(cwd, 'home', name)}`);
    expect(parse(readFileSync(join(cwd, 'home', name), 'utf8')).themes[0].answers[0].draft).toBe('half af');
  }, 60_000);

  it.skipIf(smallDisk === undefined)('a full disk (real ENOSPC on a 64 KB tmpfs): said once, nothing lost, saved again once there is room', async () => {
    const cwd = fresh();
    const out = join(smallDisk!, 'uit');
    const s = await start(cwd, out);
    // Fill the disk to the last byte.
    const filler = join(smallDisk!, 'filler');
    try {
      writeFileSync(filler, Buffer.alloc(256 * 1024, 1));
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    const long = 'Een lang antwoord dat niet meer op de schijf past. '.repeat(20);
    await s.send(long, enter, 'tweede regel', enter, enter);
    await s.waitFor('vraag 2/2');
    expect(said(s)).toContain(failing('de schijf is vol'));
    expect(count(said(s), 'lukt niet:')).toBe(1);
    rmSync(filler);
    await s.send('en nu weer ruimte', enter);
    await s.send(ctrlC);
    expect(await s.exited).toBe(130);
    expect(said(s)).toContain(`Opslaan lukt weer: ${out}/${name}`);
    expect(s.text()).not.toContain('In welke map');
    const saved = parse(readFileSync(join(out, name), 'utf8'));
    expect(saved.themes[0].answers[0].answer).toBe(`${long.trim()}\ntweede regel`);
    expect(saved.themes[0].answers[1].draft).toBe('en nu weer ruimte');
    rmSync(out, { recursive: true });
  }, 60_000);
});

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/cli/context.js';
import { runReflect } from '../../src/commands/reflect.js';
import { diskWriter, type FileWriter } from '../../src/files/write-atomic.js';
import { nl } from '../../src/i18n/nl/index.js';
import { createScreen } from '../support/screen.js';

const today = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const name = `antwoorden-${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}-an.yaml`;

/** A network folder that answers until `gone()` is called, then fails every write with `code`. */
function networkFolder(mount: string, code: string) {
  let gone = false;
  const check = (path: string) => {
    if (gone && path.startsWith(mount)) throw Object.assign(new Error(`${code}: write failed, '${path}'`), { code });
  };
  const writer: FileWriter = {
    write: async (path, text) => {
      check(path);
      await diskWriter.write(path, text);
    },
    writeSync: (path, text) => {
      check(path);
      diskWriter.writeSync(path, text);
    },
  };
  return { writer, gone: () => void (gone = true) };
}

function context(cwd: string, screen: ReturnType<typeof createScreen>) {
  let errors = '';
  const stderr = new Writable({
    write(chunk, _encoding, callback) {
      errors += chunk.toString();
      callback();
    },
  });
  const ctx: CommandContext = {
    m: nl,
    language: 'nl',
    languageExplicit: false,
    stdout: Object.assign(screen.output, { columns: 100, isTTY: true }),
    stderr,
    stdin: Object.assign(screen.input, { isTTY: true }),
    env: { PATH: '', HOME: cwd },
    cwd,
    questions: undefined,
    color: false,
    debug: false,
    useMessages: () => undefined,
  };
  return { ctx, errors: () => errors };
}

describe('reflect when the network folder goes away mid-session (through the file-writing boundary)', () => {
  it.each(['EIO', 'ENOTCONN'])('%s: said once in words, the walk-through goes on, Ctrl+C asks for another folder and saves there', async (code) => {
    const reason = nl.files.reasons[code]!;
    const cwd = mkdtempSync(join(tmpdir(), 'resokit-flow-'));
    const screen = createScreen();
    const { ctx } = context(cwd, screen);
    const drive = networkFolder(join(cwd, 'netwerk'), code);
    const run = runReflect({ theme: ['gradueel-aanbod'], org: 'Vzw', name: 'An', out: 'netwerk' }, ctx, drive.writer);
    const outcome = run.then(
      () => undefined,
      (error: unknown) => error,
    );
    await screen.next('vraag 1/2');
    drive.gone();
    screen.type('eerste regel\r');
    screen.type('tweede regel\r');
    screen.key('enter');
    await screen.next('vraag 2/2');
    screen.type('half\r');
    await screen.settled();
    screen.key('ctrl+c');
    await screen.next('kunnen niet bewaard worden');
    screen.type('lokaal\r');
    const error = (await outcome) as { name: string; exitCode: number; message: string };
    const said = screen.text().replace(/\s+/g, ' ');
    expect(said).toContain(`Opslaan in netwerk/${name} lukt niet: ${reason}.`);
    expect(said.split('lukt niet:').length - 1).toBe(1);
    expect(said).toContain(`Je antwoorden kunnen niet bewaard worden (${reason})`);
    expect(error).toMatchObject({ name: 'ExpectedExit', exitCode: 130 });
    expect(error.message).toContain(`Antwoorden bewaard in lokaal/${name}`);
    expect(error.message).toContain(`reflect --resume lokaal/${name}`);
    const saved = parse(readFileSync(join(cwd, 'lokaal', name), 'utf8'));
    expect(saved.themes[0].answers[0].answer).toBe('eerste regel\ntweede regel');
    expect(saved.themes[0].answers[1].draft).toBe('half');
  }, 20_000);
});

describe('reflect stopped with Ctrl+C before anything was saved', () => {
  /** Starts a reflection in a fresh folder, presses Ctrl+C at the first question (the organisation). */
  async function stopAtOrganisation(out: string | undefined, prepare: (cwd: string) => void = () => undefined) {
    const cwd = mkdtempSync(join(tmpdir(), 'resokit-flow-'));
    prepare(cwd);
    const screen = createScreen();
    const { ctx } = context(cwd, screen);
    const outcome = runReflect({ theme: ['gradueel-aanbod'], ...(out ? { out } : {}) }, ctx).then(
      () => undefined,
      (error: unknown) => error,
    );
    await screen.next('Naam van je organisatie');
    screen.key('ctrl+c');
    expect(await outcome).toMatchObject({ name: 'ExpectedExit', exitCode: 130, message: expect.stringContaining(nl.reflect.nothingSaved) });
    return cwd;
  }

  it('leaves no empty answers folder behind: the one it made for this session is removed', async () => {
    const cwd = await stopAtOrganisation(undefined);
    expect(readdirSync(cwd)).toEqual([]);
  }, 20_000);

  it('removes every folder it made for --out, and not the one that was there', async () => {
    const cwd = await stopAtOrganisation('team/ronde-1/antwoorden', (dir) => mkdirSync(join(dir, 'team')));
    expect(readdirSync(cwd)).toEqual(['team']);
    expect(readdirSync(join(cwd, 'team'))).toEqual([]);
  }, 20_000);

  it('keeps a folder the person had, even an empty one, and a folder that got a file meanwhile', async () => {
    const had = await stopAtOrganisation(undefined, (dir) => mkdirSync(join(dir, 'resokit')));
    expect(existsSync(join(had, 'resokit'))).toBe(true);
    const cwd = mkdtempSync(join(tmpdir(), 'resokit-flow-'));
    const screen = createScreen();
    const { ctx } = context(cwd, screen);
    const outcome = runReflect({ theme: ['gradueel-aanbod'] }, ctx).catch((error: unknown) => error);
    await screen.next('Naam van je organisatie');
    writeFileSync(join(cwd, 'resokit', 'notities.txt'), 'van iemand anders');
    screen.key('ctrl+c');
    expect(await outcome).toMatchObject({ exitCode: 130 });
    expect(readdirSync(join(cwd, 'resokit'))).toEqual(['notities.txt']);
  }, 20_000);
});

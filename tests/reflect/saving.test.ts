import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainStyle } from '../../src/cli/style.js';
import { diskWriter, type FileWriter } from '../../src/files/write-atomic.js';
import { nl } from '../../src/i18n/nl/index.js';
import type { Asker } from '../../src/prompts/ask.js';
import { Autosave } from '../../src/reflect/autosave.js';
import { keepAnswers, keepAnswersSync, type SavingDeps } from '../../src/reflect/saving.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'resokit-saving-'));

/**
 * A network drive that is gone: every write under `mount` fails with `code` (EIO, ENOTCONN), as
 * the kernel reports it; everything else goes to the real disk.
 */
function goneDrive(mount: string, code: string): FileWriter {
  const check = (path: string) => {
    if (path.startsWith(mount)) throw Object.assign(new Error(`${code}: write failed, '${path}'`), { code });
  };
  return {
    write: async (path, text) => {
      check(path);
      await diskWriter.write(path, text);
    },
    writeSync: (path, text) => {
      check(path);
      diskWriter.writeSync(path, text);
    },
  };
}

/** The folder question, answered from a script; `ctrl-c` rejects as Inquirer does. */
function scriptedAsker(answers: string[]) {
  const asked: string[] = [];
  const ask = {
    text: async (message: string) => {
      asked.push(message);
      const answer = answers.shift();
      if (answer === undefined || answer === 'ctrl-c') throw Object.assign(new Error('closed'), { name: 'ExitPromptError' });
      return answer;
    },
  } as unknown as Asker;
  return { ask, asked };
}

function setup(code: string, options: { folders?: string[] } = {}) {
  const cwd = fresh();
  const mount = join(cwd, 'net');
  const out: string[] = [];
  const err: string[] = [];
  const deps: SavingDeps = {
    m: nl,
    style: plainStyle,
    print: (text) => out.push(text),
    printError: (text) => err.push(text),
    cwd,
    shown: (path) => path,
    resumeCommand: (path) => `resokit reflect --resume ${path}`,
    folders: () => options.folders ?? [join(cwd, 'home')],
  };
  const autosave = new Autosave<string>({ path: join(mount, 'antwoorden-an.yaml'), writer: goneDrive(mount, code), render: (v) => `answer: ${v}\n`, notify: () => undefined });
  return { cwd, deps, autosave, out: () => out.join(''), err: () => err.join('') };
}

describe('keeping the answers when their folder cannot be written (network drive gone)', () => {
  it.each(['EIO', 'ENOTCONN'])('%s: asks for another folder and saves there', async (code) => {
    const { cwd, deps, autosave } = setup(code);
    await autosave.update('mijn antwoord');
    const { ask, asked } = scriptedAsker(['elders']);
    expect(await keepAnswers(autosave, ask, deps)).toBe(true);
    expect(asked[0]).toContain(nl.files.reasons[code]);
    expect(autosave.path).toBe(join(cwd, 'elders', 'antwoorden-an.yaml'));
    expect(readFileSync(autosave.path, 'utf8')).toBe('answer: mijn antwoord\n');
  });

  it('a folder that fails too is said with its reason, and asked again', async () => {
    const { cwd, deps, autosave, out } = setup('EIO');
    writeFileSync(join(cwd, 'een-bestand'), 'x');
    await autosave.update('a');
    const { ask, asked } = scriptedAsker(['een-bestand/map', 'goed']);
    expect(await keepAnswers(autosave, ask, deps)).toBe(true);
    expect(asked).toHaveLength(2);
    expect(out()).toContain(`Ook in ${join(cwd, 'een-bestand/map')} lukt het niet: een deel van het pad is geen map`);
    expect(readFileSync(join(cwd, 'goed', 'antwoorden-an.yaml'), 'utf8')).toBe('answer: a\n');
  });

  it.each([
    ['an empty answer', ['']],
    ['Ctrl+C at the question', ['ctrl-c']],
  ])('%s: the fallback folder, and it says so', async (_name, answers) => {
    const { cwd, deps, autosave, out } = setup('ENOTCONN');
    await autosave.update('b');
    expect(await keepAnswers(autosave, scriptedAsker(answers).ask, deps)).toBe(true);
    expect(autosave.path).toBe(join(cwd, 'home', 'antwoorden-an.yaml'));
    expect(readFileSync(autosave.path, 'utf8')).toBe('answer: b\n');
    expect(out()).toContain(nl.reflect.savedElsewhere);
  });

  it('never overwrites a file already in the fallback folder: -2', async () => {
    const { cwd, deps, autosave } = setup('EIO');
    const home = join(cwd, 'home');
    await autosave.update('c');
    keepAnswersSync(autosave, deps);
    const first = autosave.path;
    const second = setup('EIO', { folders: [home] });
    await second.autosave.update('d');
    expect(keepAnswersSync(second.autosave, second.deps)).toBe(true);
    expect(readdirSync(home).sort()).toEqual(['antwoorden-an-2.yaml', 'antwoorden-an.yaml']);
    expect(readFileSync(first, 'utf8')).toBe('answer: c\n');
    expect(readFileSync(join(home, 'antwoorden-an-2.yaml'), 'utf8')).toBe('answer: d\n');
  });

  it('on a signal (no question possible): the first fallback folder that takes it', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'not-a-folder'), 'x');
    const { deps, autosave, err } = setup('EIO', { folders: [join(cwd, 'not-a-folder', 'home'), join(cwd, 'tmp')] });
    await autosave.update('e');
    expect(keepAnswersSync(autosave, deps)).toBe(true);
    expect(autosave.path).toBe(join(cwd, 'tmp', 'antwoorden-an.yaml'));
    expect(err()).toContain(nl.reflect.savedElsewhere);
  });

  it('the last resort: nothing takes the file, so the complete answers go to stderr', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'not-a-folder'), 'x');
    const { deps, autosave, err } = setup('ENOTCONN', { folders: [join(cwd, 'not-a-folder', 'home')] });
    await autosave.update('alles wat ik typte');
    expect(keepAnswersSync(autosave, deps)).toBe(false);
    expect(err()).toContain(nl.reflect.lastResort('resokit reflect --resume antwoorden.yaml'));
    expect(err()).toContain('answer: alles wat ik typte\n-----\n');
    const asked = setup('ENOTCONN', { folders: [join(cwd, 'not-a-folder', 'home')] });
    await asked.autosave.update('ook hier');
    expect(await keepAnswers(asked.autosave, scriptedAsker(['']).ask, asked.deps)).toBe(false);
    expect(asked.err()).toContain('answer: ook hier\n');
  });

  it('an earlier save left where saving stopped working (a medium turned read-only) is named, so that nobody resumes from it', async () => {
    const { cwd, deps, autosave, out, err } = setup('EROFS');
    const original = autosave.path;
    mkdirSync(join(cwd, 'net'));
    writeFileSync(original, 'answer: oud\n');
    await autosave.update('nieuw');
    expect(await keepAnswers(autosave, scriptedAsker(['elders']).ask, deps)).toBe(true);
    expect(out()).toContain(nl.reflect.olderCopyLeft(original));
    const signalled = setup('EROFS');
    mkdirSync(join(signalled.cwd, 'net'));
    writeFileSync(signalled.autosave.path, 'answer: oud\n');
    await signalled.autosave.update('nieuw');
    expect(keepAnswersSync(signalled.autosave, signalled.deps)).toBe(true);
    expect(signalled.err()).toContain(nl.reflect.olderCopyLeft(join(signalled.cwd, 'net', 'antwoorden-an.yaml')));
    // Nothing was there: nothing to say.
    expect(err()).toBe('');
    const none = setup('EIO');
    await none.autosave.update('x');
    await keepAnswers(none.autosave, scriptedAsker(['elders']).ask, none.deps);
    expect(none.out()).not.toContain(nl.reflect.olderCopyLeft(join(none.cwd, 'net', 'antwoorden-an.yaml')));
  });

  it('does not ask when the file can be written after all', async () => {
    const { deps } = setup('EIO');
    const ok = new Autosave<string>({ path: join(deps.cwd, 'ok.yaml'), writer: diskWriter, render: (v) => v, notify: () => undefined });
    await ok.update('x');
    const { ask, asked } = scriptedAsker([]);
    expect(await keepAnswers(ok, ask, deps)).toBe(true);
    expect(asked).toEqual([]);
  });
});

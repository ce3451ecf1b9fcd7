import { describe, expect, it } from 'vitest';
import { Autosave, type SaveNotice } from '../../src/reflect/autosave.js';
import type { FileWriter } from '../../src/files/write-atomic.js';

const failure = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

/** A writer that answers each write with the next scripted outcome ('ok' or an errno code) and records what was written. */
function scriptedWriter(outcomes: string[]) {
  const written: { path: string; text: string }[] = [];
  const next = (path: string, text: string) => {
    const outcome = outcomes.shift() ?? 'ok';
    if (outcome !== 'ok') throw failure(outcome);
    written.push({ path, text });
  };
  const writer: FileWriter = {
    write: async (path, text) => next(path, text),
    writeSync: next,
  };
  return { writer, written };
}

function setup(outcomes: string[]) {
  const { writer, written } = scriptedWriter(outcomes);
  const notices: SaveNotice[] = [];
  const autosave = new Autosave<{ n: number }>({ path: '/a/answers.yaml', writer, render: (v) => `n: ${v.n}\n`, notify: (n) => notices.push(n) });
  const summary = () => notices.map((n) => (n.kind === 'failing' ? `failing ${(n.error as { code: string }).code}` : 'recovered'));
  return { autosave, written, notices, summary };
}

describe('autosave: every change is an attempt, failures are told once', () => {
  it.each([
    ['all writes work: no notice', ['ok', 'ok', 'ok'], [], false],
    ['one failure: told once, still failing', ['ok', 'ENOSPC'], ['failing ENOSPC'], true],
    ['failing three times in a row: told once', ['ENOSPC', 'ENOSPC', 'EIO'], ['failing ENOSPC'], true],
    ['fails, then works again: told both', ['ok', 'ENOENT', 'ENOENT', 'ok'], ['failing ENOENT', 'recovered'], false],
    ['fails, works, fails again: each change of state told', ['ENOTCONN', 'ok', 'EROFS'], ['failing ENOTCONN', 'recovered', 'failing EROFS'], true],
  ])('%s', async (_name, outcomes, expected, failing) => {
    const { autosave, summary } = setup([...outcomes]);
    for (let n = 1; n <= outcomes.length; n++) await autosave.update({ n });
    expect(summary()).toEqual(expected);
    expect(autosave.failure !== undefined).toBe(failing);
  });

  it('never rejects, and keeps the latest value in memory while writes fail', async () => {
    const { autosave } = setup(['EIO', 'EIO']);
    await expect(autosave.update({ n: 1 })).resolves.toBeUndefined();
    await expect(autosave.update({ n: 2 })).resolves.toBeUndefined();
    expect(autosave.latest).toEqual({ n: 2 });
    expect(autosave.latestText()).toBe('n: 2\n');
  });

  it('writes nothing again when nothing changed (the same value)', async () => {
    const { autosave, written } = setup([]);
    const value = { n: 1 };
    await autosave.update(value);
    await autosave.update(value);
    expect(written).toHaveLength(1);
  });

  it('flush writes the latest value again, even unchanged: the file may have gone since (a USB stick pulled)', async () => {
    const { autosave, written } = setup([]);
    const value = { n: 1 };
    await autosave.update(value);
    expect(await autosave.flush()).toBe(true);
    expect(autosave.flushSync()).toBe(true);
    expect(written).toHaveLength(3);
  });

  it('writes the newest value last when changes come faster than the disk', async () => {
    const { autosave, written } = setup([]);
    await Promise.all([autosave.update({ n: 1 }), autosave.update({ n: 2 }), autosave.update({ n: 3 })]);
    expect(written.at(-1)!.text).toBe('n: 3\n');
  });

  it('flush retries the latest value once more and says whether it is on disk', async () => {
    const { autosave, written } = setup(['ENOSPC', 'ENOSPC', 'ok']);
    await autosave.update({ n: 1 });
    expect(await autosave.flush()).toBe(false);
    expect(await autosave.flush()).toBe(true);
    expect(written).toEqual([{ path: '/a/answers.yaml', text: 'n: 1\n' }]);
  });

  it('after freeze, changes are remembered but not written; flushSync writes the last one', async () => {
    const { autosave, written } = setup([]);
    await autosave.update({ n: 1 });
    autosave.freeze();
    await autosave.update({ n: 2 });
    expect(written).toHaveLength(1);
    expect(autosave.flushSync()).toBe(true);
    expect(written.at(-1)!.text).toBe('n: 2\n');
  });

  it('flushSync reports a failure (for a signal, which then looks elsewhere)', async () => {
    const { autosave, summary } = setup(['ok', 'ENOTCONN']);
    await autosave.update({ n: 1 });
    autosave.freeze();
    await autosave.update({ n: 2 });
    expect(autosave.flushSync()).toBe(false);
    expect(summary()).toEqual(['failing ENOTCONN']);
  });

  it('moveTo writes the latest value to the new path and saving continues there', async () => {
    const { autosave, written } = setup(['ok', 'ENOENT']);
    await autosave.update({ n: 1 });
    await autosave.update({ n: 2 });
    await autosave.moveTo('/b/answers.yaml');
    expect(autosave.path).toBe('/b/answers.yaml');
    expect(autosave.failure).toBeUndefined();
    await autosave.update({ n: 3 });
    expect(written.map((w) => `${w.path} ${w.text.trim()}`)).toEqual(['/a/answers.yaml n: 1', '/b/answers.yaml n: 2', '/b/answers.yaml n: 3']);
  });

  it('moveTo throws the write error and leaves the path as it was', async () => {
    const { autosave } = setup(['EIO', 'ENOTDIR']);
    await autosave.update({ n: 1 });
    await expect(autosave.moveTo('/file/answers.yaml')).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(autosave.path).toBe('/a/answers.yaml');
    expect(autosave.failure).toBeDefined();
  });
});

describe('autosave renders for the place it writes to', () => {
  it('hands render the path of each write: the file, another folder chosen, a rescue', async () => {
    const { writer, written } = scriptedWriter(['ok', 'EIO']);
    const autosave = new Autosave<{ n: number }>({ path: '/a/answers.yaml', writer, render: (v, at) => `n: ${v.n} at ${at}\n`, notify: () => undefined });
    await autosave.update({ n: 1 });
    await autosave.update({ n: 2 });
    expect(autosave.latestText()).toBe('n: 2 at /a/answers.yaml\n');
    await autosave.moveTo('/b/answers.yaml');
    autosave.moveToSync('/c/answers.yaml');
    expect(written.map((w) => w.text)).toEqual(['n: 1 at /a/answers.yaml\n', 'n: 2 at /b/answers.yaml\n', 'n: 2 at /c/answers.yaml\n']);
  });
});

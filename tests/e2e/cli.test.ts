// The CLI shell as a user meets it: the built `bin/resokit.js` (npm run build first; npm test does it).
// --version, --help with examples on every command, usage errors in Dutch without a stack trace,
// --debug, and colour: --no-color and NO_COLOR win even over FORCE_COLOR.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { bin, e2eTimeout, resokit as run, root, type CliResult } from '../support/run-cli.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** In a plain terminal session (no colour variables, Dutch), with NO_COLOR=1 unless `env` is given. */
function resokit(args: string[], env: Record<string, string> = { NO_COLOR: '1' }) {
  return run(args, { env: { NO_COLOR: undefined, ...env } });
}

const stackTrace = /^\s+at .+[:(]/m;
const ansi = /\u001b\[/;

describe('--version', { timeout: e2eTimeout }, () => {
  it.each([['--version'], ['-V']])('%s prints the version of package.json', async (flag) => {
    expect(await resokit([flag])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

/** Every command resokit has; the help must list exactly these. */
const allCommands = ['themes', 'show', 'validate', 'reflect', 'report', 'form', 'history'];

describe('--help', { timeout: e2eTimeout }, () => {
  let main: CliResult;
  /** The commands the program registers, as its own help lists them. */
  let commands: string[];
  beforeAll(async () => {
    main = await resokit(['--help']);
    const commandSection = main.stdout.slice(main.stdout.indexOf('\nCommando’s:\n'), main.stdout.indexOf('\nVoorbeelden:\n'));
    commands = [...commandSection.matchAll(/^ {2}([a-z]+) /gm)].map((match) => match[1]!).filter((name) => name !== 'help');
  }, e2eTimeout);

  it('resokit --help: usage, options, commands and examples, in Dutch, exit 0', () => {
    expect(main.code).toBe(0);
    expect(main.stderr).toBe('');
    expect(main.stdout).toMatch(/^Gebruik: resokit /);
    for (const heading of ['Opties:', 'Commando’s:', 'Voorbeelden:']) expect(main.stdout).toContain(`\n${heading}\n`);
    for (const option of ['--version', '--lang', '--questions', '--no-color', '--debug', '--help']) expect(main.stdout).toContain(option);
    expect(main.stdout).toMatch(/Voorbeelden:\n( {2}resokit .+\n)+/);
  });

  it('lists every command: themes, show, validate, reflect, report, form and history', () => {
    expect([...commands].sort()).toEqual([...allCommands].sort());
  });

  it('-h is --help', async () => {
    expect((await resokit(['-h'])).stdout).toBe(main.stdout);
  });

  it.each(allCommands)('resokit %s --help, help %s and %s -h: exit 0, with examples of that command', async (command) => {
    const runs = await Promise.all([[command, '--help'], ['help', command], [command, '-h']].map((args) => resokit(args)));
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(new RegExp(`^Gebruik: resokit ${command} `));
      const examples = run.stdout.slice(run.stdout.indexOf('\nVoorbeelden:\n'));
      expect(examples).toMatch(new RegExp(`^\\nVoorbeelden:\\n( {2}resokit ${command}\\b.*\\n)+`));
    }
  });

  it('--help with --lang en is in English', async () => {
    const run = await resokit(['--lang', 'en', 'themes', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\nExamples:\n');
    expect(run.stdout).not.toContain('Voorbeelden:');
  });
});

describe('usage errors: exit 2, one Dutch message, no stack trace', { timeout: e2eTimeout }, () => {
  it.each([
    [['frobnicate'], "fout: Onbekend commando 'frobnicate'."],
    [['--bogus'], "fout: Onbekende optie '--bogus'."],
    [['themes', '--bogus'], "fout: Onbekende optie '--bogus'."],
    [['show', 'safe-space', '--json'], "fout: Onbekende optie '--json'."],
    [['show'], "fout: Argument 'thema' ontbreekt."],
    [['show', 'safe-space', 'gradueel-aanbod'], 'fout: Te veel argumenten (verwacht: 1).'],
    [['themes', '--group'], "fout: Optie '--group <group>' verwacht een waarde."],
  ])('resokit %j', async (args, message) => {
    const run = await resokit(args);
    // The hint names resokit as it was started: here by node and the script's path.
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${message}\nZie 'node ${bin} --help'.\n` });
  });

  it('a language that does not exist', async () => {
    const run = await resokit(['--lang', 'de', 'themes']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fout: Taal 'de' wordt niet ondersteund\./);
    expect(run.stderr).not.toMatch(stackTrace);
  });
});

describe('--debug', { timeout: e2eTimeout }, () => {
  it('adds the stack trace to a user error', async () => {
    for (const args of [['show', 'x', '--debug'], ['--debug', 'show', 'x']]) {
      const run = await resokit(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("fout: Onbekend thema 'x'.\nUserError: Onbekend thema 'x'.\n");
      expect(run.stderr).toMatch(stackTrace);
    }
  });

  it('points the stack trace at the TypeScript sources: the first frame is the line that made the error', async () => {
    const run = await resokit(['show', 'x', '--debug']);
    const frames = [...run.stderr.matchAll(/^ {4}at .*?\(?([^\s()]+\.[cm]?[jt]s):(\d+):(\d+)\)?$/gm)].map((m) => ({ file: m[1]!, line: Number(m[2]) }));
    expect(frames.length).toBeGreaterThan(0);
    const first = frames[0]!;
    expect(relative(root, first.file)).toMatch(/^src\/.+\.ts$/);
    expect(readFileSync(first.file, 'utf8').split('\n')[first.line - 1]).toContain('new UserError(');
    // None of resokit's own frames is left in the bundle.
    expect(frames.filter((f) => f.file.includes(`${sep}dist${sep}`))).toEqual([]);
  });

  it('adds it to a usage error too', async () => {
    const run = await resokit(['themes', '--bogus', '--debug']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fout: Onbekende optie '--bogus'\.\n/);
    expect(run.stderr).toMatch(stackTrace);
  });

  it('without it, no user error shows one', async () => {
    for (const args of [['show', 'x'], ['themes', '--group', 'x'], ['--questions', 'bestaat-niet', 'themes'], ['frobnicate']]) {
      const run = await resokit(args);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(stackTrace);
      expect(run.stderr).not.toMatch(/Error:/);
    }
  });
});

describe('colour', { timeout: e2eTimeout }, () => {
  const forced = { FORCE_COLOR: '1' };

  it('FORCE_COLOR=1 alone colours the output (so the checks below mean something)', async () => {
    expect((await resokit(['themes'], forced)).stdout).toMatch(ansi);
    expect((await resokit(['show', 'safe-space'], forced)).stdout).toMatch(ansi);
  });

  it.each([
    ['NO_COLOR=1', [], { ...forced, NO_COLOR: '1' }],
    ['NO_COLOR=true', [], { ...forced, NO_COLOR: 'true' }],
    ['--no-color first', ['--no-color'], forced],
  ])('%s: no escape codes anywhere, even with FORCE_COLOR=1', async (_name, flags, env) => {
    const all = [['themes'], ['show', 'safe-space'], ['themes', '--group', 'werking'], ['--help'], ['show', '--help'], ['show', 'safespace']];
    for (const run of await Promise.all(all.map((args) => resokit([...flags, ...args], env)))) {
      expect(run.stdout + run.stderr).not.toMatch(ansi);
    }
  });

  it('--no-color after the command works as well', async () => {
    for (const args of [['themes', '--no-color'], ['show', 'safe-space', '--no-color'], ['show', '--no-color', 'gradueel-aanbod']]) {
      const run = await resokit(args, forced);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(ansi);
    }
  });

  it('an empty NO_COLOR does not count (no-color.org)', async () => {
    expect((await resokit(['themes'], { ...forced, NO_COLOR: '' })).stdout).toMatch(ansi);
  });

  it('piped without FORCE_COLOR: plain text', async () => {
    expect((await resokit(['themes'], {})).stdout).not.toMatch(ansi);
    expect((await resokit(['show', 'safe-space'], {})).stdout).not.toMatch(ansi);
  });
});

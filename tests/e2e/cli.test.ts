// The CLI shell as a user meets it: the built `bin/resokit.js` (npm run build first; npm test does it).
// --version, --help with examples on every command, usage errors in Dutch without a stack trace,
// --debug, and colour: --no-color and NO_COLOR win even over FORCE_COLOR.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** The environment of a plain terminal session: no colour variables, Dutch. */
function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, RESOKIT_LANG: '', ...extra };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'NODE_DISABLE_COLORS']) if (!(name in extra)) delete env[name];
  return env;
}

function resokit(args: string[], env: Record<string, string> = { NO_COLOR: '1' }) {
  const run = spawnSync(process.execPath, ['bin/resokit.js', ...args], { cwd: root, encoding: 'utf8', env: baseEnv(env) });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const stackTrace = /^\s+at .+[:(]/m;
const ansi = /\u001b\[/;

describe('--version', () => {
  it.each([['--version'], ['-V']])('%s prints the version of package.json', (flag) => {
    expect(resokit([flag])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('--help', () => {
  const main = resokit(['--help']);
  /** The commands the program registers, as its own help lists them. */
  const commandSection = main.stdout.slice(main.stdout.indexOf('\nCommando’s:\n'), main.stdout.indexOf('\nVoorbeelden:\n'));
  const commands = [...commandSection.matchAll(/^ {2}([a-z]+) /gm)].map((match) => match[1]!).filter((name) => name !== 'help');

  it('resokit --help: usage, options, commands and examples, in Dutch, exit 0', () => {
    expect(main.code).toBe(0);
    expect(main.stderr).toBe('');
    expect(main.stdout).toMatch(/^Gebruik: resokit /);
    for (const heading of ['Opties:', 'Commando’s:', 'Voorbeelden:']) expect(main.stdout).toContain(`\n${heading}\n`);
    for (const option of ['--version', '--lang', '--questions', '--no-color', '--debug', '--help']) expect(main.stdout).toContain(option);
    expect(main.stdout).toMatch(/Voorbeelden:\n( {2}resokit .+\n)+/);
  });

  it('lists at least themes, show, validate and reflect', () => {
    expect(commands).toEqual(expect.arrayContaining(['themes', 'show', 'validate', 'reflect']));
    expect(commands.every((name) => ['themes', 'show', 'validate', 'reflect', 'report'].includes(name))).toBe(true);
  });

  it('-h is --help', () => {
    expect(resokit(['-h']).stdout).toBe(main.stdout);
  });

  it.each(['themes', 'show', 'validate', 'reflect', 'report'])('resokit %s --help (when registered): exit 0, with examples of that command', (command) => {
    if (!commands.includes(command)) return; // `report` comes with its own work package
    for (const args of [[command, '--help'], ['help', command], [command, '-h']]) {
      const run = resokit(args);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(new RegExp(`^Gebruik: resokit ${command} `));
      const examples = run.stdout.slice(run.stdout.indexOf('\nVoorbeelden:\n'));
      expect(examples).toMatch(new RegExp(`^\\nVoorbeelden:\\n( {2}resokit ${command}\\b.*\\n)+`));
    }
  });

  it('every registered command has examples', () => {
    for (const command of commands) expect(resokit([command, '--help']).stdout).toContain('\nVoorbeelden:\n');
  });

  it('--help with --lang en is in English', () => {
    const run = resokit(['--lang', 'en', 'themes', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\nExamples:\n');
    expect(run.stdout).not.toContain('Voorbeelden:');
  });
});

describe('usage errors: exit 2, one Dutch message, no stack trace', () => {
  it.each([
    [['frobnicate'], "fout: Onbekend commando 'frobnicate'."],
    [['--bogus'], "fout: Onbekende optie '--bogus'."],
    [['themes', '--bogus'], "fout: Onbekende optie '--bogus'."],
    [['show', 'safe-space', '--json'], "fout: Onbekende optie '--json'."],
    [['show'], "fout: Argument 'thema' ontbreekt."],
    [['show', 'safe-space', 'gradueel-aanbod'], 'fout: Te veel argumenten (verwacht: 1).'],
    [['themes', '--group'], "fout: Optie '--group <group>' verwacht een waarde."],
  ])('resokit %j', (args, message) => {
    const run = resokit(args);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${message}\nZie 'resokit --help'.\n` });
  });

  it('a language that does not exist', () => {
    const run = resokit(['--lang', 'fr', 'themes']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fout: Taal 'fr' wordt niet ondersteund\./);
    expect(run.stderr).not.toMatch(stackTrace);
  });
});

describe('--debug', () => {
  it('adds the stack trace to a user error', () => {
    for (const args of [['show', 'x', '--debug'], ['--debug', 'show', 'x']]) {
      const run = resokit(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("fout: Onbekend thema 'x'.\nUserError: Onbekend thema 'x'.\n");
      expect(run.stderr).toMatch(stackTrace);
    }
  });

  it('adds it to a usage error too', () => {
    const run = resokit(['themes', '--bogus', '--debug']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fout: Onbekende optie '--bogus'\.\n/);
    expect(run.stderr).toMatch(stackTrace);
  });

  it('without it, no user error shows one', () => {
    for (const args of [['show', 'x'], ['themes', '--group', 'x'], ['--questions', 'bestaat-niet', 'themes'], ['frobnicate']]) {
      const run = resokit(args);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(stackTrace);
      expect(run.stderr).not.toMatch(/Error:/);
    }
  });
});

describe('colour', () => {
  const forced = { FORCE_COLOR: '1' };

  it('FORCE_COLOR=1 alone colours the output (so the checks below mean something)', () => {
    expect(resokit(['themes'], forced).stdout).toMatch(ansi);
    expect(resokit(['show', 'safe-space'], forced).stdout).toMatch(ansi);
  });

  it.each([
    ['NO_COLOR=1', [], { ...forced, NO_COLOR: '1' }],
    ['NO_COLOR=true', [], { ...forced, NO_COLOR: 'true' }],
    ['--no-color first', ['--no-color'], forced],
  ])('%s: no escape codes anywhere, even with FORCE_COLOR=1', (_name, flags, env) => {
    for (const args of [['themes'], ['show', 'safe-space'], ['themes', '--group', 'werking'], ['--help'], ['show', '--help'], ['show', 'safespace']]) {
      const run = resokit([...flags, ...args], env);
      expect(run.stdout + run.stderr).not.toMatch(ansi);
    }
  });

  it('--no-color after the command works as well', () => {
    for (const args of [['themes', '--no-color'], ['show', 'safe-space', '--no-color'], ['show', '--no-color', 'gradueel-aanbod']]) {
      const run = resokit(args, forced);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(ansi);
    }
  });

  it('an empty NO_COLOR does not count (no-color.org)', () => {
    expect(resokit(['themes'], { ...forced, NO_COLOR: '' }).stdout).toMatch(ansi);
  });

  it('piped without FORCE_COLOR: plain text', () => {
    expect(resokit(['themes'], {}).stdout).not.toMatch(ansi);
    expect(resokit(['show', 'safe-space'], {}).stdout).not.toMatch(ansi);
  });
});

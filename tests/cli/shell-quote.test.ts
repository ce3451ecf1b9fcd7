// The quoting of printed commands (issue 9, item 3), held against the argv a real bash makes of it.
// cmd.exe's reading is checked under Wine: tests/e2e/windows/shell-quote-cmd.test.ts.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotePosix, quoteWindows, shellCommand } from '../../src/cli/shell-quote.js';
import { windows } from './shell-quote-table.js';

/** The words bash makes of `line` (printf prints each argument followed by a NUL), and its complaints. */
function bash(line: string): { words: string[]; stderr: string } {
  const run = spawnSync('bash', ['-c', `printf '%s\\0' ${line}`], { encoding: 'utf8', timeout: 10_000 });
  return { words: run.stdout.split('\0').slice(0, -1), stderr: run.stderr };
}
const bashWords = (line: string) => {
  const { words, stderr } = bash(line);
  expect(stderr).toBe('');
  return words;
};

const posix: Array<[string, string]> = [
  ['team/an.yaml', 'team/an.yaml'],
  ['--resume', '--resume'],
  ['an-2026-12-01.yaml', 'an-2026-12-01.yaml'],
  ['', "''"],
  ['Mijn documenten/an.yaml', "'Mijn documenten/an.yaml'"],
  ['/home/anaïs/reflectie.yaml', "'/home/anaïs/reflectie.yaml'"],
  ['$HOME/x', "'$HOME/x'"],
  ['a`id`b', "'a`id`b'"],
  ["An's map", "'An'\\''s map'"],
  ['"quoted"', `'"quoted"'`],
  ['team/*.yaml', "'team/*.yaml'"],
  ['a?[b]{c,d}', "'a?[b]{c,d}'"],
  ['~/x', "'~/x'"],
  ['a;b&c|d>e<f(g)', "'a;b&c|d>e<f(g)'"],
  ['#x', "'#x'"],
  ['back\\slash', "'back\\slash'"],
  ['line\nbreak', "'line\nbreak'"],
  ['!bang', "'!bang'"],
];

// bash reads the quoted words back: a POSIX shell (on Windows, cmd.exe's reading is checked under Wine).
const withBash = it.skipIf(process.platform === 'win32');

describe('POSIX quoting', () => {
  it.each(posix)('%j → %s', (word, expected) => {
    expect(quotePosix(word)).toBe(expected);
    expect(shellCommand([word], 'linux')).toEqual({ text: expected, breaksIn: [] });
  });

  withBash('bash reads every word of the table back as it was (needs a POSIX bash)', () => {
    const words = posix.map(([word]) => word);
    expect(bashWords(words.map(quotePosix).join(' '))).toEqual(words);
  });

  withBash('bash reads any string back as it was (generated words) (needs a POSIX bash)', () => {
    // Any text without NUL (which no argument can hold); one bash run for the whole sample.
    const words = fc.sample(fc.string({ unit: 'binary', maxLength: 12 }).filter((s) => !s.includes('\0')), { numRuns: 400, seed: 9 });
    expect(bashWords(words.map(quotePosix).join(' '))).toEqual(words);
  });

  it('macOS is quoted as Linux', () => {
    expect(shellCommand(['resokit', 'reflect', '--resume', "An's map/x.yaml"], 'darwin').text).toBe(
      "resokit reflect --resume 'An'\\''s map/x.yaml'",
    );
  });
});

describe('Windows quoting (PowerShell, cmd.exe and Git Bash alike)', () => {
  it.each(windows)('%j → %s (breaks in: %j)', (word, expected, breaksIn) => {
    expect(quoteWindows(word)).toEqual({ text: expected, breaksIn });
  });

  it('keeps backslashes single inside a path', () => {
    expect(quoteWindows('C:\\a\\b c\\d').text).toBe('"C:\\a\\b c\\d"');
  });

  withBash('Git Bash (bash) reads back as it was every word not said to break there (needs a POSIX bash)', () => {
    const words = windows.filter(([, , breaksIn]) => !breaksIn.includes('git-bash')).map(([word]) => word);
    expect(bashWords(words.map((word) => quoteWindows(word).text).join(' '))).toEqual(words);
  });

  withBash('the words said to break in Git Bash really do change in bash (needs a POSIX bash)', () => {
    // `!` is left out: history expansion happens only where bash reads typed lines.
    for (const [word] of windows.filter(([word, , breaksIn]) => breaksIn.includes('git-bash') && !word.includes('!'))) {
      expect(bash(quoteWindows(word).text).words, word).not.toEqual([word]);
    }
  });

  it('a whole command: plain words bare, and every shell that one of its words breaks in', () => {
    expect(shellCommand(['npx', 'resokit', 'reflect', '--resume', 'C:\\Users\\An\\My docs\\an.yaml'], 'win32')).toEqual({
      text: 'npx resokit reflect --resume "C:\\Users\\An\\My docs\\an.yaml"',
      breaksIn: [],
    });
    expect(shellCommand(['resokit', 'report', 'C:\\100%\\an.yaml', 'C:\\$x\\b.yaml'], 'win32').breaksIn).toEqual(['cmd', 'powershell', 'git-bash']);
  });
});

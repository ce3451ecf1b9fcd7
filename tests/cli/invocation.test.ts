import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invocation, printedCommand } from '../../src/cli/invocation.js';
import { en } from '../../src/i18n/en/index.js';
import { nl } from '../../src/i18n/nl/index.js';

describe('invocation: the command resokit prints for running it again', () => {
  const withResokit = mkdtempSync(join(tmpdir(), 'resokit-path-'));
  writeFileSync(join(withResokit, 'resokit'), '');
  const without = mkdtempSync(join(tmpdir(), 'resokit-path-'));

  it.each([
    ['through npx', { npm_command: 'exec', PATH: without }, '/opt/resokit/bin/resokit.js', 'npx resokit'],
    ['installed on the PATH', { PATH: `${without}:${withResokit}` }, '/opt/resokit/bin/resokit.js', 'resokit'],
    ['run by node from a clone', { PATH: without }, '/opt/resokit/bin/resokit.js', 'node /opt/resokit/bin/resokit.js'],
    ['a path with a space', { PATH: without }, '/opt/my tools/bin/resokit.js', "node '/opt/my tools/bin/resokit.js'"],
    ['no script known', { PATH: without }, undefined, 'resokit'],
  ] as const)('%s', (_name, env, script, expected) => {
    expect(invocation(env, script)).toBe(expected);
  });

  it('on Windows: the script in double quotes with single backslashes, pasteable in every shell', () => {
    expect(invocation({ PATH: without }, 'C:\\Users\\Anaïs\\OneDrive - Vzw De Brug\\resokit\\bin\\resokit.js', 'win32')).toBe(
      'node "C:\\Users\\Anaïs\\OneDrive - Vzw De Brug\\resokit\\bin\\resokit.js"',
    );
  });
});

describe('printedCommand: a command to print, with the flags it needs', () => {
  it.each([
    ['plain words', ['reflect', '--resume', 'resokit/a.yaml'], {}, 'resokit reflect --resume resokit/a.yaml'],
    ['a path with a space is quoted', ['report', 'my files/a.yaml'], {}, "resokit report 'my files/a.yaml'"],
    ['a placeholder stays as it is', ['show', '<id>'], {}, 'resokit show <id>'],
    ['--lang and --questions, quoted', ['themes'], { language: 'en', questions: 'eigen themas' }, "resokit themes --lang en --questions 'eigen themas'"],
  ] as const)('%s', (_name, args, flags, expected) => {
    expect(printedCommand('resokit', args, flags)).toBe(expected);
  });
});

describe('printedCommand on Windows: where a command with an uncovered character can be pasted', () => {
  const print = (args: readonly string[], m = nl.cli) => printedCommand('resokit', args, {}, { platform: 'win32', cli: m });
  it.each([
    ['nothing uncovered: no note', ['reflect', '--resume', 'C:\\Users\\An\\My docs\\a.yaml'], 'resokit reflect --resume "C:\\Users\\An\\My docs\\a.yaml"'],
    ['a % (cmd.exe)', ['reflect', '--resume', 'C:\\100%\\a.yaml'], 'resokit reflect --resume "C:\\100%\\a.yaml"\n  (Plak dit in PowerShell of Git Bash: cmd.exe leest een teken in het pad anders.)'],
    ['a $ (PowerShell, Git Bash)', ['reflect', '--resume', 'C:\\$werk\\a.yaml'], 'resokit reflect --resume "C:\\$werk\\a.yaml"\n  (Plak dit in cmd.exe: PowerShell en Git Bash lezen een teken in het pad anders.)'],
    ['% and $: no shell', ['report', 'C:\\100%\\a.yaml', 'C:\\$x\\b.yaml'], 'resokit report "C:\\100%\\a.yaml" "C:\\$x\\b.yaml"\n  (Geen enkele Windows-shell neemt dit pad letterlijk over: geef de map een naam zonder %, $, ` of !.)'],
  ] as const)('%s', (_name, args, expected) => {
    expect(print(args)).toBe(expected);
  });

  it('in English too', () => {
    expect(print(['reflect', '--resume', 'C:\\hi!\\a.yaml'], en.cli)).toBe(
      'resokit reflect --resume "C:\\hi!\\a.yaml"\n  (Paste this into cmd.exe or PowerShell: Git Bash reads a character of the path differently.)',
    );
  });

  it('on Linux no note: POSIX quoting covers every character', () => {
    expect(printedCommand('resokit', ['reflect', '--resume', '/home/an/100% $x/a.yaml'], {}, { platform: 'linux', cli: nl.cli })).toBe(
      "resokit reflect --resume '/home/an/100% $x/a.yaml'",
    );
  });
});

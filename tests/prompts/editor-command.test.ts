// Starting $VISUAL/$EDITOR (issue 9, item 5): the command per platform, checked by running the
// POSIX form for real; cmd.exe's form runs under Wine in tests/e2e/windows/editor-cmd.test.ts.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editorLaunch, editorNotFound, editorReturnedAtOnce, editorSetting, fromEditor } from '../../src/prompts/editor-command.js';

describe('editorSetting', () => {
  it.each([
    [{ VISUAL: 'code --wait', EDITOR: 'vi' }, 'linux', 'code --wait'],
    [{ EDITOR: 'nano' }, 'linux', 'nano'],
    [{ VISUAL: '  ', EDITOR: 'nano' }, 'linux', 'nano'],
    [{}, 'linux', 'vi'],
    [{}, 'darwin', 'vi'],
    [{}, 'win32', 'notepad'],
    [{ EDITOR: 'code --wait' }, 'win32', 'code --wait'],
  ] as const)('%j on %s → %s', (env, platform, expected) => {
    expect(editorSetting(env, platform)).toBe(expected);
  });
});

describe('editorLaunch', () => {
  it('Windows: through cmd.exe (finds code.cmd), the temp path in double quotes', () => {
    expect(editorLaunch('code --wait', 'C:\\Users\\Anaïs Peeters\\AppData\\Local\\Temp\\antwoord.md', 'win32')).toEqual({
      command: 'code --wait "C:\\Users\\Anaïs Peeters\\AppData\\Local\\Temp\\antwoord.md"',
      args: [],
      shell: true,
    });
  });

  it('elsewhere: through sh, the temp path as $1', () => {
    expect(editorLaunch('code --wait', '/tmp/a b/antwoord.md', 'linux')).toEqual({
      command: '/bin/sh',
      args: ['-c', 'code --wait "$1"', 'sh', '/tmp/a b/antwoord.md'],
      shell: false,
    });
  });

  describe.skipIf(process.platform === 'win32')('run for real with sh (POSIX only; cmd.exe runs under Wine)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'resokit-editor-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const bin = join(dir, 'bin met spatie');
    mkdirSync(bin);
    // A stand-in for `code --wait`: records its arguments, appends a line to the file it is given.
    writeFileSync(join(bin, 'code'), '#!/bin/sh\nprintf "%s\\n" "$@" > "$(dirname "$0")/args"\nfor f; do :; done\necho "getypt in de editor" >> "$f"\n');
    chmodSync(join(bin, 'code'), 0o755);
    const run = (editor: string, file: string) => {
      const launch = editorLaunch(editor, file, 'linux');
      return spawnSync(launch.command, launch.args, { shell: launch.shell, env: { ...process.env, PATH: `${bin}:${process.env.PATH}` }, stdio: 'ignore' });
    };

    it.each([
      ['code --wait', 'on the PATH, with an option'],
      [`'${join(bin, 'code')}' --wait`, 'a quoted path with a space'],
    ])('%s (%s) gets the temp file, even one whose name holds quotes, spaces and $', (editor) => {
      const file = join(dir, `it's "een" $HOME test.md`);
      writeFileSync(file, 'eerst\n');
      expect(run(editor, file).status).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe('eerst\ngetypt in de editor\n');
      expect(readFileSync(join(bin, 'args'), 'utf8')).toBe(`--wait\n${file}\n`);
    });

    it('a missing editor is recognised by the exit code of the shell', () => {
      const missing = run('geen-editor-hier --wait', join(dir, 'x.md'));
      expect(editorNotFound(missing.status, 'linux')).toBe(true);
      expect(editorNotFound(run('code', join(dir, 'y.md')).status, 'linux')).toBe(false);
    });
  });
});

describe('editorNotFound', () => {
  it.each([
    [127, 'linux', true],
    [126, 'darwin', true],
    [0, 'linux', false],
    [1, 'linux', false],
    [9009, 'win32', true],
    [1, 'win32', false],
    [127, 'win32', false],
    [null, 'linux', false],
  ] as const)('exit %s on %s → %s', (code, platform, expected) => {
    expect(editorNotFound(code, platform)).toBe(expected);
  });
});

describe('editorReturnedAtOnce', () => {
  it.each([
    ['unchanged within a second', 'a\n', 'a\n', 120, true],
    ['unchanged after a while (read, then closed)', 'a\n', 'a\n', 30_000, false],
    ['changed at once', 'a\n', 'a\nb\n', 120, false],
  ])('%s → %s', (_, before, after, ms, expected) => {
    expect(editorReturnedAtOnce(before, after, ms)).toBe(expected);
  });
});

describe('fromEditor', () => {
  it.each([
    ['eerste\r\ntweede\r\n', 'eerste\ntweede\n'],
    ['\uFEFFmet BOM\r\n', 'met BOM\n'],
    ['oud mac\rregel', 'oud mac\nregel'],
    ['al LF\n', 'al LF\n'],
    ['tekst met \uFEFF in het midden', 'tekst met \uFEFF in het midden'],
  ])('%j → %j', (text, expected) => {
    expect(fromEditor(text)).toBe(expected);
  });
});

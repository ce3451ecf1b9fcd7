// The external editor as Windows starts it (issue 9, item 5): through cmd.exe, so that a `.cmd`
// shim such as VS Code's `code` runs, with the temp path quoted; and a missing editor recognised.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { editorLaunch, editorNotFound, fromEditor } from '../../../src/prompts/editor-command.js';
import { winNode, winePath, wineTimeout } from './support/wine.js';

const wine = inject('wine');
const driver = winePath(join(import.meta.dirname, 'support', 'spawn-editor.cjs'));

async function launch(dir: string, editor: string, file: string): Promise<{ status: number | null; error?: string }> {
  writeFileSync(join(dir, 'launch.json'), JSON.stringify(editorLaunch(editor, winePath(file), 'win32')));
  const run = await winNode(wine, [driver, winePath(join(dir, 'launch.json')), winePath(join(dir, 'result.json'))], { cwd: dir });
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8')) as { status: number | null };
}

describe('the editor under cmd.exe', { timeout: 4 * wineTimeout }, () => {
  it('`code --wait` runs code.cmd with the quoted temp path; its CRLF becomes LF', async () => {
    const dir = mkdtempSync(join(wine.scratch, 'editor '));
    // A stand-in for VS Code's code.cmd (found in the current folder, as cmd.exe looks there first).
    writeFileSync(join(dir, 'code.cmd'), '@echo off\r\necho %*> "%~dp0args.txt"\r\necho getypt in de editor>> %2\r\n');
    const file = join(dir, 'Anaïs Peeters', 'antwoord.md');
    mkdirSync(join(dir, 'Anaïs Peeters'));
    writeFileSync(file, 'eerst\n');
    const result = await launch(dir, 'code --wait', file);
    expect(result).toEqual({ status: 0 });
    // cmd.exe's echo writes in the console's code page: compare the ASCII parts of the arguments.
    const args = readFileSync(join(dir, 'args.txt'), 'latin1');
    expect(args.startsWith(`--wait "${winePath(dir)}\\Ana`)).toBe(true);
    expect(args.endsWith('s Peeters\\antwoord.md"\r\n')).toBe(true);
    // The line appended to the file, accents in its path and all, shows the path arrived whole.
    expect(fromEditor(readFileSync(file, 'utf8'))).toBe('eerst\ngetypt in de editor\n');
  });

  it('a missing editor: cmd.exe exits 9009, which editorNotFound recognises', async () => {
    const dir = mkdtempSync(join(wine.scratch, 'editor '));
    const result = await launch(dir, 'geen-editor-hier --wait', join(dir, 'x.md'));
    expect(editorNotFound(result.status, 'win32')).toBe(true);
  });
});


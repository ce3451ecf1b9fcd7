// Ctrl+E's editor, started for real with stand-in editors (shell scripts, so POSIX only; cmd.exe's
// way is checked under Wine in tests/e2e/windows/editor-cmd.test.ts).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl/index.js';
import { openInEditor } from '../../src/prompts/editor.js';

const dir = mkdtempSync(join(tmpdir(), 'resokit-editor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bin = join(dir, 'editors met spatie');
mkdirSync(bin);
/** A stand-in editor: `body` runs with the file as the last argument, in "$f". */
function editor(name: string, body: string): string {
  writeFileSync(join(bin, name), `#!/bin/sh\nfor f; do :; done\n${body}\n`);
  chmodSync(join(bin, name), 0o755);
  return `'${join(bin, name)}' --wait`;
}
const env = (visual: string) => ({ PATH: process.env.PATH, VISUAL: visual });

describe.skipIf(process.platform === 'win32')('openInEditor (POSIX stand-in editors)', () => {
  it('returns the edited text; a path with spaces and an option in $VISUAL work', async () => {
    expect(await openInEditor('eerste regel', nl, env(editor('append', 'echo "in de editor" >> "$f"')))).toBe('eerste regel\nin de editor\n');
  });

  it('Notepad’s CRLF and byte-order mark come back as plain LF text', async () => {
    const crlf = editor('crlf', `printf '\\357\\273\\277een\\r\\ntwee\\r\\n' > "$f"`);
    expect(await openInEditor('oud', nl, env(crlf))).toBe('een\ntwee\n');
  });

  it('a missing editor is a message; the caller keeps the text', async () => {
    await expect(openInEditor('tekst', nl, env('geen-editor-hier --wait'))).rejects.toThrow(nl.reflect.editorNotFound('geen-editor-hier --wait'));
  });

  it('an editor that fails is a message with its exit code', async () => {
    const failing = editor('failing', 'exit 3');
    await expect(openInEditor('tekst', nl, env(failing))).rejects.toThrow(nl.reflect.editorFailed(failing, 3));
  });

  it('an editor that returns at once without a change did not wait: a message, not an empty edit', async () => {
    const tabbed = editor('tabbed', 'exit 0');
    await expect(openInEditor('tekst', nl, env(tabbed))).rejects.toThrow(nl.reflect.editorDidNotWait(tabbed));
  });
});

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Messages } from '../i18n/messages.js';
import { editorLaunch, editorNotFound, editorReturnedAtOnce, editorSetting, fromEditor } from './editor-command.js';

/** The editor's exit code; a failure to start it at all counts as "not found" (127). */
function run(command: string, args: string[], shell: boolean): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { shell, stdio: 'inherit' });
    child.on('error', () => resolve(127));
    child.on('exit', (code) => resolve(code));
  });
}

/**
 * Ctrl+E in a long answer: edit it in $VISUAL / $EDITOR (or the platform's default editor), started
 * as src/prompts/editor-command.ts says. A missing or failing editor, or one that did not wait,
 * rejects with a message for the person; the prompt then keeps the text as it was.
 */
export async function openInEditor(text: string, m: Messages, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): Promise<string> {
  // A file ends with a newline: what the editor adds then starts on a line of its own.
  const before = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  const dir = await mkdtemp(join(tmpdir(), 'resokit-'));
  const file = join(dir, 'resokit.md');
  try {
    await writeFile(file, before, 'utf8');
    const editor = editorSetting(env, platform);
    const launch = editorLaunch(editor, file, platform);
    const started = Date.now();
    const code = await run(launch.command, launch.args, launch.shell);
    if (editorNotFound(code, platform)) throw new Error(m.reflect.editorNotFound(editor));
    if (code !== 0) throw new Error(m.reflect.editorFailed(editor, code ?? 1));
    const after = fromEditor(await readFile(file, 'utf8'));
    if (editorReturnedAtOnce(before, after, Date.now() - started)) throw new Error(m.reflect.editorDidNotWait(editor));
    return after;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

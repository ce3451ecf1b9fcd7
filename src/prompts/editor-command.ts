/**
 * How resokit starts the external editor, and what it makes of the result. Pure: the platform and
 * the environment are parameters; src/prompts/editor.ts runs what this returns.
 *
 * The editor setting is a command line, not a program name (`code --wait`, `"C:\Program
 * Files\Notepad++\notepad++.exe" -multiInst`), so it goes through the shell, as git does:
 * - Windows: cmd.exe, which also finds `.cmd` shims such as `code`; the temp path in double quotes
 *   (a Windows file name cannot hold `"`).
 * - elsewhere: sh, with the temp path as `$1`, so that no character in it needs quoting.
 */

export interface EditorLaunch {
  /** For child_process.spawn(command, args, { shell, stdio: 'inherit' }). */
  command: string;
  args: string[];
  shell: boolean;
}

/** $VISUAL, else $EDITOR, else the platform's own editor. */
export function editorSetting(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  return env.VISUAL?.trim() || env.EDITOR?.trim() || (platform === 'win32' ? 'notepad' : 'vi');
}

export function editorLaunch(editor: string, file: string, platform: NodeJS.Platform): EditorLaunch {
  if (platform === 'win32') return { command: `${editor} "${file}"`, args: [], shell: true };
  return { command: '/bin/sh', args: ['-c', `${editor} "$1"`, 'sh', file], shell: false };
}

/** The shell's exit code for a command it could not find or start: the editor is missing. */
export function editorNotFound(exitCode: number | null, platform: NodeJS.Platform): boolean {
  return platform === 'win32' ? exitCode === 9009 : exitCode === 127 || exitCode === 126;
}

/**
 * An editor that came back within a second with the text unchanged most likely opened the file in
 * a tab of a window already open (the tabbed Notepad of Windows 11 does that) and did not wait.
 */
export function editorReturnedAtOnce(before: string, after: string, elapsedMs: number): boolean {
  return after === before && elapsedMs < 1_000;
}

/** The edited text as an answer: Notepad's CRLF (or a lone CR) as LF, and no byte-order mark. */
export function fromEditor(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

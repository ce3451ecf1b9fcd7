/**
 * Whether Ctrl+E (edit the answer in an external editor) is offered. On Windows the default editor
 * is Notepad, which anyone can use. Elsewhere the fallback is vi, which strands a first-time user:
 * offer it only when an editor was chosen. `VISUAL` is always a choice; `EDITOR` is not when resokit
 * runs through npm or npx, because npx sets `EDITOR=vi` by itself when it is unset.
 */
export function offersEditor(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): boolean {
  if (platform === 'win32') return true;
  if (env.VISUAL) return true;
  const throughNpm = Boolean(env.npm_execpath || env.npm_lifecycle_event || env.npm_command);
  return Boolean(env.EDITOR) && !throughNpm;
}

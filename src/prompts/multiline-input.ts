import {
  createPrompt,
  isBackspaceKey,
  isEnterKey,
  makeTheme,
  usePrefix,
  useState,
  useKeypress,
  type KeypressEvent,
} from '@inquirer/core';

export interface MultilineConfig {
  message: string;
  /** Shown under the input while typing: how to finish, skip, open an editor. */
  help: string;
  /** Shown while the external editor is open. */
  editorOpen?: string;
  /** Text to start from (an interrupted draft, or the answer being changed). */
  initial?: string;
  /** Called with everything typed so far after each line, so an interruption loses nothing. */
  onDraft?: (text: string) => void;
  /** Ctrl+E: edit the text so far in an external editor ($VISUAL/$EDITOR); absent = no editor. */
  openEditor?: (text: string) => Promise<string>;
}

const splitLines = (text: string) => (text === '' ? [] : text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n'));

/**
 * Free text over several lines, typed right in the terminal (no editor needed, e.g. on Windows).
 * Enter starts a new line; Enter on an empty line finishes; Enter straight away skips (answers '').
 * Backspace on an empty line goes back into the previous line.
 */
export const multilineInput = createPrompt<string, MultilineConfig>((config, done) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<'idle' | 'editor' | 'done'>('idle');
  const [lines, setLines] = useState<string[]>(splitLines(config.initial ?? ''));
  const [line, setLine] = useState('');
  const [editorError, setEditorError] = useState<string | undefined>(undefined);
  const prefix = usePrefix({ status: status === 'done' ? 'done' : 'idle', theme });

  useKeypress(async (key: KeypressEvent, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      if (line.trim() === '') {
        setStatus('done');
        done(lines.join('\n').trim());
        return;
      }
      const next = [...lines, line.trimEnd()];
      setLines(next);
      setLine('');
      config.onDraft?.(next.join('\n'));
    } else if (key.ctrl && key.name === 'e' && config.openEditor) {
      setStatus('editor');
      rl.pause();
      try {
        const edited = await config.openEditor([...lines, line].filter((l, i, all) => l !== '' || i < all.length - 1).join('\n'));
        setLines(splitLines(edited.trimEnd()));
        setEditorError(undefined);
        config.onDraft?.(edited.trimEnd());
      } catch (error) {
        setEditorError(error instanceof Error ? error.message : String(error));
      }
      rl.resume();
      rl.clearLine(0);
      setLine('');
      setStatus('idle');
    } else if (isBackspaceKey(key) && line === '' && lines.length > 0) {
      const previous = lines.at(-1)!;
      setLines(lines.slice(0, -1));
      rl.write(previous);
      setLine(previous);
    } else {
      setLine(rl.line);
    }
  });

  const message = theme.style.message(config.message, status === 'done' ? 'done' : 'idle');
  if (status === 'done') {
    const shown = lines.length === 0 ? theme.style.help('—') : theme.style.answer(lines.join(' ⏎ '));
    return `${prefix} ${message} ${shown}`;
  }
  const typed = lines.map((l) => `  ${l}`);
  const footer = status === 'editor' ? (config.editorOpen ?? '') : config.help;
  const bottom = [theme.style.help(footer), editorError ? theme.style.error(editorError) : ''].filter(Boolean).join('\n');
  return [[`${prefix} ${message}`, ...typed, `  ${line}`].join('\n'), bottom];
});

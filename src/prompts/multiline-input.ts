import {
  createPrompt,
  isBackspaceKey,
  isEnterKey,
  makeTheme,
  useEffect,
  useKeypress,
  usePrefix,
  useRef,
  useState,
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
 * Backspace on an empty line goes back into the previous line. A pasted text keeps its paragraphs.
 *
 * Lines are taken from readline's own 'line' events, not from re-rendered state, so a pasted
 * block of several lines arrives whole and in order.
 */
export const multilineInput = createPrompt<string, MultilineConfig>((config, done) => {
  const theme = makeTheme({});
  const typed = useRef({
    lines: splitLines(config.initial ?? ''),
    line: '',
    status: 'idle' as 'idle' | 'editor' | 'done',
    renders: 0,
    scheduled: false,
    /** An empty line was entered: done, unless more text follows at once (then it was a paste). */
    finishing: undefined as NodeJS.Timeout | undefined,
  });
  const [, setRenders] = useState(0);
  const [editorError, setEditorError] = useState<string | undefined>(undefined);
  const state = typed.current;
  const rerender = () => setRenders(++state.renders);
  // A paste arrives as hundreds of keypresses in one go: draw once per turn of the event loop,
  // not once per character (that made a 15-line paste take seconds).
  const renderSoon = () => {
    if (state.scheduled) return;
    state.scheduled = true;
    setImmediate(() => {
      state.scheduled = false;
      if (state.status !== 'done') rerender();
    });
  };
  const prefix = usePrefix({ status: state.status === 'done' ? 'done' : 'idle', theme });

  /**
   * A pasted text with paragraphs arrives as lines with an empty one between them. An empty line
   * ends the answer only when nothing follows it straight away; otherwise it is a paragraph break.
   */
  const continueAfterBlank = () => {
    if (state.finishing === undefined) return;
    clearTimeout(state.finishing);
    state.finishing = undefined;
    if (state.lines.length > 0) state.lines = [...state.lines, ''];
  };

  useEffect((rl) => {
    // Resume where the text stopped: its last line goes back into the line being edited.
    const last = state.lines.at(-1);
    if (last !== undefined) {
      state.lines = state.lines.slice(0, -1);
      rl.write(last);
      state.line = last;
      renderSoon();
    }
    const onLine = (...args: unknown[]) => {
      const text = String(args[0]);
      if (state.status !== 'idle') return;
      state.line = '';
      if (text.trim() === '') {
        if (state.finishing !== undefined) return;
        state.finishing = setTimeout(() => {
          state.finishing = undefined;
          state.status = 'done';
          rerender();
          done(state.lines.join('\n').trim());
        }, 25);
        return;
      }
      continueAfterBlank();
      state.lines = [...state.lines, text.trimEnd()];
      renderSoon();
      config.onDraft?.(state.lines.join('\n'));
    };
    rl.on('line', onLine);
    return () => {
      clearTimeout(state.finishing);
      rl.removeListener('line', onLine);
    };
  }, []);

  // Interrupted (Ctrl+C, a closed terminal): hand over the line being typed too, not only whole lines.
  useEffect(
    () => () => {
      if (state.status === 'idle' && state.line.trim() !== '') config.onDraft?.([...state.lines, state.line.trimEnd()].join('\n'));
    },
    [],
  );

  useKeypress(async (key: KeypressEvent, rl) => {
    if (state.status !== 'idle') return;
    if (!isEnterKey(key)) continueAfterBlank();
    const before = state.line;
    if (key.ctrl && key.name === 'e' && config.openEditor) {
      state.status = 'editor';
      rerender();
      rl.pause();
      try {
        const text = [...state.lines, before].filter((l, i, all) => l !== '' || i < all.length - 1).join('\n');
        const edited = (await config.openEditor(text)).trimEnd();
        state.lines = splitLines(edited);
        setEditorError(undefined);
        config.onDraft?.(edited);
      } catch (error) {
        setEditorError(error instanceof Error ? error.message : String(error));
      }
      rl.resume();
      rl.clearLine(0);
      state.line = '';
      state.status = 'idle';
      rerender();
      return;
    }
    if (isBackspaceKey(key) && before === '' && rl.line === '' && state.lines.length > 0) {
      const previous = state.lines.at(-1)!;
      state.lines = state.lines.slice(0, -1);
      rl.write(previous);
    }
    state.line = rl.line;
    renderSoon();
  });

  const message = theme.style.message(config.message, state.status === 'done' ? 'done' : 'idle');
  if (state.status === 'done') {
    const shown = state.lines.length === 0 ? theme.style.help('—') : theme.style.answer(state.lines.join(' ⏎ '));
    return `${prefix} ${message} ${shown}`;
  }
  const footer = state.status === 'editor' ? (config.editorOpen ?? '') : config.help;
  const bottom = [theme.style.help(footer), editorError ? theme.style.error(editorError) : ''].filter(Boolean).join('\n');
  return [[`${prefix} ${message}`, ...state.lines.map((l) => `  ${l}`), `  ${state.line}`].join('\n'), bottom];
});

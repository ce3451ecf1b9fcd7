import {
  createPrompt,
  isBackspaceKey,
  isDownKey,
  isEnterKey,
  isUpKey,
  makeTheme,
  useEffect,
  useKeypress,
  usePrefix,
  useRef,
  useState,
  type KeypressEvent,
} from '@inquirer/core';
import { stripVTControlCharacters } from 'node:util';
import { displayWidth, wrap } from '../text/wrap.js';
import { answered, block, question } from './layout.js';
import { useTerminalSize, type Terminal } from './terminal-size.js';

export interface MultilineConfig {
  message: string;
  /** Shown under the input while typing: how to finish, skip, open an editor. */
  help: string;
  /** Shown while the external editor is open. */
  editorOpen?: string;
  /** Text to start from (an interrupted draft, or the answer being changed). */
  initial?: string;
  /**
   * Called with the whole text so far (every line, the one being typed too) whenever it changes,
   * at most once per turn of the event loop, and when the prompt is interrupted: so an
   * interruption loses nothing.
   */
  onDraft?: (text: string) => void;
  /** Ctrl+E: edit the text so far in an external editor ($VISUAL/$EDITOR); absent = no editor. */
  openEditor?: (text: string) => Promise<string>;
  /** Where the prompt is drawn: its width wraps the question and the lines; a resize redraws. */
  terminal?: Terminal;
}

const splitLines = (text: string) => (text === '' ? [] : text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n'));

/** One character that is typed into the line (not a control key). */
const PRINTABLE = /^[^\p{Cc}]$/u;

/** readline's own fields that Inquirer's type leaves out: where the cursor is, and its history. */
type Readline = { line: string; cursor: number; historySize: number };

/**
 * The rows of text shown above and below the line being edited when they do not all fit in `room`
 * rows: the line being edited stays on screen with as much as fits around it (most of it above,
 * where the text was typed), and `more` marks where rows were left out. A terminal scrolls away
 * what is too tall, and the cursor would then be somewhere that is not on screen.
 */
export function textWindow(above: string[], below: string[], room: number, more: string): { before: string[]; after: string[] } {
  if (above.length + below.length <= room) return { before: above, after: below };
  const space = Math.max(0, room);
  const crop = (lines: string[], rows: number, keepEnd: boolean) => {
    if (lines.length <= rows) return lines;
    if (rows <= 0) return [];
    return keepEnd ? [more, ...lines.slice(lines.length - (rows - 1))] : [...lines.slice(0, rows - 1), more];
  };
  // A third below the line at most, unless the text above leaves more free.
  const afterRows = Math.min(below.length, Math.max(Math.floor(space / 3), space - above.length));
  return { before: crop(above, space - afterRows, true), after: crop(below, afterRows, false) };
}

/**
 * Free text over several lines, typed right in the terminal (no editor needed, e.g. on Windows).
 * Enter starts a new line (splitting the line at the cursor); Enter on an empty line finishes;
 * Enter straight away skips (answers ''). Up and Down move between the lines; Backspace at the
 * start of a line joins it to the line above. A pasted text keeps its paragraphs.
 *
 * Lines are taken from readline's own 'line' events, not from re-rendered state, so a pasted
 * block of several lines arrives whole and in order. readline edits one line: the one at `at`;
 * the others are kept here.
 */
export const multilineInput = createPrompt<string, MultilineConfig>((config, done) => {
  const theme = makeTheme({});
  const initial = splitLines(config.initial ?? '');
  const typed = useRef({
    /** Every line; the one at `at` is being edited, and readline holds its current text. */
    lines: initial.length > 0 ? initial : [''],
    at: Math.max(0, initial.length - 1),
    /** readline's line and cursor after the last key: what a key found before readline handled it. */
    line: initial.at(-1) ?? '',
    cursor: (initial.at(-1) ?? '').length,
    status: 'idle' as 'idle' | 'editor' | 'done',
    renders: 0,
    scheduled: false,
    /** The last text handed to onDraft, so it is called only on a change. */
    draft: (config.initial ?? '').trimEnd(),
    /** An empty line was entered: done, unless more text follows at once (then it was a paste). */
    finishing: undefined as NodeJS.Timeout | undefined,
  });
  const [, setRenders] = useState(0);
  const [editorError, setEditorError] = useState<string | undefined>(undefined);
  const state = typed.current;
  const size = useTerminalSize(config.terminal);
  /** All lines, with the one being edited as readline has it now. */
  const text = () => state.lines.map((l, i) => (i === state.at ? state.line : l)).join('\n');
  const sendDraft = () => {
    const draft = text().trimEnd();
    if (draft === state.draft) return;
    state.draft = draft;
    config.onDraft?.(draft);
  };
  const rerender = () => setRenders(++state.renders);
  // A paste arrives as hundreds of keypresses in one go: draw (and hand over the draft) once per
  // turn of the event loop, not once per character (that made a 15-line paste take seconds).
  const renderSoon = () => {
    if (state.scheduled) return;
    state.scheduled = true;
    setImmediate(() => {
      state.scheduled = false;
      if (state.status === 'done') return;
      sendDraft();
      rerender();
    });
  };
  /** Puts line `index` into readline, with the cursor at `cursor`; the edited line is kept first. */
  const edit = (rl: Readline, index: number, cursor: number) => {
    state.lines[state.at] = state.line;
    state.at = index;
    state.line = state.lines[index]!;
    state.cursor = Math.min(cursor, state.line.length);
    rl.line = state.line;
    rl.cursor = state.cursor;
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
    // The empty line stays as a paragraph break (unless nothing came before it); what follows
    // is on the next line.
    if (state.at === 0) return;
    state.lines.splice(state.at, 0, '');
    state.at += 1;
  };

  useEffect((rl) => {
    const readline = rl as unknown as Readline;
    // Up and Down move between lines here: readline's history would replace the line instead.
    readline.historySize = 0;
    readline.line = state.line;
    readline.cursor = state.cursor;
    renderSoon();
    const onLine = (...args: unknown[]) => {
      const entered = String(args[0]);
      if (state.status !== 'idle') return;
      // An empty line ends the answer at its end only: in the middle of a text it is a line like the others.
      if (entered.trim() === '' && state.at === state.lines.length - 1) {
        state.line = '';
        state.cursor = 0;
        if (state.finishing !== undefined) return;
        state.finishing = setTimeout(() => {
          state.finishing = undefined;
          state.status = 'done';
          rerender();
          done(text().trim());
        }, 25);
        return;
      }
      continueAfterBlank();
      // Enter splits the line at the cursor: what was after it starts the new line.
      const cut = Math.min(state.cursor, entered.length);
      state.lines.splice(state.at, 1, entered.slice(0, cut).trimEnd(), entered.slice(cut).trimStart());
      state.line = state.lines[state.at]!;
      edit(readline, state.at + 1, 0);
      renderSoon();
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
      if (state.status === 'idle') sendDraft();
    },
    [],
  );

  useKeypress(async (key: KeypressEvent, rl) => {
    if (state.status !== 'idle') return;
    const readline = rl as unknown as Readline;
    if (!isEnterKey(key)) continueAfterBlank();
    if (key.ctrl && key.name === 'e' && config.openEditor) {
      state.status = 'editor';
      rerender();
      rl.pause();
      try {
        const edited = (await config.openEditor(text().trimEnd())).trimEnd();
        // The cursor at the end of the text, as after typing it: Enter then Enter finishes, and
        // typing on goes on in the last line (not after a blank line the editor's last newline made).
        const lines = splitLines(edited);
        state.lines = lines.length > 0 ? lines : [''];
        state.at = state.lines.length - 1;
        setEditorError(undefined);
      } catch (error) {
        // The text stays as it was; the cursor goes to a new line under it.
        state.lines = [...splitLines(text().trimEnd()), ''];
        state.at = state.lines.length - 1;
        setEditorError(error instanceof Error ? error.message : String(error));
      }
      rl.resume();
      state.line = state.lines[state.at]!;
      state.cursor = state.line.length;
      readline.line = state.line;
      readline.cursor = state.cursor;
      state.status = 'idle';
      sendDraft();
      rerender();
      return;
    }
    if (isBackspaceKey(key) && state.cursor === 0 && state.at > 0) {
      // At the start of a line (readline had nothing to delete): join it to the line above.
      const above = state.lines[state.at - 1]!;
      state.lines.splice(state.at - 1, 2, above + readline.line);
      state.at -= 1;
      state.line = state.lines[state.at]!;
      edit(readline, state.at, above.length);
    } else if (isUpKey(key) && state.at > 0) {
      state.line = readline.line;
      edit(readline, state.at - 1, state.cursor);
    } else if (isDownKey(key) && state.at < state.lines.length - 1) {
      state.line = readline.line;
      edit(readline, state.at + 1, state.cursor);
    } else if (!isEnterKey(key)) {
      const char = (key as KeypressEvent & { sequence?: string }).sequence;
      if (!key.ctrl && char !== undefined && PRINTABLE.test(char) && state.cursor < state.line.length && readline.line === state.line + char) {
        // readline puts each character of a chunk of several (a paste, fast typing) at the end of
        // the line, wherever the cursor is: put it at the cursor.
        readline.line = state.line.slice(0, state.cursor) + char + state.line.slice(state.cursor);
        readline.cursor = state.cursor + char.length;
      }
      state.line = readline.line;
      state.cursor = readline.cursor;
    }
    renderSoon();
  });

  const { columns } = size;
  if (state.status === 'done') {
    const lines = text().trim();
    const message = (t: string) => theme.style.message(t, 'done');
    if (lines === '') return answered(prefix, config.message, '—', columns, { message, answer: theme.style.help });
    return answered(prefix, config.message, lines.split('\n').join(' ⏎ '), columns, { message, answer: theme.style.answer });
  }
  // Lines not being edited are wrapped here, so a continuation never starts with a space; the
  // line being edited is left to readline, which places the cursor in it.
  const shown = (lines: string[]) => lines.flatMap((l) => wrap(l, columns, '  ').split('\n'));
  const head = question(prefix, config.message, columns, (line) => theme.style.message(line, 'idle'));
  const footer = state.status === 'editor' ? (config.editorOpen ?? '') : config.help;
  const current = `  ${state.line}`;
  const footerLines = [...block(footer, columns, theme.style.help), ...(editorError ? [theme.style.error(editorError)] : [])];
  const { before, after } = textWindow(
    shown(state.lines.slice(0, state.at)),
    shown(state.lines.slice(state.at + 1)),
    // The rows left for the text around the line being edited (one spare, for the cursor's row).
    size.rows - 1 - head.length - footerLines.length - Math.max(1, Math.ceil(displayWidth(current) / columns)),
    theme.style.help('  ⋮'),
  );
  const above = [...head, ...before, current];
  const below = [...after, ...footerLines];
  size.remember(stripVTControlCharacters(above.join('\n')), stripVTControlCharacters(below.join('\n')));
  return [above.join('\n'), below.join('\n')];
});

import { createPrompt, isEnterKey, makeTheme, useEffect, useKeypress, usePrefix, useState } from '@inquirer/core';
import { answered, block, question } from './layout.js';
import { useTerminalSize, type Terminal } from './terminal-size.js';

export interface EditLineConfig {
  message: string;
  /** The current value, put on the line to be edited ('' for a new answer). */
  initial: string;
  /** Shown in brackets after the question and given back when the line is left empty (last time's name). */
  fallback?: string;
  validate?: (value: string) => true | string;
  /** Where the prompt is drawn: its width wraps the question; a resize redraws. */
  terminal?: Terminal;
  /** Called with the line at every change, so that a stopped session keeps what was typed. */
  onDraft?: (line: string) => void;
}

/**
 * One line of text, typed or changed: it starts as the current value, ready to edit. Unlike
 * Inquirer's input with an editable default, emptying the line and pressing Enter gives '' (e.g. no
 * owner, no date) rather than the old value back.
 */
export const editLine = createPrompt<string, EditLineConfig>((config, done) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [value, setValue] = useState(config.initial);
  const [error, setError] = useState<string | undefined>(undefined);
  const prefix = usePrefix({ status, theme });
  const { columns } = useTerminalSize(config.terminal);

  const [, setDrawn] = useState(false);
  useEffect((rl) => {
    rl.write(config.initial);
    // Drawn again now that readline holds the text, so the cursor is placed within it.
    setDrawn(true);
  }, []);

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      const result = value.trim() || config.fallback?.trim() || '';
      const valid = config.validate?.(result) ?? true;
      if (valid === true) {
        setValue(result);
        setStatus('done');
        done(result);
      } else {
        // readline emptied the line on Enter: give the text back to fix it.
        rl.write(value);
        setError(valid);
      }
      return;
    }
    if (rl.line !== value) config.onDraft?.(rl.line);
    setValue(rl.line);
    setError(undefined);
  });

  const message = (text: string) => theme.style.message(text, status);
  if (status === 'done') return answered(prefix, config.message, value.trim() || '—', columns, { message, answer: theme.style.answer });
  // The text is typed on the question's last line, where readline keeps the cursor.
  const head = question(prefix, config.fallback ? `${config.message} (${config.fallback})` : config.message, columns, message);
  head[head.length - 1] += ` ${value}`;
  return [head.join('\n'), error ? block(error, columns, theme.style.error).join('\n') : ''];
});

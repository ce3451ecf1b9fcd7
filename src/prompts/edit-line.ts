import { createPrompt, isEnterKey, makeTheme, useEffect, useKeypress, usePrefix, useState } from '@inquirer/core';

export interface EditLineConfig {
  message: string;
  /** The current value, put on the line to be edited. */
  initial: string;
  validate?: (value: string) => true | string;
}

/**
 * One line to change: it starts as the current value, ready to edit. Unlike Inquirer's input with
 * an editable default, emptying the line and pressing Enter gives '' (e.g. no owner, no date)
 * rather than the old value back.
 */
export const editLine = createPrompt<string, EditLineConfig>((config, done) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [value, setValue] = useState(config.initial);
  const [error, setError] = useState<string | undefined>(undefined);
  const prefix = usePrefix({ status, theme });

  useEffect((rl) => {
    rl.write(config.initial);
  }, []);

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      const valid = config.validate?.(value) ?? true;
      if (valid === true) {
        setStatus('done');
        done(value.trim());
      } else {
        // readline emptied the line on Enter: give the text back to fix it.
        rl.write(value);
        setError(valid);
      }
      return;
    }
    setValue(rl.line);
    setError(undefined);
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') return `${prefix} ${message} ${theme.style.answer(value.trim() || '—')}`;
  return [`${prefix} ${message} ${value}`, error ? theme.style.error(error) : ''];
});

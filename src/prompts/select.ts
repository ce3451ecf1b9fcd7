import { createPrompt, isDownKey, isEnterKey, isUpKey, makeTheme, useKeypress, usePrefix, useState } from '@inquirer/core';
import { stripVTControlCharacters } from 'node:util';
import { truncate } from '../text/wrap.js';
import { answered, block, listPage, question } from './layout.js';
import { useTerminalSize, type Terminal } from './terminal-size.js';

export interface SelectConfig<T> {
  message: string;
  choices: ReadonlyArray<{ name: string; value: T }>;
  /** The choice the pointer starts on (compared by value). */
  default?: T;
  /** The key help under the list. */
  help: string;
  /** Beside the arrow that marks a list cut above or below the page ("meer"). */
  more: string;
  /** Where the prompt is drawn: its rows set the page size, its columns cut the labels. */
  terminal?: Terminal;
}

/** The page never shrinks below this many rows, however small the terminal. */
const MIN_PAGE = 3;
/** More choices than this are paged even in a tall terminal: a menu is read at a glance. */
const MAX_PAGE = 12;
const HIDE_CURSOR = '\x1b[?25l';

/**
 * One choice from a list, laid out like the theme list: the question and the key help stay on
 * screen, the list is paged in the rows left, labels are cut to the width, a resize redraws.
 */
export const select = createPrompt<unknown, SelectConfig<unknown>>((config, done) => {
  const theme = makeTheme({});
  const start = config.choices.findIndex((c) => config.default !== undefined && c.value === config.default);
  const [active, setActive] = useState(Math.max(0, start));
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const prefix = usePrefix({ status, theme });
  const size = useTerminalSize(config.terminal);

  useKeypress((key) => {
    if (isEnterKey(key)) {
      setStatus('done');
      done(config.choices[active]!.value);
    } else if (isUpKey(key)) setActive(Math.max(0, active - 1));
    else if (isDownKey(key)) setActive(Math.min(config.choices.length - 1, active + 1));
  });

  const { rows, columns } = size;
  const message = (text: string) => theme.style.message(text, status);
  if (status === 'done') {
    return answered(prefix, config.message, config.choices[active]!.name, columns, { message, answer: theme.style.answer });
  }
  const head = question(prefix, config.message, columns, message);
  const help = block(config.help, columns, theme.style.help);
  const page = listPage(
    config.choices,
    active,
    Math.max(MIN_PAGE, Math.min(MAX_PAGE, rows - head.length - 1 - help.length)),
    columns,
    (item, isActive) => {
      const label = `${isActive ? '❯' : ' '} ${truncate(item.name, columns - 2)}`;
      return isActive ? theme.style.highlight(label) : label;
    },
    { text: config.more, style: theme.style.help },
  );
  const frame = [...head, page, '', ...help].join('\n');
  size.remember(stripVTControlCharacters(frame));
  return `${frame}${HIDE_CURSOR}`;
});

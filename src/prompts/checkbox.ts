import {
  createPrompt,
  isDownKey,
  isEnterKey,
  isSpaceKey,
  isUpKey,
  makeTheme,
  useKeypress,
  usePrefix,
  useState,
} from '@inquirer/core';
import { stripVTControlCharacters } from 'node:util';
import { truncate } from '../text/wrap.js';
import { answered, block, listPage, question } from './layout.js';
import { useTerminalSize, type Terminal } from './terminal-size.js';

export type CheckboxItem<T> = { name: string; value: T; checked?: boolean } | { heading: string };

export interface CheckboxConfig<T> {
  message: string;
  /** A line of advice above the question, part of the prompt so that it is counted and redrawn. */
  intro?: string;
  /** The key help under the list. */
  help: string;
  /** Beside the arrow that marks a list cut above or below the page ("meer"). */
  more: string;
  choices: readonly CheckboxItem<T>[];
  validate?: (chosen: T[]) => true | string;
  /** Where the prompt is drawn: its rows set the page size, its columns cut the labels. */
  terminal?: Terminal;
}

const isChoice = <T>(item: CheckboxItem<T>): item is { name: string; value: T; checked?: boolean } => !('heading' in item);

/** The cursor would blink after the key help; the pointer ❯ shows where one is. */
const HIDE_CURSOR = '\x1b[?25l';

/** The list never shrinks below this many rows, however small the terminal. */
const MIN_PAGE = 3;

/**
 * A list to tick, laid out for the terminal it is in: the question, the advice and the key help
 * always fit on the screen with the list paged in the rows left over (a list taller than the
 * screen scrolls its header into the scrollback at every redraw), labels are cut to the width
 * rather than wrapped, and a resize redraws it.
 */
export const checkbox = createPrompt<unknown[], CheckboxConfig<unknown>>((config, done) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [items, setItems] = useState<CheckboxItem<unknown>[]>(config.choices.map((c) => (isChoice(c) ? { ...c, checked: c.checked === true } : c)));
  const first = items.findIndex(isChoice);
  const last = items.findLastIndex(isChoice);
  const [active, setActive] = useState(first);
  const [error, setError] = useState<string | undefined>(undefined);
  const prefix = usePrefix({ status, theme });
  const size = useTerminalSize(config.terminal);
  const chosen = () => items.filter(isChoice).filter((c) => c.checked).map((c) => c.value);

  useKeypress((key) => {
    if (isEnterKey(key)) {
      const valid = config.validate?.(chosen()) ?? true;
      if (valid === true) {
        setStatus('done');
        done(chosen());
      } else setError(valid);
    } else if (isUpKey(key) || isDownKey(key)) {
      const step = isUpKey(key) ? -1 : 1;
      let next = active + step;
      while (next > first && next < last && !isChoice(items[next]!)) next += step;
      setActive(Math.min(last, Math.max(first, next)));
    } else if (isSpaceKey(key)) {
      setError(undefined);
      setItems(items.map((item, i) => (i === active && isChoice(item) ? { ...item, checked: !item.checked } : item)));
    }
  });

  const { rows, columns } = size;
  const message = (text: string) => theme.style.message(text, status);
  if (status === 'done') {
    const names = items.filter(isChoice).filter((c) => c.checked).map((c) => c.name);
    return answered(prefix, config.message, names.join(', '), columns, { message, answer: theme.style.answer });
  }
  const intro = config.intro ? block(config.intro, columns) : [];
  const head = question(prefix, config.message, columns, message);
  const help = block(config.help, columns, theme.style.help);
  const errors = error ? block(error, columns, theme.style.error) : [];
  const fixed = intro.length + head.length + 1 + errors.length + help.length;
  const page = listPage(
    items,
    active,
    Math.max(MIN_PAGE, rows - fixed),
    columns,
    (item, isActive) => {
      if (!isChoice(item)) return ` ${truncate(item.heading, columns - 1)}`;
      const label = `${isActive ? '❯' : ' '}${item.checked ? '◉' : '◯'} ${truncate(item.name, columns - 3)}`;
      return isActive ? theme.style.highlight(label) : label;
    },
    { text: config.more, style: theme.style.help },
  );
  const frame = [...intro, ...head, page, '', ...errors, ...help].join('\n');
  size.remember(stripVTControlCharacters(frame));
  return `${frame}${HIDE_CURSOR}`;
});

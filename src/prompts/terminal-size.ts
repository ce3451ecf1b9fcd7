import { useEffect, useRef, useState } from '@inquirer/core';
import { displayWidth } from '../text/wrap.js';

/** The terminal a prompt draws on: its size, and 'resize' when the window changes. */
export interface Terminal {
  rows?: number;
  columns?: number;
  write(text: string): unknown;
  on(event: 'resize', listener: () => void): unknown;
  removeListener(event: 'resize', listener: () => void): unknown;
}

/** Without a known size (a pipe, a test stream): a terminal of the classic size. */
const FALLBACK = { rows: 24, columns: 80 };

/** Rows a frame drawn at `before` columns takes once the terminal reflows it to `after` columns. */
export function reflowedHeight(frame: string, before: number, after: number): number {
  return frame.split('\n').reduce((rows, line) => {
    const width = displayWidth(line);
    // Inquirer hard-breaks a line wider than the terminal; the terminal then reflows each piece.
    const pieces = Math.max(1, Math.ceil(width / before));
    const last = width - (pieces - 1) * before;
    return rows + (pieces - 1) * Math.max(1, Math.ceil(before / after)) + Math.max(1, Math.ceil(last / after));
  }, 0);
}

/**
 * The terminal's current size, for a prompt that lays itself out to fit (page size, cut labels).
 * A resize redraws the prompt. Before that, the old frame is erased by hand: a terminal that got
 * narrower has re-wrapped it onto more rows than Inquirer knows of, which it would leave behind.
 * `remember` takes what the prompt drew last (plain text): the lines down to the cursor's, and
 * those under it.
 */
export function useTerminalSize(terminal: Terminal | undefined): {
  rows: number;
  columns: number;
  remember: (above: string, below?: string) => void;
} {
  const [, setSize] = useState('');
  const last = useRef({ above: '', below: '', columns: terminal?.columns ?? FALLBACK.columns });
  useEffect(() => {
    if (!terminal) return undefined;
    const onResize = () => {
      const { above, below, columns } = last.current;
      const now = terminal.columns ?? FALLBACK.columns;
      const rows = (text: string) => (text === '' ? 0 : text.split('\n').length);
      const reflowed = (text: string) => (text === '' ? 0 : reflowedHeight(text, columns, now));
      if (reflowed(above) + reflowed(below) > rows(above) + rows(below)) {
        // Up to the frame's first row, clear everything under it, then down to the row where
        // Inquirer expects the cursor: its own erase then only clears blank rows.
        const up = reflowed(above) - 1;
        const down = rows(above) - 1;
        terminal.write(`${up > 0 ? `\x1b[${up}A` : ''}\r\x1b[J${down > 0 ? `\x1b[${down}B` : ''}`);
      }
      setSize(`${terminal.rows}x${now}`);
    };
    terminal.on('resize', onResize);
    return () => void terminal.removeListener('resize', onResize);
  }, []);
  const columns = terminal?.columns ?? FALLBACK.columns;
  return {
    rows: terminal?.rows ?? FALLBACK.rows,
    columns,
    remember: (above, below = '') => {
      last.current = { above, below, columns };
    },
  };
}

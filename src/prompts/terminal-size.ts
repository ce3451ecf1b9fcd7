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
 * `frame` is what the prompt drew last (plain text, cursor on its last line).
 */
export function useTerminalSize(terminal: Terminal | undefined): { rows: number; columns: number; remember: (frame: string) => void } {
  const [, setSize] = useState('');
  const last = useRef({ frame: '', columns: terminal?.columns ?? FALLBACK.columns });
  useEffect(() => {
    if (!terminal) return undefined;
    const onResize = () => {
      const { frame, columns } = last.current;
      const now = terminal.columns ?? FALLBACK.columns;
      const height = frame === '' ? 0 : frame.split('\n').length;
      const reflowed = frame === '' ? 0 : reflowedHeight(frame, columns, now);
      if (reflowed > height) {
        // Up to the frame's first row, clear everything below, then down to where Inquirer expects
        // the cursor (its last row of `height`): its own erase then only clears blank rows.
        terminal.write(`\x1b[${reflowed - 1}A\r\x1b[J${height > 1 ? `\x1b[${height - 1}B` : ''}`);
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
    remember: (frame) => {
      last.current = { frame, columns };
    },
  };
}

import { closeSync } from 'node:fs';
import { isatty } from 'node:tty';

type Input = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };

/**
 * Calls `onGone` when the terminal closes under a session. Closing a terminal window ends its input
 * (often before any SIGHUP arrives); readline then turns raw mode off on the dead terminal, which
 * fails with EIO and would crash the process before anything is saved. Returns the uninstaller.
 */
export function watchTerminal(input: Input, onGone: () => void): () => void {
  let gone = false;
  const setRawMode = input.setRawMode;
  if (setRawMode) input.setRawMode = (mode: boolean) => (gone ? input : setRawMode.call(input, mode));
  const onEnd = () => {
    if (gone) return;
    gone = true;
    onGone();
  };
  // First in line: before readline's own listener reacts to the end.
  input.prependListener('end', onEnd);
  return () => {
    input.removeListener('end', onEnd);
    if (setRawMode) input.setRawMode = setRawMode;
  };
}

/**
 * Node restores the terminal's settings on exit and aborts (SIGABRT) when the terminal is gone
 * (EIO). Stdio that was a terminal and no longer is, is let go of first, so that the exit code is
 * the one we choose.
 */
export function releaseClosedTerminal(): void {
  const wasTerminal = [process.stdin.isTTY, process.stdout.isTTY, process.stderr.isTTY];
  wasTerminal.forEach((was, fd) => {
    if (!was || isatty(fd)) return;
    try {
      closeSync(fd);
    } catch {
      // Already closed: nothing to release.
    }
  });
}

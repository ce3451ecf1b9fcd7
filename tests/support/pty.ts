import { spawn as spawnPty, type IPty } from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { stripVTControlCharacters } from 'node:util';
import { bin, cliTimeout } from './run-cli.js';

export { bin };

export const keys = { enter: '\r', down: '\x1b[B', up: '\x1b[A', space: ' ', ctrlC: '\x03' } as const;

/**
 * The built CLI in a real pseudo-terminal. Keys are sent only once the text they answer is on
 * screen: sending everything at once would reach a prompt that does not exist yet. Waiting has a
 * time limit: a session that stalls is killed, and the test fails with the screen so far.
 */
export function runInPty(
  args: string[],
  options: { cwd: string; env?: Record<string, string>; cols?: number; rows?: number; program?: { file: string; args: string[] } },
) {
  const cols = options.cols ?? 100;
  const rows = options.rows ?? 40;
  // `program`: another way to start resokit (the Windows smoke test: wine node.exe resokit.js).
  const program = options.program ?? { file: process.execPath, args: [bin] };
  const pty: IPty = spawnPty(program.file, [...program.args, ...args], {
    name: 'xterm-256color',
    cols,
    rows,
    cwd: options.cwd,
    // npm_command: the test runner may itself run under npx, which changes the printed commands.
    // At home by default, as in a new terminal: printed commands then keep their paths relative.
    env: { ...process.env, HOME: options.cwd, NO_COLOR: '1', RESOKIT_LANG: '', npm_command: '', ...options.env } as Record<string, string>,
  });
  let output = '';
  let seen = 0;
  let exitCode: number | undefined;
  const exit = new Promise<number>((resolve) =>
    pty.onExit(({ exitCode: code }) => {
      exitCode = code;
      resolve(code);
    }),
  );
  // What a person would see: the output drawn by a terminal emulator of the same size.
  const terminal = new xterm.Terminal({ cols, rows, scrollback: 10_000, allowProposedApi: true });
  pty.onData((data) => {
    output += data;
    terminal.write(data);
  });
  const drawn = () => new Promise<void>((resolve) => terminal.write('', resolve));
  const lines = (from: number, to: number) => {
    const buffer = terminal.buffer.active;
    return Array.from({ length: to - from }, (_, i) => buffer.getLine(from + i)?.translateToString(true) ?? '');
  };
  const plain = () => stripVTControlCharacters(output);
  const fail = (what: string): Error => {
    try {
      pty.kill('SIGKILL');
    } catch {
      // Already gone.
    }
    return new Error(`${what} (exit ${exitCode}). Screen:\n${plain().slice(-2000)}`);
  };
  return {
    pty,
    /** The exit code, once the process has exited; rejects (and kills it) if that takes too long. */
    get exited(): Promise<number> {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(fail(`resokit ${args.join(' ')} did not exit within ${cliTimeout} ms`)), cliTimeout);
      });
      return Promise.race([exit, late]).finally(() => clearTimeout(timer));
    },
    text: plain,
    get exitCode() {
      return exitCode;
    },
    /** The rows on screen now, as the emulator shows them. */
    async screen(): Promise<string[]> {
      await drawn();
      return lines(terminal.buffer.active.viewportY, terminal.buffer.active.viewportY + terminal.rows);
    },
    /** Everything the terminal holds: the scrollback, then the screen. */
    async history(): Promise<string[]> {
      await drawn();
      return lines(0, terminal.buffer.active.length);
    },
    /** The window changes size: the program gets SIGWINCH, the emulator re-wraps as a terminal does. */
    resize(newCols: number, newRows: number) {
      terminal.resize(newCols, newRows);
      pty.resize(newCols, newRows);
    },
    async waitFor(text: string, timeoutMs = 10_000): Promise<void> {
      const start = Date.now();
      for (;;) {
        const at = plain().indexOf(text, seen);
        if (at >= 0) {
          seen = at + text.length;
          // A moment for the prompt to finish drawing, as a person reads before typing. Not a wait
          // for a timer of resokit's: every key that depends on one follows another waitFor.
          await new Promise((resolve) => setTimeout(resolve, 30));
          return;
        }
        if (exitCode !== undefined || Date.now() - start > timeoutMs) throw fail(`"${text}" did not appear`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    /** Sends keys one at a time with a short pause, as a person types. */
    async send(...sequence: string[]): Promise<void> {
      for (const key of sequence) {
        pty.write(key);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}

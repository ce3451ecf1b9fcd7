// The one way tests run the built CLI (npm run build first): asynchronously, with a time limit, so
// a hanging command fails its own test with what it printed instead of blocking the worker.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const bin = fileURLToPath(new URL('../../bin/resokit.js', import.meta.url));

/** Long enough for a loaded CI machine, short enough to fail well inside `e2eTimeout`. */
export const cliTimeout = 10_000;
/** Per-test limit for tests that start the CLI: several processes, each within `cliTimeout`. */
export const e2eTimeout = 30_000;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Default: the repository root, so fixture paths are relative to it. */
  cwd?: string;
  /** On top of `cliEnv()`; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Written to stdin, which is then closed. Without it stdin is closed at once. */
  input?: string;
  /** Leave stdin open and silent, as a pipe that never sends anything. */
  keepStdinOpen?: boolean;
  timeoutMs?: number;
}

/**
 * The environment of a plain, Dutch, colourless terminal session. `npm_command` is emptied because
 * the test runner may run under npm or npx, which changes the commands resokit prints.
 */
export function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', RESOKIT_LANG: '', npm_command: '' };
  delete env.FORCE_COLOR;
  delete env.NODE_DISABLE_COLORS;
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** Runs `resokit <args>` from this repository; rejects, with the output so far, if it has not exited in time. */
export function resokit(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return runProgram(process.execPath, [bin, ...args], options);
}

/** Any program (an installed resokit, npm) the same way: asynchronously, with a time limit. */
export function runProgram(file: string, args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const timeoutMs = options.timeoutMs ?? cliTimeout;
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd ?? root,
      env: cliEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own process group, so that a timeout ends whatever it started as well.
      detached: process.platform !== 'win32',
      // Windows starts npm.cmd and other .cmd shims only through a shell.
      shell: process.platform === 'win32' && /\.cmd$/i.test(file),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // A CLI that exits without reading its input is not an error of the test.
    child.stdin.on('error', () => {});
    if (options.keepStdinOpen) child.stdin.write(options.input ?? '');
    else child.stdin.end(options.input ?? '');
    const timer = setTimeout(() => {
      killTree(child.pid);
      reject(
        new Error(
          `${file} ${args.join(' ')} did not exit within ${timeoutMs} ms (killed).\n--- stdout so far ---\n${stdout}\n--- stderr so far ---\n${stderr}`,
        ),
      );
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // 'close', not 'exit': all output has been read by then.
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ code, stdout, stderr });
    });
  });
}

function killTree(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(pid), '/T', '/F']);
    else process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

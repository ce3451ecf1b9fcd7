// npm run bench — start-up and scale figures, as ratios to a baseline measured in the same run.
// Commands are interleaved round by round so that machine noise hits every command alike.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/resokit.js');
const rounds = Number(process.env.BENCH_ROUNDS ?? 25);
const env = { ...process.env, NO_COLOR: '1', RESOKIT_LANG: '' };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const startup = [
  { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
  { name: 'resokit --help', args: [bin, '--help'], target: 1.25 },
  { name: 'resokit themes', args: [bin, 'themes'], target: 1.35 },
  { name: 'resokit show safe-space', args: [bin, 'show', 'safe-space'] },
];

const samples = startup.map(() => []);
for (let i = 0; i < 3; i++) startup.forEach((c) => time(c.args)); // warm the file cache
for (let r = 0; r < rounds; r++) startup.forEach((c, i) => samples[i].push(time(c.args)));

const base = median(samples[0]);
console.log(`start-up, median of ${rounds} interleaved runs (ratio to node -e 0):`);
startup.forEach((c, i) => {
  const med = median(samples[i]);
  const ratio = med / base;
  const verdict = c.target ? (ratio <= c.target ? `ok, target ≤ ${c.target}×` : `OVER target ${c.target}×`) : '';
  console.log(`  ${c.name.padEnd(28)} ${med.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}×  ${verdict}`);
});

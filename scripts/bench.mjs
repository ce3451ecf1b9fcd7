// npm run bench [-- section...] — start-up, report and scale figures as ratios to bare Node measured
// in the same run (sections: startup, prompt, report, history, scale; all by default). The machine's load
// is printed before and after: figures taken on a busy machine say less.
// Inputs are generated from the real question set (scripts/bench/generate.mjs).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generator } from './bench/generate.mjs';
import { bin, env, load, measure, median, peakRss, root } from './bench/measure.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? 25);
const scaleRounds = Number(process.env.BENCH_SCALE_ROUNDS ?? 7);
const sections = {
  startup() {
    measure('start-up', [
      { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
      { name: 'resokit --help', args: [bin, '--help'], target: 1.25 },
      { name: 'resokit themes', args: [bin, 'themes'], target: 1.35 },
      { name: 'resokit show safe-space', args: [bin, 'show', 'safe-space'] },
    ], rounds);
  },

  // Time to the first prompt of `resokit reflect`, in a pseudo-terminal (it refuses to run without
  // one). The baseline is bare Node printing a line through the same pseudo-terminal.
  async prompt() {
    const { spawn: spawnPty } = createRequire(import.meta.url)('@lydell/node-pty');
    function timeToText(args, text, cwd) {
      return new Promise((resolve, reject) => {
        const start = process.hrtime.bigint();
        const pty = spawnPty(process.execPath, args, { cols: 100, rows: 40, cwd, env });
        let out = '';
        let done = false;
        const timer = setTimeout(() => finish(new Error(`"${text}" did not appear: ${out.slice(-300)}`)), 10_000);
        function finish(error) {
          if (done) return;
          done = true;
          clearTimeout(timer);
          const ms = Number(process.hrtime.bigint() - start) / 1e6;
          pty.kill();
          if (error) reject(error);
          else resolve(ms);
        }
        pty.onData((data) => {
          out += data;
          if (out.includes(text)) finish();
        });
      });
    }
    const cwd = mkdtempSync(join(tmpdir(), 'resokit-bench-'));
    const prompt = [
      { name: 'node prints a line (baseline)', args: ['-e', "console.log('klaar')"], text: 'klaar' },
      { name: 'resokit reflect: first prompt', args: [bin, 'reflect'], text: 'Naam van je organisatie', target: 1.8 },
    ];
    const samples = prompt.map(() => []);
    for (let r = 0; r < Math.ceil(rounds / 2); r++) {
      for (const [i, c] of prompt.entries()) samples[i].push(await timeToText(c.args, c.text, cwd));
    }
    rmSync(cwd, { recursive: true, force: true });
    const base = median(samples[0]);
    console.log(`\ntime to first prompt in a pseudo-terminal, median of ${samples[0].length} interleaved runs:`);
    prompt.forEach((c, i) => {
      const ratio = median(samples[i]) / base;
      const verdict = ratio <= c.target || !c.target ? (c.target ? `ok, target ≤ ${c.target}×` : '') : `OVER target ${c.target}×`;
      console.log(`  ${c.name.padEnd(42)} ${median(samples[i]).toFixed(1).padStart(8)} ms  ${ratio.toFixed(2).padStart(5)}×  ${verdict}`);
    });
  },

  // The targets of issue 13, as a user runs them: the built CLI in a fresh process, reports written
  // with --out. `form` (≤ 1.6×) joins here once it exists.
  report(dir, make) {
    const single = make.answers('plan-18-themas.yaml');
    const team = make.team(50, 'team-50');
    const out = join(dir, 'rapport.md');
    const oldTeam = make.team(50, 'team-50-format-1', 1);
    const formOut = join(dir, 'vragenlijst.html');
    const cases = [
      { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
      { name: 'report, 1 file × 18 themes (Markdown)', args: [bin, 'report', '--out', out, '--force', single], target: 1.5 },
      { name: 'report, team of 50 × 18 themes (Markdown)', args: [bin, 'report', '--out', out, '--force', team], target: 3 },
      // Files of before answers format 2 get their action ids when read (a hash of each file).
      { name: '  the same team in answers format 1', args: [bin, 'report', '--out', out, '--force', oldTeam] },
      { name: 'form, the whole set (one HTML file)', args: [bin, 'form', '--out', formOut, '--force'], target: 1.6 },
    ];
    measure('reports (issue 13)', cases, rounds);
    console.log(`  peak RSS, team of 50: ${peakRss(cases[2].args).toFixed(0)} MiB (node -e 0: ${peakRss(cases[0].args).toFixed(0)} MiB)`);
    console.log(`  form file, the whole Dutch set: ${(statSync(formOut).size / 1000).toFixed(1)} KB (budget 250 KB)`);
  },

  // Issue 11: a history of 10 rounds × 50 participants × 18 themes (500 files), target ≤ 25× bare
  // Node, peak RSS < 300 MB.
  history(dir, make) {
    const folders = make.rounds(10, 50);
    const out = join(dir, 'verloop.md');
    const cases = [
      { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
      { name: 'history, 10 rounds × 50 × 18 themes (Markdown)', args: [bin, 'history', '--out', out, '--force', ...folders], target: 25 },
      { name: '  the same as HTML with charts', args: [bin, 'history', '--out', join(dir, 'verloop.html'), '--force', ...folders] },
    ];
    measure('history (issue 11)', cases, Math.min(rounds, 7));
    console.log(`  peak RSS, history of 10 × 50: ${peakRss(cases[1].args).toFixed(0)} MiB (target < 300 MB)`);
  },

  // A team report of many participants and a synthetic question set of 1,000 themes. Each series
  // grows the input tenfold (or fivefold); "per unit" is the extra time per theme or participant
  // between two sizes: equal figures along a series mean linear growth. Reports go to a file:
  // spawnSync's stdout buffer is 1 MiB, and a report of 1,000 themes is larger.
  scale(dir, make) {
    const themeSets = [10, 100, 1000].map((n) => ({ n, ...make.themeFolder(n) }));
    for (const set of themeSets) set.answers = make.answers(`antwoorden-${set.n}-themas.yaml`, set.themes);
    const teams = [5, 50, 100].map((n) => ({ n, folder: make.team(n) }));
    const out = (name) => ['--out', join(dir, name), '--force'];
    measure(`scale (question files of 100 themes each; target: well under a second)`, [
      { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
      ...themeSets.map(({ n, folder }) => ({ series: 'validate', unit: 'theme', n, limitMs: 1000, name: `validate, ${n} themes`, args: [bin, 'validate', folder] })),
      ...themeSets.map(({ n, folder }) => ({ series: 'themes', unit: 'theme', n, limitMs: 1000, name: `themes --questions, ${n} themes`, args: [bin, 'themes', '--questions', folder] })),
      ...themeSets.map(({ n, folder, answers }) => ({
        series: 'report-themes',
        unit: 'theme',
        n,
        limitMs: 1000,
        name: `report --questions, ${n} answered themes`,
        args: [bin, 'report', ...out('themes.md'), '--questions', folder, answers],
      })),
      ...teams.map(({ n, folder }) => ({ series: 'team-md', unit: 'participant', n, limitMs: 1000, name: `report, team of ${n} × 18 themes`, args: [bin, 'report', ...out('team.md'), folder] })),
      ...teams.map(({ n, folder }) => ({ series: 'team-html', unit: 'participant', n, limitMs: 1000, name: `report --format html, team of ${n}`, args: [bin, 'report', ...out('team.html'), folder] })),
    ], scaleRounds);
  },
};

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in sections));
if (unknown.length) {
  console.error(`unknown section ${unknown.join(', ')}; sections: ${Object.keys(sections).join(', ')}`);
  process.exit(2);
}
console.log(`load average ${load()} on ${availableParallelism()} cores, node ${process.version}`);
const dir = mkdtempSync(join(tmpdir(), 'resokit-bench-'));
try {
  const make = generator(root, dir);
  for (const name of chosen.length ? chosen : Object.keys(sections)) await sections[name](dir, make);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nload average ${load()}`);

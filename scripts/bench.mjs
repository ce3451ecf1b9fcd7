// npm run bench — start-up and scale figures, as ratios to a baseline measured in the same run.
// Commands are interleaved round by round so that machine noise hits every command alike.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
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

// Time to the first prompt of `resokit reflect`, in a pseudo-terminal (it refuses to run without
// one). The baseline is bare Node printing a line through the same pseudo-terminal.
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
const promptSamples = prompt.map(() => []);
for (let r = 0; r < Math.ceil(rounds / 2); r++) {
  for (const [i, c] of prompt.entries()) promptSamples[i].push(await timeToText(c.args, c.text, cwd));
}
rmSync(cwd, { recursive: true, force: true });
const promptBase = median(promptSamples[0]);
console.log(`\ntime to first prompt in a pseudo-terminal, median of ${promptSamples[0].length} interleaved runs:`);
prompt.forEach((c, i) => {
  const med = median(promptSamples[i]);
  const ratio = med / promptBase;
  const verdict = c.target ? (ratio <= c.target ? `ok, target ≤ ${c.target}×` : `OVER target ${c.target}×`) : '';
  console.log(`  ${c.name.padEnd(32)} ${med.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}×  ${verdict}`);
});

// ── Scale: a team report of many participants and a synthetic question set of 1,000 themes ──
// Generated into a temporary folder and timed as a user runs them (the built CLI, fresh process),
// next to `node -e 0`. Each series grows the input tenfold (or fivefold); "per unit" is the extra
// time per theme or participant between two sizes: equal figures along a series mean linear growth.
// Question files are split 100 themes a file (the loader refuses files over 1 MiB). Reports go to a
// file (--out --force): spawnSync's stdout buffer is 1 MiB, and a report of 1,000 themes is larger.
{
  const { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { stringify } = await import('yaml');
  const scaleRounds = Number(process.env.BENCH_SCALE_ROUNDS ?? 7);
  const dir = mkdtempSync(join(tmpdir(), 'resokit-scale-'));
  const builtin = JSON.parse(readFileSync(join(root, 'dist/builtin-nl.json'), 'utf8'));
  const levels = ['not-started', 'first-steps', 'on-track', 'embedded', 'unknown'];
  let seed = 42;
  const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);

  function synthThemes(count) {
    return Array.from({ length: count }, (_, i) => ({
      id: `synth-${i + 1}`,
      group: i % 2 ? 'werking' : 'beleid',
      title: `Synthetisch thema ${i + 1}`,
      questions: Array.from({ length: 3 }, (_, q) => ({
        id: `v${q + 1}`,
        text: `Vraag ${q + 1} van thema ${i + 1}: hoe gaat je organisatie hiermee om in de dagelijkse werking?`,
        ...(q === 0 ? { examples: ['een eerste voorbeeld', 'een tweede voorbeeld'] } : {}),
      })),
      notes: [{ title: 'Noot', text: 'Een noot met een definitie en een bron.', source: 'Resokit', url: `https://example.org/noot/${i + 1}` }],
      resources: [{ title: `Bron ${i + 1}`, url: `https://example.org/bron/${i + 1}` }],
    }));
  }

  function writeThemeFolder(count) {
    const folder = join(dir, `themes-${count}`);
    mkdirSync(folder);
    const themes = synthThemes(count);
    for (let f = 0; f * 100 < count; f++) {
      writeFileSync(join(folder, `deel-${String(f + 1).padStart(2, '0')}.yaml`), stringify({ themes: themes.slice(f * 100, f * 100 + 100) }, { lineWidth: 0 }));
    }
    return { folder, themes };
  }

  function answersFile(themes, participant, version = builtin.version) {
    const file = {
      format: 'resokit-answers/1',
      questionSet: { id: builtin.id, version, language: 'nl', title: builtin.title },
      organisation: 'Buurtwerk De Brug vzw',
      participant,
      created: '2026-11-27T10:00:00+01:00',
      updated: '2026-11-27T11:00:00+01:00',
      status: 'complete',
      focus: ['a1'],
      themes: themes.map((theme, t) => ({
        id: theme.id,
        title: theme.title,
        group: theme.group,
        answers: theme.questions.map((q) => ({ id: q.id, question: q.text, answer: `Antwoord van ${participant}.`, ...(random(8) === 0 ? { discuss: true } : {}) })),
        rating: levels[random(levels.length)],
        importance: ['low', 'medium', 'high'][random(3)],
        actions: [
          { id: `a${2 * t + 1}`, what: `Actie ${random(30)} voor ${theme.title}`, who: participant, due: '2027-01-15', priority: 'medium', status: 'open' },
          ...(random(2) ? [{ id: `a${2 * t + 2}`, what: `Eigen actie van ${participant} (${t})`, priority: 'low', status: 'open' }] : []),
        ],
        actionsDone: true,
        discussDone: true,
        reviewed: true,
      })),
    };
    return `# bench\n${stringify(file, { lineWidth: 0 })}`;
  }

  function writeTeam(count) {
    const folder = join(dir, `team-${count}`);
    mkdirSync(folder);
    for (let p = 0; p < count; p++) writeFileSync(join(folder, `deelnemer-${String(p + 1).padStart(3, '0')}.yaml`), answersFile(builtin.themes, `Deelnemer ${p + 1}`));
    return folder;
  }

  const themeSizes = [10, 100, 1000];
  const teamSizes = [5, 50, 100];
  const themeSets = themeSizes.map((n) => {
    const { folder, themes } = writeThemeFolder(n);
    const answers = join(dir, `antwoorden-${n}-themas.yaml`);
    writeFileSync(answers, answersFile(themes, 'An'));
    return { n, folder, answers };
  });
  const teams = teamSizes.map((n) => ({ n, folder: writeTeam(n) }));
  const biggest = readFileSync(themeSets.at(-1).answers).byteLength;

  const out = (name) => ['--out', join(dir, name), '--force'];
  const cases = [
    { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
    { name: 'report, 1 file × 18 themes', args: [bin, 'report', ...out('plan.md'), join(teams[0].folder, 'deelnemer-001.yaml')] },
    ...themeSets.map(({ n, folder }) => ({ series: 'validate', unit: 'theme', n, name: `validate, ${n} themes`, args: [bin, 'validate', folder] })),
    // The synthetic set on top of the built-in one: load, validate, and render it as a list.
    ...themeSets.map(({ n, folder }) => ({ series: 'themes', unit: 'theme', n, name: `themes --questions, ${n} themes`, args: [bin, 'themes', '--questions', folder] })),
    ...themeSets.map(({ n, folder, answers }) => ({
      series: 'report-themes',
      unit: 'theme',
      n,
      name: `report --questions, ${n} answered themes`,
      args: [bin, 'report', ...out('themes.md'), '--questions', folder, answers],
    })),
    ...teams.map(({ n, folder }) => ({ series: 'team-md', unit: 'participant', n, name: `report, team of ${n} × 18 themes`, args: [bin, 'report', ...out('team.md'), folder] })),
    ...teams.map(({ n, folder }) => ({ series: 'team-html', unit: 'participant', n, name: `report --format html, team of ${n}`, args: [bin, 'report', ...out('team.html'), folder] })),
  ];
  const scaleSamples = cases.map(() => []);
  cases.forEach((c) => time(c.args)); // warm the file cache
  for (let r = 0; r < scaleRounds; r++) cases.forEach((c, i) => scaleSamples[i].push(time(c.args)));
  rmSync(dir, { recursive: true, force: true });

  const scaleBase = median(scaleSamples[0]);
  const medians = scaleSamples.map(median);
  console.log(`\nscale, median of ${scaleRounds} interleaved runs (ratio to node -e 0; target: well under a second):`);
  console.log(`  (largest generated answers file: ${(biggest / 1024).toFixed(0)} KiB; question files: 100 themes each)`);
  cases.forEach((c, i) => {
    const previous = c.series && cases[i - 1]?.series === c.series ? i - 1 : -1;
    const perUnit =
      previous >= 0 ? `  +${((medians[i] - medians[previous]) / (c.n - cases[previous].n)).toFixed(3)} ms per ${c.unit} from ${cases[previous].n}` : '';
    const verdict = i > 0 ? (medians[i] < 1000 ? 'ok' : 'OVER 1 s') : '';
    console.log(`  ${c.name.padEnd(40)} ${medians[i].toFixed(1).padStart(8)} ms  ${(medians[i] / scaleBase).toFixed(2).padStart(5)}×  ${verdict}${perUnit}`);
  });
}

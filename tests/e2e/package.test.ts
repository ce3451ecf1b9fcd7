// The package as a user gets it: packed (without rebuilding dist/ under the running tests),
// installed from the tarball into a temporary prefix, and run from another folder.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resokit, root, runProgram, type CliOptions } from '../support/run-cli.js';

const windows = process.platform === 'win32';
const npm = windows ? 'npm.cmd' : 'npm';
const scratch = mkdtempSync(join(tmpdir(), 'resokit-package-'));
const prefix = join(scratch, 'prefix');
/** Where `npm install --global --prefix` puts the package, and the command it links. */
const installed = windows ? join(prefix, 'node_modules', 'resokit') : join(prefix, 'lib', 'node_modules', 'resokit');
const elsewhere = mkdtempSync(join(scratch, 'elsewhere-'));
const answers = 'tests/fixtures/report/team/an.yaml';

// npm, when it runs the tests (`npm test`), passes its settings on as npm_* variables: not to this npm.
const npmEnv = Object.fromEntries(Object.keys(process.env).filter((name) => /^npm_/i.test(name)).map((name) => [name, undefined]));
const runNpm = (args: string[], options: CliOptions = {}) => runProgram(npm, args, { timeoutMs: 60_000, ...options, env: { ...npmEnv, ...options.env } });

/** The installed command, as a shell finds it on the PATH (on Windows, node with the installed bin). */
const installedResokit = (args: string[]) =>
  windows
    ? runProgram(process.execPath, [join(installed, 'bin', 'resokit.js'), ...args], { cwd: elsewhere })
    : runProgram(join(prefix, 'bin', 'resokit'), args, { cwd: elsewhere, env: { PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH ?? ''}` } });

let tarball: string;
beforeAll(async () => {
  expect(existsSync(join(root, 'dist', 'main.cjs')), 'dist/ is missing: run npm run build first').toBe(true);
  const pack = await runNpm(['pack', '--ignore-scripts', '--json', '--pack-destination', scratch]);
  expect(pack.code, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout) as Array<{ filename: string }>;
  tarball = join(scratch, info!.filename);
  // Offline: the package has no runtime dependencies, so nothing needs the network.
  const install = await runNpm(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball]);
  expect(install.code, install.stderr).toBe(0);
  cpSync(join(root, answers), join(elsewhere, 'antwoorden-an.yaml'));
}, 150_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the packed and installed package', { timeout: 30_000 }, () => {
  it('holds the built CLI, the questions and the schemas, and nothing of the sources or tests', async () => {
    const list = await runProgram('tar', ['-tzf', tarball], { cwd: scratch });
    const files = list.stdout.trim().split('\n');
    for (const file of ['package/bin/resokit.js', 'package/dist/main.cjs', 'package/dist/main.cjs.map', 'package/dist/validators/answers.cjs', 'package/questions/nl/werking.yaml', 'package/schemas/answers.schema.json', 'package/README.md']) {
      expect(files).toContain(file);
    }
    // dist/cache/ is named after each bundle's modification time, which npm pack resets: it could never be used.
    expect(files.filter((file) => /^package\/(src|tests|scripts|node_modules|dist\/cache)\//.test(file) || file.includes('builtin-build'))).toEqual([]);
  });

  it('installs without dependencies: everything it runs is in dist/', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies?: object };
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
  });

  it('resokit themes, from another folder', async () => {
    const run = await installedResokit(['themes']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('\n18 thema’s · 59 vragen\n');
    // The same list; only the way to start resokit in the printed hint differs.
    const hint = /^(Lees een thema volledig met: ).*( show <id>)$/m;
    expect(run.stdout.replace(hint, '$1…$2')).toBe((await resokit(['themes'])).stdout.replace(hint, '$1…$2'));
    // Installed on the PATH, it names itself plainly.
    if (!windows) expect(run.stdout).toMatch(/^Lees een thema volledig met: resokit show <id>$/m);
  });

  it('resokit validate: the built-in set from the installed YAML sources', async () => {
    const run = await installedResokit(['validate']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^ok: 18 thema’s en \d+ vragen in 3 bestanden gecontroleerd, geen problemen\n$/);
  });

  it('resokit report on an answers file in that folder: the same plan as from the repository', async () => {
    const run = await installedResokit(['report', 'antwoorden-an.yaml']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^# Actieplan/);
    expect(run.stdout).toBe((await resokit(['report', answers])).stdout);
  });

  it('resokit --debug maps the stack trace to src/**/*.ts lines there too', async () => {
    const run = await installedResokit(['show', 'x', '--debug']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ {4}at .*[/\\]resokit[/\\]src[/\\]\S+\.ts:\d+:\d+\)?$/m);
  });
});

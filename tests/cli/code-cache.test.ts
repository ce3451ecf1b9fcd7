// The V8 code cache of the built bundles (src/cli/code-cache.ts): used when it fits, ignored when
// it does not. Runs in child processes: the cache hooks Node's CommonJS loader for the process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const codeCache = join(dist, 'code-cache.cjs');

/** Runs `script` in a fresh Node with `use` = useCodeCache(folder, writeTo); returns its stdout lines. */
function run(folder: string, script: string, writeTo?: string): string[] {
  const setup = `const use = require(${JSON.stringify(codeCache)}).useCodeCache(${JSON.stringify(folder)}, ${JSON.stringify(writeTo)});`;
  const result = spawnSync(process.execPath, ['-e', `${setup}\n${script}`], { encoding: 'utf8', timeout: 20_000, cwd: root });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout.trim().split('\n');
}

describe('the code cache of the built bundles', () => {
  it('is what a report compiles from: every bundle it loads has a cache that fits this Node', () => {
    const [use] = run(
      dist,
      // At exit: main ends the process itself once the report is out.
      `process.on('exit', () => require('node:fs').writeSync(1, '\\n' + JSON.stringify(use)));
      require(${JSON.stringify(join(dist, 'main.cjs'))}).main(['report', '--format', 'json', 'tests/fixtures/report/team/an.yaml']);`,
    ).slice(-1);
    const { accepted, rejected, missing } = JSON.parse(use!) as Record<string, string[]>;
    expect({ rejected, missing }).toEqual({ rejected: [], missing: [] });
    expect(accepted).toEqual(expect.arrayContaining(['main.cjs', 'command-report.cjs', join('validators', 'answers.cjs')]));
  });

  describe('of a module of its own', () => {
    const folder = mkdtempSync(join(tmpdir(), 'resokit-code-cache-'));
    const module = join(folder, 'mod.cjs');
    const load = `console.log(require(${JSON.stringify(module)}), JSON.stringify(use));`;

    it('is written by a run that asks for it, and used by the next', () => {
      writeFileSync(module, 'module.exports = 1;');
      expect(run(folder, load, join(folder, 'cache'))).toEqual(['1 {"accepted":[],"rejected":[],"missing":[]}']);
      expect(readdirSync(join(folder, 'cache'))).toHaveLength(1);
      expect(run(folder, load)).toEqual(['1 {"accepted":["mod.cjs"],"rejected":[],"missing":[]}']);
    });

    it('is not used once the module is edited, even to the same length (V8 would run the old code)', () => {
      writeFileSync(module, 'module.exports = 2;');
      utimesSync(module, new Date(), new Date(Date.now() + 5000));
      expect(run(folder, load)).toEqual(['2 {"accepted":[],"rejected":[],"missing":["mod.cjs"]}']);
    });

    it('that V8 cannot use (another version, damaged) is ignored: the module compiles as before', () => {
      const [cache] = readdirSync(join(folder, 'cache'));
      writeFileSync(module, 'module.exports = 1;');
      run(folder, load, join(folder, 'cache-2'));
      const [fresh] = readdirSync(join(folder, 'cache-2'));
      writeFileSync(join(folder, 'cache', fresh!), 'not a code cache');
      expect(cache).not.toBe(fresh);
      expect(run(folder, load)).toEqual(['1 {"accepted":[],"rejected":["mod.cjs"],"missing":[]}']);
    });
  });
});

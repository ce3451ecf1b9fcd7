// Once per `npm run test:windows`: Wine and node.exe in place, a fresh WINEPREFIX started (the first
// start takes ~10 s), and the built package copied into a folder with spaces and accents.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { root } from '../../support/run-cli.js';
import { ensureNodeExe, ensureWine, stopWine, winNode, type WineSetup } from './support/wine.js';

declare module 'vitest' {
  export interface ProvidedContext {
    wine: WineSetup;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const started = Date.now();
  ensureWine();
  const nodeExe = ensureNodeExe();
  const base = mkdtempSync(join(tmpdir(), 'resokit-windows-'));
  const home = join(base, 'Anaïs', 'OneDrive - Vzw De Brug');
  const packageDir = join(home, 'resokit');
  const scratch = join(home, 'Documenten');
  mkdirSync(scratch, { recursive: true });
  for (const entry of ['bin', 'dist', 'questions', 'schemas', 'package.json', 'scripts']) {
    cpSync(join(root, entry), join(packageDir, entry), { recursive: true });
  }
  const setup: WineSetup = { nodeExe, prefix: join(base, 'wineprefix'), packageDir, scratch };
  // Creates the prefix; the tests then start warm.
  const first = await winNode(setup, ['-e', '0'], { cwd: scratch, timeoutMs: 120_000 });
  if (first.code !== 0) throw new Error(`node.exe does not start under Wine (exit ${first.code}):\n${first.stderr}`);
  console.log(`test:windows: Wine and node.exe ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('wine', setup);
  return () => {
    stopWine(setup.prefix);
    rmSync(base, { recursive: true, force: true });
  };
}

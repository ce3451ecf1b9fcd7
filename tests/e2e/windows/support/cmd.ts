// Pasting lines into cmd.exe under Wine (see cmd-lines.cjs): what a person does with a printed command.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { winNode, winePath, type WineSetup } from './wine.js';

const driver = winePath(join(import.meta.dirname, 'cmd-lines.cjs'));
const printer = winePath(join(import.meta.dirname, 'print-argv.cjs'));

/** Runs each line in cmd.exe in `cwd`; resolves with their exit statuses. */
export async function pasteIntoCmd(wine: WineSetup, lines: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<Array<number | null>> {
  const io = mkdtempSync(join(wine.scratch, 'cmd '));
  writeFileSync(join(io, 'lines.json'), JSON.stringify(lines));
  const run = await winNode(wine, [driver, winePath(join(io, 'lines.json')), winePath(join(io, 'statuses.json'))], { cwd, env });
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(readFileSync(join(io, 'statuses.json'), 'utf8')) as Array<number | null>;
}

/** The argv a program gets when each line of arguments is pasted into cmd.exe after its name. */
export async function argvFromCmd(wine: WineSetup, lines: readonly string[]): Promise<string[][]> {
  const dir = mkdtempSync(join(wine.scratch, 'argv '));
  const out = join(dir, 'argv.jsonl');
  const statuses = await pasteIntoCmd(wine, lines.map((line) => `node "${printer}" ${line}`), dir, { PRINT_ARGV_TO: winePath(out) });
  expect(statuses).toEqual(lines.map(() => 0));
  return readFileSync(out, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as string[]);
}

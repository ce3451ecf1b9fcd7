// Pasting lines into cmd.exe under Wine (see cmd-lines.cjs): what a person does with a printed command.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { winNode, winePath, type WineSetup } from './wine.js';

const driver = winePath(join(import.meta.dirname, 'cmd-lines.cjs'));

/** Runs each line in cmd.exe in `cwd`; resolves with their exit statuses. */
export async function pasteIntoCmd(wine: WineSetup, lines: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<Array<number | null>> {
  const io = mkdtempSync(join(wine.scratch, 'cmd '));
  writeFileSync(join(io, 'lines.json'), JSON.stringify(lines));
  const run = await winNode(wine, [driver, winePath(join(io, 'lines.json')), winePath(join(io, 'statuses.json'))], { cwd, env });
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(readFileSync(join(io, 'statuses.json'), 'utf8')) as Array<number | null>;
}

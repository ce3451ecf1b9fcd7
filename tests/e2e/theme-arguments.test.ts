// `--theme a,b` typed in PowerShell reaches resokit as `--theme a b` (issue 9, item 4): every form
// selects every theme. Without a terminal, reflect checks --theme before it would prompt, so an
// unknown id among them shows that it was read.
import { describe, expect, it } from 'vitest';
import { e2eTimeout, resokit } from '../support/run-cli.js';

describe('reflect --theme', { timeout: e2eTimeout }, () => {
  it.each([
    ['separate arguments, as PowerShell passes a,b', ['--theme', 'safe-space', 'nope']],
    ['comma-separated', ['--theme', 'safe-space,nope']],
    ['repeated', ['--theme', 'safe-space', '--theme', 'nope']],
  ])('%s: every id is read', async (_, args) => {
    const run = await resokit(['reflect', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("fout: Onbekend thema 'nope'.");
    expect(run.stderr).not.toContain('Te veel argumenten');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invocation, printedCommand } from '../../src/cli/invocation.js';

describe('invocation: the command resokit prints for running it again', () => {
  const withResokit = mkdtempSync(join(tmpdir(), 'resokit-path-'));
  writeFileSync(join(withResokit, 'resokit'), '');
  const without = mkdtempSync(join(tmpdir(), 'resokit-path-'));

  it.each([
    ['through npx', { npm_command: 'exec', PATH: without }, '/opt/resokit/bin/resokit.js', 'npx resokit'],
    ['installed on the PATH', { PATH: `${without}:${withResokit}` }, '/opt/resokit/bin/resokit.js', 'resokit'],
    ['run by node from a clone', { PATH: without }, '/opt/resokit/bin/resokit.js', 'node /opt/resokit/bin/resokit.js'],
    ['a path with a space', { PATH: without }, '/opt/my tools/bin/resokit.js', 'node "/opt/my tools/bin/resokit.js"'],
    ['no script known', { PATH: without }, undefined, 'resokit'],
  ] as const)('%s', (_name, env, script, expected) => {
    expect(invocation(env, script)).toBe(expected);
  });
});

describe('printedCommand: a command to print, with the flags it needs', () => {
  it.each([
    ['plain words', ['reflect', '--resume', 'resokit/a.yaml'], {}, 'resokit reflect --resume resokit/a.yaml'],
    ['a path with a space is quoted', ['report', 'my files/a.yaml'], {}, 'resokit report "my files/a.yaml"'],
    ['a placeholder stays as it is', ['show', '<id>'], {}, 'resokit show <id>'],
    ['--lang and --questions, quoted', ['themes'], { language: 'en', questions: 'eigen themas' }, 'resokit themes --lang en --questions "eigen themas"'],
  ] as const)('%s', (_name, args, flags, expected) => {
    expect(printedCommand('resokit', args, flags)).toBe(expected);
  });
});

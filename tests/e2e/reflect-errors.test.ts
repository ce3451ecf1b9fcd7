import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeAnswers } from '../../src/answers/serialize.js';
import { inProgress } from '../fixtures/answers/in-progress.js';
import { runInPty } from '../support/pty.js';
import { e2eTimeout } from '../support/run-cli.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'resokit-err-'));

/** Runs reflect in a terminal, expecting it to stop with exit 2 before the first question. */
async function refused(args: string[], cwd: string) {
  const s = runInPty(['reflect', ...args], { cwd });
  const code = await s.exited;
  const text = s.text();
  expect(code).toBe(2);
  expect(text).not.toContain('vraag 1/');
  expect(text).not.toMatch(/\n\s+at /);
  return text;
}

describe('reflect refuses bad input before the first question', { timeout: e2eTimeout }, () => {
  it('an unknown theme: lists the ids and suggests the closest', async () => {
    const text = await refused(['--theme', 'safespace'], freshDir());
    expect(text).toContain("Onbekend thema 'safespace'. Bedoel je 'safe-space'?");
    expect(text).toContain('toegankelijkheidsbeleid');
  });

  it('an unknown group', async () => {
    expect(await refused(['--group', 'beleidd'], freshDir())).toContain("Onbekende groep 'beleidd'");
  });

  it('an output folder that cannot be written', async () => {
    const cwd = freshDir();
    writeFileSync(join(cwd, 'bestand'), 'geen map');
    expect(await refused(['--out', 'bestand/sub'], cwd)).toContain('Kan niet schrijven in');
  });

  it('a resume file that does not exist', async () => {
    expect(await refused(['--resume', 'weg.yaml'], freshDir())).toContain('Kan');
  });

  it('a resume file that is not a valid answers file: file:line:col', async () => {
    const cwd = freshDir();
    writeFileSync(join(cwd, 'kapot.yaml'), 'format: resokit-answers/1\nthemes: [\n');
    const text = await refused(['--resume', 'kapot.yaml'], cwd);
    expect(text).toMatch(/kapot\.yaml:\d+:\d+: /);
    expect(text).toContain('kapot.yaml is geen geldig antwoordenbestand.');
  });

  it.each([
    [['--theme', 'outreach'], '--theme'],
    [['--name', 'Ander', '--org', 'Vzw X'], '--org, --name'],
    [['--previous', 'antwoorden.yaml'], '--previous'],
  ])('flags the answers file decides cannot go with --resume: %j', async (args, named) => {
    const cwd = freshDir();
    writeFileSync(join(cwd, 'antwoorden.yaml'), serializeAnswers(inProgress, 'Antwoorden'));
    const text = await refused(['--resume', 'antwoorden.yaml', ...args], cwd);
    expect(text.replace(/\s+/g, ' ')).toContain(`${named} kan niet samen met --resume`);
  });

  it('a resume file of another question set', async () => {
    const cwd = freshDir();
    writeFileSync(
      join(cwd, 'ander.yaml'),
      [
        'format: resokit-answers/1',
        'questionSet: { id: andere-set, version: 1.0.0, language: nl, title: Iets anders }',
        'organisation: Vzw',
        'participant: An',
        'created: 2026-11-01T10:00:00.000Z',
        'updated: 2026-11-01T10:00:00.000Z',
        'status: in-progress',
        'themes: []',
        '',
      ].join('\n'),
    );
    expect(await refused(['--resume', 'ander.yaml'], cwd)).toContain("hoort bij een andere vragenset ('andere-set'");
  });
});

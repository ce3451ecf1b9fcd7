import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { serializeAnswers } from '../../src/answers/serialize.js';
import { complete } from '../fixtures/answers/complete.js';
import { keys, runInPty } from '../support/pty.js';

const { down, enter } = keys;

/** A finished reflection (every question answered or skipped) and the plan made from it. */
function finished(withPlan: boolean) {
  const cwd = mkdtempSync(join(tmpdir(), 'resokit-reopen-'));
  const file = {
    ...complete,
    // The fixture gives the earlier reflection's date as a day; a file written by reflect has a timestamp.
    previous: { ...complete.previous!, date: '2026-08-12T10:00:00+02:00' },
    themes: complete.themes.map((t) => ({ ...t, answers: t.answers.map((a) => (a.answer ? a : { ...a, skipped: true })) })),
  };
  const answers = 'antwoorden-2026-11-27-an-peeters.yaml';
  const plan = join(cwd, 'actieplan-2026-11-27-an-peeters.md');
  writeFileSync(join(cwd, answers), serializeAnswers(file, 'Antwoorden'));
  if (withPlan) writeFileSync(plan, 'HET OUDE PLAN\n');
  return { cwd, answers, plan, bytes: readFileSync(join(cwd, answers)) };
}

describe('resokit reflect --resume on a finished reflection', () => {
  it('asks before replacing the plan, goes to the summary, and writes the plan again', async () => {
    const { cwd, answers, plan } = finished(true);
    writeFileSync(plan.replace(/\.md$/, '.html'), 'DE OUDE AFDRUKBARE VERSIE\n');
    const s = runInPty(['reflect', '--resume', answers], { cwd });
    await s.waitFor('Deze reflectie was al afgerond.');
    await s.waitFor('actieplan-2026-11-27-an-peeters.md bestaat al. Vervangen door een nieuw actieplan?');
    await s.send(enter); // yes
    await s.waitFor('Wat wil je nakijken of wijzigen?');
    await s.send(down, enter); // the first theme
    await s.waitFor('Overzicht: Toegankelijkheidsbeleid');
    await s.waitFor('Klopt alles?');
    await s.send(down, down, down, down, enter); // where you stand
    await s.waitFor('Waar staat je organisatie vandaag');
    await s.send(down, down, enter);
    await s.waitFor('Klopt alles?');
    await s.send(enter);
    await s.waitFor('Wat wil je nakijken of wijzigen?');
    await s.send(enter); // done
    await s.waitFor('Klaar!');
    expect(await s.exited).toBe(0);
    expect(s.text()).not.toContain('bestaat al. Kies een andere map');
    const plan2 = readFileSync(plan, 'utf8');
    expect(plan2).not.toContain('HET OUDE PLAN');
    expect(plan2).toContain('Buurtwerk De Brug vzw');
    const saved = parse(readFileSync(join(cwd, answers), 'utf8'));
    expect(saved.status).toBe('complete');
    expect(saved.themes[0].rating).not.toBe(complete.themes[0]!.rating);
    expect(saved.focus).toEqual(complete.focus);
    // The printable version made last time is replaced by the command printed, as the plan was.
    const printed = /Afdrukbare versie: (.*)$/s.exec(s.text().replace(/[\r\n]/g, ''))?.[1]?.trim();
    expect(printed).toMatch(/--out \S*actieplan-2026-11-27-an-peeters\.html --force$/);
  }, 30_000);

  it('changes nothing when the plan is not to be replaced', async () => {
    const { cwd, answers, plan, bytes } = finished(true);
    const s = runInPty(['reflect', '--resume', answers], { cwd });
    await s.waitFor('Vervangen door een nieuw actieplan?');
    await s.send(down, enter); // no
    await s.waitFor('Er is niets veranderd; actieplan-2026-11-27-an-peeters.md blijft zoals het was.');
    expect(await s.exited).toBe(0);
    expect(readFileSync(plan, 'utf8')).toBe('HET OUDE PLAN\n');
    expect(readFileSync(join(cwd, answers))).toEqual(bytes);
  }, 30_000);

  it.each([
    ['--force is given', true, ['--force']],
    ['there is no plan to replace', false, []],
  ])('goes straight to the summary when %s', async (_name, withPlan, flags) => {
    const { cwd, answers, plan } = finished(withPlan);
    const s = runInPty(['reflect', '--resume', answers, ...flags], { cwd });
    await s.waitFor('Wat wil je nakijken of wijzigen?');
    await s.send(enter);
    await s.waitFor('Klaar!');
    expect(await s.exited).toBe(0);
    expect(s.text()).not.toContain('Vervangen door een nieuw actieplan?');
    expect(existsSync(plan)).toBe(true);
    expect(readFileSync(plan, 'utf8')).toContain('Buurtwerk De Brug vzw');
  }, 30_000);
});

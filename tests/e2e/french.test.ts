// --lang fr end to end (issue 12): a reflection in a pseudo-terminal, resumed without --lang, its
// files and plan in French; reports of French files and a team of Dutch, English and French files.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bin, keys, runInPty } from '../support/pty.js';
import { e2eTimeout, resokit } from '../support/run-cli.js';

const { enter, down, space, ctrlC } = keys;
const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/report/${path}`, import.meta.url));
const french = fixture('fr/anne.fr.yaml');
const english = fixture('en/an.en.yaml');
const dutch = fixture('team/an.yaml');
const today = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
/** The narrow no-break space French puts before : ; ? ! */
const nnbsp = '\u202f';

describe('--lang fr, end to end', () => {
  it('reflect in French in a pseudo-terminal, stopped with Ctrl+C and resumed without --lang: French files and plan', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'resokit-fr-'));
    const first = runInPty(['reflect', '--lang', 'fr', '--theme', 'gradueel-aanbod'], { cwd });
    await first.waitFor('Commencez petit et concret');
    await first.waitFor('Nom de votre organisation');
    await first.send('Le Pont', enter);
    await first.waitFor('Votre nom');
    await first.send('Anne', enter);
    await first.waitFor('Thème 1/1 · Offre progressive');
    await first.waitFor('question 1/2');
    await first.send('Nous commençons à domicile', enter, enter);
    await first.waitFor('question 2/2');
    await first.send('Une réponse à moitié');
    await first.waitFor('Une réponse à moitié');
    await first.send(ctrlC);
    expect(await first.exited).toBe(130);
    expect(first.text()).toContain(`Pour reprendre${nnbsp}: node ${bin} reflect --resume resokit/reponses-${date}-anne.yaml`);

    // No --lang: the file is French, so the walk-through goes on in French.
    const second = runInPty(['reflect', '--resume', `resokit/reponses-${date}-anne.yaml`], { cwd });
    await second.waitFor(`Reprise de resokit/reponses-${date}-anne.yaml.`);
    await second.waitFor('question 2/2');
    await second.waitFor('Une réponse à moitié');
    await second.send(' et terminée', enter, enter);
    await second.waitFor('Où en est votre organisation aujourd’hui');
    await second.send(down, enter);
    await second.waitFor('Quelle importance a ce thème');
    await second.send(enter);
    await second.waitFor('Ajouter une action');
    await second.send(enter);
    await second.waitFor('Qu’allez-vous faire');
    await second.send('Visites à domicile', enter);
    await second.waitFor('Qui s’en charge');
    await second.send(enter);
    await second.waitFor('Pour quand');
    await second.send('12/31/2027', enter);
    await second.waitFor('31 n’est pas un mois');
    await second.send(...Array<string>(10).fill('\x7f'), '31/1/2027', enter);
    await second.waitFor('Priorité');
    await second.send(enter);
    await second.waitFor('Encore une action');
    await second.send(down, enter);
    await second.waitFor('discuter avec l’équipe');
    await second.send(enter);
    await second.waitFor('Tout est juste');
    await second.send(enter);
    await second.waitFor('par quelles actions');
    await second.send(space, enter);
    await second.waitFor('Terminé');
    expect(await second.exited).toBe(0);

    const folder = join(cwd, 'resokit');
    expect(readdirSync(folder).sort()).toEqual([`plan-action-${date}-anne.md`, `reponses-${date}-anne.yaml`]);
    const answers = parse(readFileSync(join(folder, `reponses-${date}-anne.yaml`), 'utf8'));
    expect(answers.questionSet.language).toBe('fr');
    expect(answers.themes[0].title).toBe('Offre progressive');
    expect(answers.themes[0].answers.map((a: { answer?: string }) => a.answer)).toEqual(['Nous commençons à domicile', 'Une réponse à moitié et terminée']);
    const plan = readFileSync(join(folder, `plan-action-${date}-anne.md`), 'utf8');
    expect(plan).toContain('# Plan d’action pour un travail attentif à la solitude');
    expect(plan).toContain(`**Organisation${nnbsp}:** Le Pont`);
    expect(plan).toContain('Visites à domicile');
    expect(plan).toContain('31 janvier 2027');
  }, 90_000);
});

describe('reports in French', { timeout: e2eTimeout }, () => {
  it('a French file: the plan, the written message and the CSV (;) in French', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'resokit-fr-report-'));
    const written = await resokit(['report', french, '--out', 'plan.md'], { cwd });
    expect(written).toMatchObject({ code: 0, stdout: '', stderr: `Écrit${nnbsp}: plan.md\n` });
    expect(readFileSync(join(cwd, 'plan.md'), 'utf8')).toMatch(/^# Plan d’action/);
    const csv = await resokit(['report', french, '--format', 'csv']);
    expect(csv.stdout).toMatch(/^Thème;Quoi;Qui;/);
    expect(csv.stdout).toContain('Organiser un café des voisins chaque mois;');
    const again = await resokit(['report', french, '--out', 'plan.md'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(new RegExp(`^erreur${nnbsp}: plan\\.md existe déjà`));
  });

  it.each([
    ['fr', '# Rapport', 'Participants', 'Safe space'],
    ['nl', '# Teamrapport', 'Deelnemers', 'Safe space'],
    ['en', '# Team report', 'Participants', 'Safe space'],
  ])('a team of Dutch, English and French files, --lang %s: one report in that language with everyone in it', async (lang, heading, who, theme) => {
    const run = await resokit(['--lang', lang, 'report', dutch, english, french]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toContain(heading);
    expect(run.stdout).toContain(who);
    expect(run.stdout).toContain(theme);
    for (const person of ['An', 'Alex', 'Anne']) expect(run.stdout).toContain(person);
    // Each participant's own answer, whatever its language, under the same question (matched by id).
    expect(run.stdout).toContain('Mostly.');
    expect(run.stdout).toContain('En grande partie, mais pas le mercredi.');
  });
});

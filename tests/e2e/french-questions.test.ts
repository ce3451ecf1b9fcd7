// The French question set (questions/fr/) through the built CLI: themes, show and validate in French,
// with the same ids as the Dutch set (npm run build first).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { e2eTimeout, resokit } from '../support/run-cli.js';

interface ThemesJson {
  questionSet: { id: string; version: string; language: string; title: string };
  groups: Array<{ id: string; title: string; themes: Array<{ id: string; title: string; questions: number }> }>;
}

const ids = (json: ThemesJson) => json.groups.flatMap((g) => g.themes.map((t) => [t.id, t.questions]));

describe('the French question set, end to end', { timeout: e2eTimeout }, () => {
  it('themes --lang fr lists the French titles under French group names', async () => {
    const run = await resokit(['themes', '--lang', 'fr']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Politique (8 thèmes)');
    expect(run.stdout).toContain('Pratique (10 thèmes)');
    expect(run.stdout).toMatch(/^ {2}outreach +Aller-vers \(outreach\), espace public, personnes-relais +3 questions$/m);
    expect(run.stdout).toMatch(/^ {2}verwachtingen-weerbaarheid +Attentes et capacité à s’affirmer \(weerbaarheid\) +3 questions$/m);
    expect(run.stdout).toContain('18 thèmes · 59 questions');
  });

  it('themes --json with RESOKIT_LANG=fr: the French set, the same ids and counts as the Dutch one', async () => {
    const [fr, nl] = await Promise.all([resokit(['themes', '--json'], { env: { RESOKIT_LANG: 'fr' } }), resokit(['themes', '--json'])]);
    const frJson = JSON.parse(fr.stdout) as ThemesJson;
    const nlJson = JSON.parse(nl.stdout) as ThemesJson;
    expect(frJson.questionSet).toMatchObject({ id: 'resokit-reflectievragen', language: 'fr', title: 'Questions de réflexion pour une pratique et une politique contre la solitude' });
    expect(ids(frJson)).toEqual(ids(nlJson));
  });

  it('show --lang fr prints a theme in French, with its notes and resources, typography and all', async () => {
    const run = await resokit(['show', 'werking-buurtvervlechting', '--lang', 'fr']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Ancrage dans le quartier (buurtvervlechting)');
    expect(run.stdout).toContain('Connaissez-vous des acteurs qui font du travail social de l’ombre');
    expect(run.stdout).toContain('Travail social de l’ombre (sociaal schaduwwerk)');
    expect(run.stdout).toContain('https://www.socialevraagstukken.nl/');
    // A question mark keeps its narrow no-break space and never starts a line.
    expect(run.stdout).toContain('\u202f?');
    expect(run.stdout).not.toMatch(/^\s*\?/m);
  });

  it('show --lang fr of an unknown theme is a French error suggesting the closest id', async () => {
    const run = await resokit(['show', 'outreech', '--lang', 'fr']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^erreur\s?: Thème inconnu «.outreech.»\. Vouliez-vous dire «.outreach.»/m);
    expect(run.stderr).not.toMatch(/onbekend|Unknown/i);
  });

  it('validate questions/fr finds no problem, in French', async () => {
    const run = await resokit(['validate', 'questions/fr', '--lang', 'fr']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('18 thèmes et 59 questions dans 3 fichiers vérifiés, aucun problème');
  });

  it('validate --lang fr reports a broken theme file at its line, in French', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'resokit-fr-validate-'));
    writeFileSync(join(dir, 'mes-themes.yaml'), 'themes:\n  - id: mien\n    group: beleid\n    titre: Mien\n    questions:\n      - id: q\n        text: Pourquoi ?\n');
    const run = await resokit(['validate', dir, '--lang', 'fr']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/mes-themes\.yaml:4:5: /);
    expect(run.stdout).toContain('clé inconnue «\u00a0titre\u00a0»');
  });
});

// Texts whose words depend on what they say (a name, a count) or that slipped from the typography
// of the rest, as the built CLI prints them (npm run build first; npm test does it).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { e2eTimeout, resokit } from '../support/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'resokit-texts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('message texts', { timeout: e2eTimeout }, () => {
  it('reflect: --theme with --resume has a typographic apostrophe, as every other “thema’s”', async () => {
    const run = await resokit(['reflect', '--resume', 'tests/fixtures/report/team/an.yaml', '--theme', 'safe-space']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('fout: --theme kan niet samen met --resume: thema’s, naam en organisatie');
    expect(run.stderr).not.toContain("'");
  });

  it('French report: compared with the reflection d’Élodie, de Bob', async () => {
    const anne = readFileSync('tests/fixtures/report/fr/anne.fr.yaml', 'utf8');
    const earlier = (name: string) => {
      const path = join(scratch, `${name}.fr.yaml`);
      writeFileSync(path, anne.replace(/^participant: Anne$/m, `participant: ${name}`));
      return path;
    };
    const compared = async (name: string) => (await resokit(['report', 'tests/fixtures/report/fr/anne.fr.yaml', '--compare', earlier(name)])).stdout;
    expect(await compared('Élodie Dupont')).toContain('Comparé à la réflexion d’Élodie Dupont du ');
    expect(await compared('Bob')).toContain('Comparé à la réflexion de Bob du ');
  });
});

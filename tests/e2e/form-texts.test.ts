// Texts of the form's page that depend on what is in it (a name, a count), in Chromium: the page of
// the built CLI, opened from disk (tests/e2e/support/browser.ts, as tests/e2e/form-browser.test.ts).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr/index.js';
import { nl } from '../../src/i18n/nl/index.js';
import { e2eTimeout, resokit, root } from '../support/run-cli.js';
import { chromiumPath, launchBrowser, type BrowserSession } from './support/browser.js';

const noBrowser = !existsSync(chromiumPath) && process.env.CI !== 'true' && process.getuid?.() !== 0;
if (noBrowser) console.warn('\n*** SKIPPED: the browser tests of the form’s texts (no Chromium at /usr/bin/chromium).\n');

const scratch = mkdtempSync(join(tmpdir(), 'resokit-form-texts-'));
let session: BrowserSession;

beforeAll(async () => {
  if (noBrowser) return;
  session = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await session?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function open(path: string) {
  const context = await session.browser.newContext();
  await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(pathToFileURL(path).href);
  return { context, page };
}

describe.skipIf(noBrowser)('the form’s texts', { timeout: e2eTimeout }, () => {
  it('French elides “de” before a name with a vowel: le travail d’Élodie Dupont', async () => {
    const path = join(scratch, 'questionnaire.html');
    expect((await resokit(['form', '--lang', 'fr', '--out', path])).code).toBe(0);
    const { context, page } = await open(path);
    await page.fill('#participant', 'Élodie Dupont');
    await page.reload();
    expect(await page.textContent('#form-status')).toBe(fr.form.restored('Élodie Dupont'));
    expect(await page.textContent('#form-status')).toMatch(/^Le travail d’Élodie Dupont a été rétabli\./);
    await context.close();
  });

  it('Dutch: one theme of the file that is not in the form “blijft”, in the singular', async () => {
    const path = join(scratch, 'vragenlijst.html');
    expect((await resokit(['form', '--theme', 'safe-space', '--out', path])).code).toBe(0);
    const { context, page } = await open(path);
    // Its two themes: toegankelijkheidsbeleid is not in this form.
    await page.setInputFiles('#open-answers', join(root, 'tests/fixtures/report/team/an.yaml'));
    await expect.poll(() => page.textContent('#files-message')).toContain(nl.form.keptThemes(1));
    expect(await page.textContent('#files-message')).toContain('1 thema uit het bestand staat niet in deze vragenlijst; het blijft ongewijzigd');
    await context.close();
  });
});

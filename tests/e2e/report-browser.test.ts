// The HTML plan and team report of `resokit report` in a real browser, as they are opened from disk
// and printed: no request to anything, no axe violations, and on paper no page that ends with a
// heading or with the line that introduces a table (the table itself on the next page).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resokit, root } from '../support/run-cli.js';
import { axeViolations, chromiumPath, launchBrowser, type BrowserSession } from './support/browser.js';

const noBrowser = !existsSync(chromiumPath) && process.env.CI !== 'true' && process.getuid?.() !== 0;
if (noBrowser) console.warn('\n*** SKIPPED: the browser tests of report HTML (no Chromium). Install it with: sudo apt-get install -y chromium poppler-utils\n');

const scratch = mkdtempSync(join(tmpdir(), 'resokit-report-browser-'));
const team = join(root, 'tests/fixtures/report/team');
let session: BrowserSession;
beforeAll(async () => {
  if (!noBrowser) session = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await session?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe.skipIf(noBrowser)('report HTML in Chromium', { timeout: 60_000 }, () => {
  it.each([
    ['the plan of one file', [join(team, 'an.yaml')]],
    ['the team report', [team]],
  ])('%s: offline, no axe violations, printed without stranded headings', async (name, inputs) => {
    const out = join(scratch, `${name.replace(/\W+/g, '-')}.html`);
    expect((await resokit(['report', '--format', 'html', '--out', out, ...inputs])).code).toBe(0);
    const context = await session.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const url = pathToFileURL(out).href;
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    await page.goto(url);
    expect(requests).toEqual([]);
    const stranded = new Set(
      [...(await page.locator('h1, h2, h3, h4').allTextContents()), ...(await page.locator('p:has(+ table)').allTextContents())].map((t) =>
        t.replace(/\s+/g, ' ').trim(),
      ),
    );
    const pdf = join(scratch, `${name.replace(/\W+/g, '-')}.pdf`);
    await page.pdf({ path: pdf, format: 'A4' });
    const pages = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    const endings = pages.map((p) => p.trim().split('\n').at(-1)!.replace(/\s+/g, ' ').trim());
    expect(endings.filter((line) => stranded.has(line))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

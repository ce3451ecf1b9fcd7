// The form in Chromium, on what a new-user trial found: each test goes the way a person went
// (tests/e2e/form-browser.test.ts has the form's main paths and the helpers' explanation).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswersFile } from '../../src/answers/model.js';
import { fr } from '../../src/i18n/fr/index.js';
import { nl } from '../../src/i18n/nl/index.js';
import { formatDate } from '../../src/text/format-date.js';
import { isoDate } from '../../src/text/parse-date.js';
import { resokit, root } from '../support/run-cli.js';
import { chromiumPath, launchBrowser, type BrowserSession } from './support/browser.js';

const noBrowser = !existsSync(chromiumPath) && process.env.CI !== 'true' && process.getuid?.() !== 0;
const f = nl.form;
const scratch = mkdtempSync(join(tmpdir(), 'resokit-form-trial-'));
const formUrl = pathToFileURL(join(scratch, 'vragenlijst.html')).href;
let session: BrowserSession;

beforeAll(async () => {
  if (noBrowser) return;
  expect((await resokit(['form', '--out', join(scratch, 'vragenlijst.html')])).code).toBe(0);
  session = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await session?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A fresh profile, or a page more in a given one; script errors are collected. */
/** What another tab does arrives through the browser a moment later, later still on a busy machine. */
const eventually = <T>(value: () => Promise<T> | T) => expect.poll(value, { timeout: 15_000 });

async function open(url = formUrl, options: { context?: BrowserContext; width?: number } = {}): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = options.context ?? (await session.browser.newContext({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] }));
  const page = await context.newPage();
  if (options.width) await page.setViewportSize({ width: options.width, height: 800 });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()));
  await page.goto(url);
  return { context, page, problems };
}

async function download(page: Page, to: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('#save-button')]);
  await file.saveAs(to);
  return readFileSync(to, 'utf8');
}

describe.skipIf(noBrowser)('the form after the new-user trial', { timeout: 60_000 }, () => {
  it('the copy box holds the answers as they are now, not the earlier download', async () => {
    const { context, page, problems } = await open();
    await page.fill('#organisation', 'De Brug');
    await page.fill('#participant', 'Eva');
    await page.check('#c0');
    const name = `antwoorden-${isoDate(new Date())}-eva.yaml`;
    const first = await download(page, join(scratch, 'eva.yaml'));
    expect(await page.textContent('#save-message')).toBe(f.savedAs(name));
    expect(await page.inputValue('#copy-text')).toBe(first);

    await page.fill('#a0-0', 'Nieuw na de download');
    await page.click('#copy-button');
    await eventually(() => page.textContent('#copy-message')).toBe(f.copied);
    const copied = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
    expect(copied).toContain('Nieuw na de download');
    expect(await page.inputValue('#copy-text')).toBe(copied);
    // The message no longer says the text below is the download.
    expect(await page.textContent('#save-message')).toBe(f.changedSinceSave(name));
    // What a download would refuse, the copy refuses too, saying why.
    await page.fill('#participant', '');
    await page.click('#copy-button');
    expect(await page.locator('#error-list a').allTextContents()).toEqual([f.participantMissing]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe.skipIf(noBrowser)('the same form open in two tabs', { timeout: 60_000 }, () => {
  /** Until the page's storage holds `text` in someone's work: what a page wrote there. */
  const stored = (page: Page, text: string) =>
    eventually(() =>
      page.evaluate((wanted) => {
        type Store = { length: number; key(i: number): string | null; getItem(key: string): string | null };
        const storage = (globalThis as unknown as { localStorage: Store }).localStorage;
        return Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').some((key) => key.includes(':person:') && storage.getItem(key)!.includes(wanted));
      }, text),
    ).toBe(true);

  /** The answers of every version of the work a page offers (the one it shows, then each other one). */
  const everyVersion = async (page: Page): Promise<string[]> => {
    const answers = async () => Promise.all(['#a0-0', '#a0-1', '#a0-2'].map((field) => page.inputValue(field)));
    const texts = await answers();
    const others = await page.locator('#switch-to option').evaluateAll((options) => options.map((option) => (option as unknown as { value: string }).value));
    for (const other of others) {
      await page.selectOption('#switch-to', other);
      await page.click('#switch-button');
      texts.push(...(await answers()));
    }
    return texts;
  };

  it('loses no answer typed in either, and says in both that it is open twice', async () => {
    const { context, page: first, problems } = await open();
    await first.fill('#participant', 'Gert');
    await first.check('#c0');
    await first.fill('#a0-0', 'Antwoord van Gert');
    await stored(first, 'Antwoord van Gert');
    const second = (await open(formUrl, { context })).page;
    await first.fill('#a0-1', 'Getypt in tab 1');
    await stored(first, 'Getypt in tab 1');
    await eventually(() => second.inputValue('#a0-1')).toBe('Getypt in tab 1');
    await second.fill('#a0-2', 'Getypt in tab 2');
    await stored(second, 'Getypt in tab 2');
    await eventually(() => first.inputValue('#a0-2')).toBe('Getypt in tab 2');
    expect(await first.textContent('#form-status')).toBe(f.openTwice);
    expect(await second.textContent('#form-status')).toBe(f.openTwice);
    await first.close();
    await second.close();

    const again = (await open(formUrl, { context })).page;
    expect(await again.inputValue('#a0-1')).toBe('Getypt in tab 1');
    expect(await again.inputValue('#a0-2')).toBe('Getypt in tab 2');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('both opened before anything was typed: what each typed is kept', async () => {
    const { context, page: first } = await open();
    const second = (await open(formUrl, { context })).page;
    await first.fill('#participant', 'Gert');
    await first.check('#c0');
    await first.fill('#a0-0', 'Getypt in tab 1');
    await stored(first, 'Getypt in tab 1');
    await eventually(() => second.inputValue('#a0-0')).toBe('Getypt in tab 1');
    await second.fill('#a0-1', 'Getypt in tab 2');
    await stored(second, 'Getypt in tab 2');
    // As a rule one person's work in both; when the other tab's write comes late, this tab keeps its
    // own apart: either way nothing is lost.
    await stored(first, 'Getypt in tab 2');
    await first.close();
    await second.close();
    const again = (await open(formUrl, { context })).page;
    const texts = await everyVersion(again);
    expect(texts).toContain('Getypt in tab 1');
    expect(texts).toContain('Getypt in tab 2');
    await context.close();
  });

  it('a storage too full for the list of people does not make a tab keep its work apart from itself', async () => {
    const context = await session.browser.newContext();
    // The list of people after the work is what no longer fits.
    await context.addInitScript({
      content:
        "const set = Storage.prototype.setItem; Storage.prototype.setItem = function (key, value) { if (key.endsWith(':index') && this.getItem(key)) throw new DOMException('full', 'QuotaExceededError'); return set.call(this, key, value); };",
    });
    const { page } = await open(formUrl, { context });
    await page.fill('#participant', 'Gert');
    await page.check('#c0');
    await page.fill('#a0-0', 'Een');
    await stored(page, 'Een');
    await page.fill('#a0-1', 'Twee');
    await eventually(() => page.textContent('#form-status')).toBe(f.storageFull);
    await stored(page, 'Twee');
    const people = await page.evaluate(() => Object.keys((globalThis as unknown as { localStorage: Record<string, string> }).localStorage).filter((key) => key.includes(':person:')));
    expect(people).toHaveLength(1);
    await context.close();
  });

  it('typed in both at once: each tab’s work is kept, the other version one choice away', async () => {
    const { context, page: first } = await open();
    await first.fill('#participant', 'Gert');
    await first.check('#c0');
    await stored(first, 'Gert');
    // The pages' clocks stand still: both changes are typed before either is stored, however slow the machine.
    await context.clock.install();
    const second = (await open(formUrl, { context })).page;
    await first.fill('#a0-1', 'Getypt in tab 1');
    await second.fill('#a0-2', 'Getypt in tab 2');
    await first.clock.runFor(1000);
    await second.clock.runFor(1000);
    // Which tab keeps its work apart depends on whose write the other sees first.
    await eventually(async () => [await first.textContent('#form-status'), await second.textContent('#form-status')]).toContain(f.keptApart);
    expect(await second.inputValue('#a0-2')).toBe('Getypt in tab 2');
    expect(await first.inputValue('#a0-1')).toBe('Getypt in tab 1');
    // Both versions reached the storage before the tabs close (another tab sees its writes a moment later).
    await stored(first, 'Getypt in tab 2');
    await stored(second, 'Getypt in tab 1');
    await first.close();
    await second.close();

    const again = (await open(formUrl, { context })).page;
    const texts = await everyVersion(again);
    expect(texts).toContain('Getypt in tab 1');
    expect(texts).toContain('Getypt in tab 2');
    await context.close();
  });
});

describe.skipIf(noBrowser)('a follow-up in the form', { timeout: 60_000 }, () => {
  it('an action still relevant whose date has passed keeps no date unless a new one is given, as in reflect --previous', async () => {
    const earlier = readFileSync(join(root, 'tests/fixtures/report/team/an.yaml'), 'utf8').replace('due: 2027-01-15', 'due: 2020-05-01');
    writeFileSync(join(scratch, 'vorige.yaml'), earlier);
    const { context, page, problems } = await open();
    await page.setInputFiles('#open-previous', join(scratch, 'vorige.yaml'));
    const folder = page.locator('#previous-list fieldset', { hasText: 'Folder herschrijven' });
    await folder.getByLabel(nl.reflect.previousStatus.open).check();
    const due = folder.locator('[data-field="due"]');
    expect(await due.inputValue()).toBe('');
    expect(await folder.locator('label[data-for="due"]').textContent()).toBe(nl.reflect.previousNewDue(formatDate('2020-05-01', nl.plan)));
    const saved = parse(await download(page, join(scratch, 'opvolging.yaml'))) as AnswersFile;
    const carried = saved.previous!.actions.find((a) => a.what.startsWith('Folder herschrijven'))!;
    expect(carried).toMatchObject({ status: 'open', reviewed: true });
    expect(carried).not.toHaveProperty('due');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe.skipIf(noBrowser)('an answers file of another language', { timeout: 60_000 }, () => {
  const an = readFileSync(join(root, 'tests/fixtures/report/team/an.yaml'), 'utf8');

  it('is not continued in the form of this language: the page says which form continues it', async () => {
    writeFileSync(join(scratch, 'an-en.yaml'), an.replace('language: nl', 'language: en').replace('version: 1.0.0', 'version: 1.1.0'));
    const { context, page, problems } = await open();
    await page.fill('#participant', 'Mijn naam');
    await page.setInputFiles('#open-answers', join(scratch, 'an-en.yaml'));
    await eventually(() => page.textContent('#files-message')).toBe(f.otherLanguage('an-en.yaml', 'en'));
    expect(f.otherLanguage('an-en.yaml', 'en')).toContain('ingevuld in het Engels; deze vragenlijst is in het Nederlands');
    expect(f.otherLanguage('an-en.yaml', 'en')).toContain('resokit form --lang en');
    expect(await page.inputValue('#participant')).toBe('Mijn naam');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a Dutch file in the French form: the same, in French', async () => {
    const path = join(scratch, 'questionnaire-fr.html');
    expect((await resokit(['form', '--lang', 'fr', '--out', path])).code).toBe(0);
    writeFileSync(join(scratch, 'an.yaml'), an);
    const { context, page } = await open(pathToFileURL(path).href);
    await page.setInputFiles('#open-answers', join(scratch, 'an.yaml'));
    await eventually(() => page.textContent('#files-message')).toBe(fr.form.otherLanguage('an.yaml', 'nl'));
    expect(await page.inputValue('#participant')).toBe('');
    await context.close();
  });
});

describe.skipIf(noBrowser)('the form at 320 px', { timeout: 60_000 }, () => {
  it('the sticky progress bar covers no control the keyboard brings into view, backwards or forwards', async () => {
    const { context, page } = await open(formUrl, { width: 320 });
    await page.setViewportSize({ width: 320, height: 600 });
    await page.check('#c11');
    await page.check('#c0');
    /** The focused element's place against the bar's, while the bar is stuck to the top. */
    const covered = () =>
      page.evaluate(() => {
        const doc = (globalThis as unknown as { document: { activeElement: { id: string; getBoundingClientRect(): { top: number } }; getElementById(id: string): { getBoundingClientRect(): { top: number; bottom: number } } } }).document;
        const focused = doc.activeElement;
        const bar = doc.getElementById('progress').getBoundingClientRect();
        const top = focused.getBoundingClientRect().top;
        return bar.top <= 0 && top >= bar.top && top < bar.bottom ? focused.id : undefined;
      });
    const hidden: string[] = [];
    await page.focus('#save-button');
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Shift+Tab');
      const id = await covered();
      if (id !== undefined) hidden.push(id);
    }
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const id = await covered();
      if (id !== undefined) hidden.push(id);
    }
    expect(hidden).toEqual([]);
    await context.close();
  });

  it('a long action text (a link) wraps: no sideways scrolling, the focus list shows all of it', async () => {
    const { context, page } = await open(formUrl, { width: 320 });
    await page.check('#c0');
    await page.click('#add0');
    const link = 'https://www.example.org/een/heel/lange/link/naar/een/pagina/over/eenzaamheid/en/onthaal?met=parameters';
    await page.locator('[data-field="what"]').fill(link);
    const label = page.locator('#focus-list label');
    await eventually(() => label.textContent()).toContain(link);
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(320);
    const box = (await label.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await context.close();
  });
});

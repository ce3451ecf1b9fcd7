// The form in a real browser: Debian's Chromium, headless, driven by playwright-core
// (tests/e2e/support/browser.ts). The page is opened from disk, as a participant opens a mailed file.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswersFile } from '../../src/answers/model.js';
import { schemaValidator } from '../../src/content/schema-validators.js';
import { nl } from '../../src/i18n/nl/index.js';
import { isoDate } from '../../src/text/parse-date.js';
import { e2eTimeout, resokit, root } from '../support/run-cli.js';
import { runInPty, keys } from '../support/pty.js';
import { axeViolations, chromiumPath, launchBrowser, type BrowserSession } from './support/browser.js';

/**
 * Without Chromium, on a developer's machine where it cannot be installed (not root), these tests
 * are skipped, loudly; in CI (CI=true) and as root, launchBrowser installs it or fails.
 */
const noBrowser = !existsSync(chromiumPath) && process.env.CI !== 'true' && process.getuid?.() !== 0;
if (noBrowser) {
  console.warn(
    '\n*** SKIPPED: the browser tests of resokit form (no Chromium at /usr/bin/chromium).\n*** Install it with: sudo apt-get install -y chromium poppler-utils\n',
  );
}

const f = nl.form;
const scratch = mkdtempSync(join(tmpdir(), 'resokit-form-browser-'));
const formPath = join(scratch, 'vragenlijst.html');
const formUrl = pathToFileURL(formPath).href;
const reflectFile = join(root, 'tests/fixtures/report/team/an.yaml');
const validAnswers = (file: unknown) => schemaValidator('answers')(file);
let session: BrowserSession;

beforeAll(async () => {
  if (noBrowser) return;
  const made = await resokit(['form', '--out', formPath]);
  expect(made.code).toBe(0);
  session = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await session?.close();
  rmSync(scratch, { recursive: true, force: true });
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Every request the page made, the page itself excepted. */
  requests: string[];
  /** Script errors, CSP refusals included, and dialogs opened by anything but leaving the page. */
  problems: string[];
}

/** The form in a fresh profile (its own storage), with every request to anywhere refused and noted. */
async function open(url = formUrl, options: { bypassCSP?: boolean; context?: BrowserContext; width?: number } = {}): Promise<Opened> {
  const context = options.context ?? (await session.browser.newContext({ acceptDownloads: true, bypassCSP: options.bypassCSP ?? false }));
  const page = await context.newPage();
  if (options.width) await page.setViewportSize({ width: options.width, height: 800 });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  // Leaving the page with changes asks first (a reload in a test leaves it): yes, leave.
  page.on('dialog', (dialog) => {
    if (dialog.type() !== 'beforeunload') problems.push(`dialog: ${dialog.message()}`);
    void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss());
  });
  await page.goto(url);
  return { context, page, requests, problems };
}

/** The position of a theme in the form (its fields' ids count from 0). */
const indexOf = async (page: Page, id: string) =>
  (JSON.parse((await page.textContent('#resokit-form-data'))!) as { themes: Array<{ id: string }> }).themes.findIndex((t) => t.id === id);
const focused = (page: Page) => page.locator(':focus').getAttribute('id');

/** Two themes filled in as a person does it with the keyboard alone. */
async function fillTwoThemes(page: Page): Promise<{ safe: number; outreach: number }> {
  const safe = await indexOf(page, 'safe-space');
  const outreach = await indexOf(page, 'outreach');
  await page.focus('#organisation');
  await page.keyboard.type('Buurtwerk De Brug vzw');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('participant');
  await page.keyboard.type('An Peeters');
  for (const t of [safe, outreach]) {
    await page.focus(`#c${t}`);
    await page.keyboard.press('Space');
  }
  const questions = await page.locator(`#t${safe} textarea`).count();
  for (let q = 0; q < questions; q++) {
    if (q === 1) {
      await page.focus(`#s${safe}-${q}`);
      await page.keyboard.press('Space');
      continue;
    }
    await page.focus(`#a${safe}-${q}`);
    await page.keyboard.type(q === 0 ? 'Ons onthaal is warm.\nMaar niet op zaterdag.' : `Antwoord ${q + 1}`);
  }
  await page.focus(`#d${safe}-0`);
  await page.keyboard.press('Space');
  await page.focus(`#r${safe}-on-track`);
  await page.keyboard.press('Space');
  await page.focus(`#i${safe}-unknown`);
  await page.keyboard.press('Space');
  await page.focus(`#add${safe}`);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Een vaste onthaalpersoon op zaterdag');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Mira');
  await page.keyboard.press('Tab');
  await page.keyboard.type('31/1/2030');
  await page.keyboard.press('Tab');
  await page.focus(`#a${outreach}-0`);
  await page.keyboard.type('We gaan naar het plein.');
  await page.focus('#focus-list input');
  await page.keyboard.press('Space');
  return { safe, outreach };
}

/** "Bewaar mijn antwoorden", by keyboard; the downloaded file and its name. */
async function download(page: Page, to: string): Promise<{ name: string; text: string }> {
  await page.focus('#save-button');
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  await file.saveAs(to);
  return { name: file.suggestedFilename(), text: readFileSync(to, 'utf8') };
}

describe.skipIf(noBrowser)('resokit form in Chromium', { timeout: 60_000 }, () => {
  it('is filled in by keyboard, kept over a reload, and downloaded as a file report reads', async () => {
    const { page, context, requests, problems } = await open();
    const { safe } = await fillTwoThemes(page);
    await expect.poll(() => page.textContent('#progress-text')).toContain('van 8 vragen beantwoord of overgeslagen, in 2 thema’s');

    await page.reload();
    expect(await page.textContent('#form-status')).toBe(f.restored('An Peeters'));
    expect(await page.inputValue('#organisation')).toBe('Buurtwerk De Brug vzw');
    expect(await page.inputValue(`#a${safe}-0`)).toBe('Ons onthaal is warm.\nMaar niet op zaterdag.');
    expect(await page.isChecked(`#s${safe}-1`)).toBe(true);
    expect(await page.isChecked(`#r${safe}-on-track`)).toBe(true);
    expect(await page.inputValue('[data-field="due"]')).toBe('31/1/2030');
    expect(await page.isChecked('#focus-list input')).toBe(true);

    const saved = await download(page, join(scratch, 'an.yaml'));
    expect(saved.name).toBe(`antwoorden-${isoDate(new Date())}-an-peeters.yaml`);
    const answers = parse(saved.text) as AnswersFile;
    expect(validAnswers(answers)).toBe(true);
    expect(answers).toMatchObject({ organisation: 'Buurtwerk De Brug vzw', participant: 'An Peeters', status: 'in-progress' });
    expect(answers.themes.map((t) => t.id)).toEqual(['safe-space', 'outreach']);
    expect(answers.themes[0]!.actions[0]).toMatchObject({ what: 'Een vaste onthaalpersoon op zaterdag', who: 'Mira', due: '2030-01-31', priority: 'medium', status: 'open' });
    expect(answers.focus).toEqual([answers.themes[0]!.actions[0]!.id]);
    // The copy to paste in an e-mail, should the download not arrive.
    expect(await page.inputValue('#copy-text')).toBe(saved.text);

    const report = await resokit(['report', join(scratch, 'an.yaml')]);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Ons onthaal is warm.');
    expect(report.stdout).toContain('Een vaste onthaalpersoon op zaterdag');

    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows errors next to the fields and in a summary on Save; nothing is downloaded', async () => {
    const { page, context, problems } = await open();
    let downloads = 0;
    page.on('download', () => downloads++);
    const safe = await indexOf(page, 'safe-space');
    await page.focus('#save-button');
    await page.keyboard.press('Enter');
    const summary = page.locator('#error-summary');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await page.locator('#error-list a').allTextContents()).toEqual([f.organisationMissing, f.participantMissing, f.noThemeChosen]);
    expect(await page.getAttribute('#organisation', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#organisation', 'aria-describedby')).toContain('organisation-error');
    expect(await page.textContent('#organisation-error')).toBe(f.organisationMissing);
    // A link in the summary takes the keyboard to the field.
    await page.focus('#error-list a');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('organisation');

    // An impossible date is told about when the field is left.
    await page.check(`#c${safe}`);
    await page.click(`#add${safe}`);
    const due = page.locator('[data-field="due"]');
    await due.fill('31/02/2030');
    await due.press('Tab');
    const dueId = (await due.getAttribute('id'))!;
    expect(await page.textContent(`#${dueId}-error`)).toBe(nl.reflect.dueInvalid);
    expect(await due.getAttribute('aria-describedby')).toBe(`${dueId}-error`);

    // More than three focus actions.
    for (let i = 0; i < 4; i++) {
      if (i > 0) await page.click(`#add${safe}`);
      await page.locator('[data-field="what"]').nth(i).fill(`Actie ${i + 1}`);
    }
    for (const box of await page.locator('#focus-list input').all()) await box.check();
    expect(await page.textContent('#focus-error')).toBe(f.focusAtMostThree);
    await page.fill('#organisation', 'De Brug');
    await page.fill('#participant', 'An');
    await page.click('#save-button');
    expect(await page.locator('#error-list a').allTextContents()).toEqual([nl.reflect.dueInvalid, f.focusAtMostThree]);
    expect(downloads).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('adds and removes actions; a removed action leaves the focus', async () => {
    const { page, context, problems } = await open();
    const safe = await indexOf(page, 'safe-space');
    await page.check(`#c${safe}`);
    for (const what of ['Eerste actie', 'Tweede actie']) {
      await page.focus(`#add${safe}`);
      await page.keyboard.press('Enter');
      await page.keyboard.type(what);
    }
    for (const box of await page.locator('#focus-list input').all()) await box.check();
    await page.getByRole('button', { name: f.removeAction(1) }).press('Enter');
    expect(await focused(page)).toBe(`add${safe}`);
    expect(await page.locator(`#x${safe} legend`).allTextContents()).toEqual([f.action(1)]);
    expect(await page.locator('[data-field="what"]').inputValue()).toBe('Tweede actie');
    expect(await page.locator('#focus-list label').allTextContents()).toEqual(['Tweede actie (Safe space)']);
    expect(await page.isChecked('#focus-list input')).toBe(true);
    await page.fill('#organisation', 'De Brug');
    await page.fill('#participant', 'An');
    const saved = parse((await download(page, join(scratch, 'removed.yaml'))).text) as AnswersFile;
    expect(saved.themes[0]!.actions.map((a) => a.what)).toEqual(['Tweede actie']);
    expect(saved.focus).toEqual([saved.themes[0]!.actions[0]!.id]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('has no axe violations: empty, filled, and showing errors', async () => {
    const { page, context } = await open(formUrl, { bypassCSP: true });
    expect(await axeViolations(page)).toEqual([]);
    await fillTwoThemes(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#participant', '');
    await page.locator('[data-field="due"]').fill('99/99/2030');
    await page.click('#save-button');
    await expect.poll(() => page.locator('#error-summary').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('groups every radio button in a fieldset with a legend, none chosen beforehand', async () => {
    const { page, context } = await open();
    const loose = await page
      .locator('input[type="radio"]')
      .evaluateAll((radios) => radios.filter((radio) => !radio.closest('fieldset')?.querySelector(':scope > legend')?.textContent?.trim()).map((radio) => radio.id));
    expect(loose).toEqual([]);
    expect(await page.locator('input[type="radio"]').count()).toBe(18 * 9);
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(0);
    await context.close();
  });

  it('fits 320 px without sideways scrolling', async () => {
    const { page, context } = await open(formUrl, { width: 320 });
    await fillTwoThemes(page);
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(320);
    // The keyboard's place is visible: a thick outline on what has the focus.
    await page.focus('#organisation');
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).outlineWidth)).toBe('3px');
    await context.close();
  });

  it('keeps each person’s work apart on one computer', async () => {
    const context = await session.browser.newContext({ acceptDownloads: true });
    const { page } = await open(formUrl, { context });
    await page.fill('#participant', 'An');
    await page.fill('#organisation', 'De Brug');
    await page.click('#new-participant');
    expect(await page.textContent('#form-status')).toBe(f.started);
    expect(await page.inputValue('#participant')).toBe('');
    // A fresh start that nobody typed in leaves no empty participant behind.
    await page.reload();
    expect(await page.inputValue('#participant')).toBe('An');
    expect(await page.locator('#people').isHidden()).toBe(true);
    await page.click('#new-participant');
    await page.fill('#participant', 'Bob');
    await page.reload();
    expect(await page.inputValue('#participant')).toBe('Bob');
    await page.selectOption('#switch-to', { label: 'An' });
    await page.click('#switch-button');
    expect(await page.inputValue('#participant')).toBe('An');
    expect(await page.inputValue('#organisation')).toBe('De Brug');
    await page.selectOption('#switch-to', { label: 'Bob' });
    await page.click('#switch-button');
    expect(await page.inputValue('#participant')).toBe('Bob');
    await context.close();
  });

  it('asks before leaving with changes that are in no downloaded file, and not once they are', async () => {
    const { page, context } = await open();
    await page.focus('#organisation');
    await page.keyboard.type('De Brug');
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    expect((await asked).type()).toBe('beforeunload');

    const second = await open(formUrl, { context });
    await second.page.fill('#participant', 'An');
    await second.page.check('#c0');
    await download(second.page, join(scratch, 'left.yaml'));
    // Reopened later: the download holds everything, so leaving asks nothing.
    await second.page.reload();
    // A click that changes nothing: Chromium asks before leaving only a page someone used.
    await second.page.click('h1');
    let dialogs = 0;
    second.page.on('dialog', () => dialogs++);
    const closed = second.page.waitForEvent('close');
    await second.page.close({ runBeforeUnload: true });
    await closed;
    expect(dialogs).toBe(0);
    await context.close();
  });

  it('says so when the browser can keep nothing, and still works', async () => {
    const context = await session.browser.newContext({ acceptDownloads: true });
    // As in a private window or Safari on file://: touching the storage throws.
    await context.addInitScript({ content: "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('no storage', 'SecurityError'); } });" });
    const { page } = await open(formUrl, { context });
    expect(await page.textContent('#form-status')).toBe(f.noStorage);
    await fillTwoThemes(page);
    const saved = await download(page, join(scratch, 'no-storage.yaml'));
    expect(validAnswers(parse(saved.text))).toBe(true);
    await context.close();
  });

  it('continues a file written by reflect; a team report with it equals one of the reflect files', async () => {
    const { page, context, problems } = await open();
    await page.setInputFiles('#open-answers', reflectFile);
    await expect.poll(() => page.textContent('#files-message')).toContain(f.opened('an.yaml', 'An Peeters'));
    const saved = await download(page, join(scratch, 'an-form.yaml'));
    const original = parse(readFileSync(reflectFile, 'utf8')) as AnswersFile;
    const again = parse(saved.text) as AnswersFile;
    expect(again.themes).toEqual(original.themes);
    expect({ ...again, updated: original.updated, created: original.created }).toEqual(original);
    // Saved today, the form's file has today's date; with the reflect file's dates, the team
    // report of the form's file and bob's is that of an's and bob's.
    const dated = saved.text.replace(/^updated: .*$/m, `updated: ${original.updated}`).replace(/^created: .*$/m, `created: ${original.created}`);
    writeFileSync(join(scratch, 'an-form-dated.yaml'), dated);
    const bob = join(root, 'tests/fixtures/report/team/bob.yaml');
    const fromForm = await resokit(['report', join(scratch, 'an-form-dated.yaml'), bob]);
    const fromReflect = await resokit(['report', reflectFile, bob]);
    expect(fromForm.code).toBe(0);
    expect(fromForm.stdout).toBe(fromReflect.stdout);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a file it saved half done is continued by reflect --resume at the first open question', async () => {
    const { page, context } = await open();
    await fillTwoThemes(page);
    const path = join(scratch, 'half.yaml');
    await download(page, path);
    await context.close();
    const s = runInPty(['reflect', '--resume', path], { cwd: scratch });
    await s.waitFor('Verder met');
    // Safe space was filled in completely; Outreach has only its first answer: reflect goes on
    // at Outreach's second question.
    const outreach = (parse(readFileSync(path, 'utf8')) as AnswersFile).themes[1]!;
    await s.waitFor(outreach.answers[1]!.question.slice(0, 40));
    expect(s.text()).not.toContain(nl.reflect.ratingQuestion('Safe space'));
    await s.send(keys.ctrlC);
    expect(await s.exited).toBe(130);
  });

  it('follows up last time’s actions, keeping their ids', async () => {
    const { page, context } = await open();
    await page.setInputFiles('#open-previous', reflectFile);
    const original = parse(readFileSync(reflectFile, 'utf8')) as AnswersFile;
    const carried = [...original.themes.flatMap((t) => t.actions.filter((a) => a.status !== 'dropped')), ...(original.previous?.actions ?? []).filter((a) => a.status === 'open')];
    await expect.poll(() => page.locator('#previous-list fieldset').count()).toBe(carried.length);
    expect(await page.inputValue('#participant')).toBe(original.participant);
    await page.check(`#carried-${carried[0]!.id}-done`);
    await page.check(`#carried-${carried[1]!.id}-open`);
    await page.fill(`#carried-${carried[1]!.id}-due`, '1/6/2031');
    // Still relevant, the date emptied: no date.
    await page.check(`#carried-${carried[2]!.id}-open`);
    await page.fill(`#carried-${carried[2]!.id}-due`, '');
    for (const action of carried.slice(3)) await page.check(`#carried-${action.id}-dropped`);
    const saved = parse((await download(page, join(scratch, 'follow-up.yaml'))).text) as AnswersFile;
    expect(saved.previous!.actions.map((a) => a.id)).toEqual(carried.map((a) => a.id));
    expect(saved.previous!.actions[0]).toMatchObject({ status: 'done', reviewed: true });
    expect(saved.previous!.actions[1]).toMatchObject({ status: 'open', reviewed: true, due: '2031-06-01' });
    expect(saved.previous!.actions[2]).toMatchObject({ status: 'open', reviewed: true });
    expect(saved.previous!.actions[2]).not.toHaveProperty('due');
    expect(validAnswers(saved)).toBe(true);
    await context.close();

    // A round made with the form follows the round made with reflect (issue 11): history matches the
    // actions by the ids the form kept.
    const rounds = mkdtempSync(join(tmpdir(), 'resokit-form-rounds-'));
    mkdirSync(join(rounds, 'voorjaar'));
    mkdirSync(join(rounds, 'najaar'));
    copyFileSync(reflectFile, join(rounds, 'voorjaar', 'an.yaml'));
    copyFileSync(join(scratch, 'follow-up.yaml'), join(rounds, 'najaar', 'an.yaml'));
    const history = await resokit(['history', 'najaar', 'voorjaar', '--format', 'json'], { cwd: rounds });
    expect(history.code).toBe(0);
    const lifecycle = (JSON.parse(history.stdout) as { actions: Array<{ what: string; steps: Array<{ round: number; status: string; claims: Array<{ match: string }> }> }> }).actions;
    const followed = (id: number) => lifecycle.find((a) => a.what === carried[id]!.what)!.steps.find((step) => step.round === 1)!;
    expect(followed(0)).toMatchObject({ status: 'done', claims: [{ match: 'id' }] });
    expect(followed(1)).toMatchObject({ status: 'open', claims: [{ match: 'id' }] });
  });

  it('a hostile or foreign answers file changes nothing and runs nothing', async () => {
    const { page, context, problems } = await open();
    await page.fill('#participant', 'Mijn naam');
    const foreign = join(scratch, 'foreign.yaml');
    writeFileSync(foreign, 'name: not an answers file\n');
    await page.setInputFiles('#open-answers', foreign);
    await expect.poll(() => page.textContent('#files-message')).toBe(f.notAnswers('foreign.yaml'));
    expect(await page.inputValue('#participant')).toBe('Mijn naam');

    const original = readFileSync(reflectFile, 'utf8');
    const hostile = original
      .replace(/^participant: .*$/m, 'participant: "<script>alert(1)</script>"')
      .replace(/^organisation: .*$/m, 'organisation: "<img src=x onerror=alert(2)>"')
      .replace(/what: .*$/m, 'what: "javascript:alert(3)"');
    const path = join(scratch, 'hostile.yaml');
    writeFileSync(path, hostile);
    await page.setInputFiles('#open-answers', path);
    await expect.poll(() => page.inputValue('#participant')).toBe('<script>alert(1)</script>');
    expect(await page.inputValue('#organisation')).toBe('<img src=x onerror=alert(2)>');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('javascript:alert(3)');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('prints as a worksheet: no buttons, no page ending with a heading', async () => {
    const { page, context } = await open();
    await fillTwoThemes(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#save-button').isVisible()).toBe(false);
    const pdf = join(scratch, 'form.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    const headings = new Set(
      (await page.locator('h1, h2, h3, h4, legend').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean),
    );
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(2);
    const endings = pages.map((p) => p.trim().split('\n').at(-1)!.replace(/\s+/g, ' ').trim());
    expect(endings.filter((line) => headings.has(line))).toEqual([]);
    expect(text).toContain('Ons onthaal is warm.');
    expect(text).not.toContain(f.addAction);
    await context.close();
  });
});

describe.skipIf(noBrowser)('the English form', { timeout: e2eTimeout }, () => {
  it('is English through and through, and its file records the language', async () => {
    const path = join(scratch, 'questionnaire.html');
    expect((await resokit(['form', '--lang', 'en', '--theme', 'safe-space', '--org', 'De Brug', '--out', path])).code).toBe(0);
    const { page, context } = await open(pathToFileURL(path).href);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.inputValue('#organisation')).toBe('De Brug');
    await page.fill('#participant', 'Sam');
    const saved = await download(page, join(scratch, 'sam.yaml'));
    expect(saved.name).toBe(`answers-${isoDate(new Date())}-sam.yaml`);
    expect(parse(saved.text)).toMatchObject({ questionSet: { language: 'en' }, themes: [{ id: 'safe-space' }] });
    await context.close();
  });
});

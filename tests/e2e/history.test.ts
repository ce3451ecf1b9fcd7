// `resokit history` and `report --compare` against a team, as a user runs them: the built CLI
// (npm run build first), every error path, and the HTML in a real browser with axe.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, type BrowserSession } from './support/browser.js';
import { keys, runInPty } from '../support/pty.js';
import { e2eTimeout, resokit, root } from '../support/run-cli.js';

const rounds = 'tests/fixtures/history';
const [spring, autumn, next] = ['2026-voorjaar', '2026-najaar', '2027-voorjaar'].map((r) => `${rounds}/${r}`) as [string, string, string];
const scratch = mkdtempSync(join(tmpdir(), 'resokit-history-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('resokit history', { timeout: e2eTimeout }, () => {
  it('prints the history in Markdown, rounds sorted by date whatever the order given', async () => {
    const run = await resokit(['history', next, spring, autumn]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(readFileSync(join(root, rounds, 'golden/history.nl.md'), 'utf8'));
    expect((await resokit(['history', spring, autumn, next])).stdout).toBe(run.stdout);
  });

  it('takes quoted globs as rounds', async () => {
    const run = await resokit(['history', `${spring}/*.yaml`, `${autumn}/*.yaml`, `${next}/*.yaml`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('| 2026-najaar | 6 oktober 2026 | 5 | erbij: Frank; niet meer: Eva |');
  });

  it('a quoted glob of folders is one round per folder, as the help’s example and PowerShell/cmd give it', async () => {
    const cwd = mkdtempSync(join(scratch, 'folders-'));
    for (const round of [spring, autumn, next]) cpSync(join(root, round), join(cwd, 'reflecties', round.split('/').at(-1)!), { recursive: true });
    const out = join(cwd, 'verloop.html');
    const spring2 = await resokit(['history', 'reflecties/*-voorjaar/', '--format', 'html', '--out', out], { cwd });
    expect(spring2.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('2026-voorjaar (11 maart 2026), 2027-voorjaar (16 maart 2027)');
    const all = await resokit(['history', 'reflecties/*/'], { cwd });
    expect(all).toMatchObject({ code: 0, stderr: '' });
    expect(all.stdout).toBe((await resokit(['history', 'reflecties/2026-voorjaar/', 'reflecties/2026-najaar/', 'reflecties/2027-voorjaar/'], { cwd })).stdout);
    const none = await resokit(['history', 'reflecties/*-zomer/', 'reflecties/2026-najaar/'], { cwd });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('reflecties/*-zomer/: geen enkele map past bij dit patroon\n');
  });

  it('--format and --out as report: html, json, csv', async () => {
    const out = join(scratch, 'verloop.html');
    const run = await resokit(['history', spring, autumn, next, '--out', out]);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toContain('verloop.html');
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(root, rounds, 'golden/history.nl.html'), 'utf8'));
    const json = JSON.parse((await resokit(['history', spring, autumn, next, '--format', 'json'])).stdout);
    expect(json).toMatchObject({ format: 'resokit-history/1', language: 'nl' });
    expect(json.rounds.map((r: { label: string }) => r.label)).toEqual(['2026-voorjaar', '2026-najaar', '2027-voorjaar']);
    const csv = (await resokit(['history', spring, autumn, next, '--format', 'csv', '--bom'])).stdout;
    expect(csv.startsWith('\uFEFFThema;Wat;Voorgesteld;2026-voorjaar;2026-najaar;2027-voorjaar;')).toBe(true);
    expect((await resokit(['history', spring, autumn, next, '--out', out])).code).toBe(2);
  });

  it('--anonymous names nobody, --lang en speaks English', async () => {
    const run = await resokit(['--lang', 'en', 'history', '--anonymous', spring, autumn, next]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# History over the rounds\n/);
    for (const name of ['An Peeters', 'Eva', 'Frank', 'tests/fixtures']) expect(run.stdout).not.toContain(name);
  });

  const broken = join(scratch, 'broken');
  beforeAll(() => {
    mkdirSync(join(broken, 'leeg'), { recursive: true });
    mkdirSync(join(broken, 'plannen'), { recursive: true });
    writeFileSync(join(broken, 'plannen', 'actieplan.md'), '# plan\n');
    cpSync(join(root, spring), join(broken, 'kopie-voorjaar'), { recursive: true });
    cpSync(join(root, autumn), join(broken, 'ongeldig'), { recursive: true });
    writeFileSync(join(broken, 'ongeldig', 'bob.yaml'), 'format: resokit-answers/2\nthemes: [\n');
  });

  it.each([
    ['a single file (an unquoted glob the shell expanded)', () => [`${spring}/an.yaml`, `${spring}/bob.yaml`], /an\.yaml: één bestand is geen ronde\. Waarschijnlijk heeft de shell een glob zonder aanhalingstekens uitgevouwen/],
    ['a missing folder', () => ['bestaat-niet/', spring], /^bestaat-niet\/: kan deze ronde niet lezen: /m],
    ['an empty round', () => [join(broken, 'leeg'), spring], /leeg: lege ronde, er zijn geen bestanden/],
    ['a glob that matches nothing', () => [`${spring}/*.yml`, autumn], /\*\.yml: lege ronde/],
    ['a folder with no answers files', () => [join(broken, 'plannen'), spring], /plannen: geen antwoordenbestanden \(\.yaml\) in deze map/],
    ['an invalid file, at file:line:col', () => [join(broken, 'ongeldig'), spring], /ongeldig\/bob\.yaml:\d+:\d+: /],
    ['the same file in two rounds', () => [spring, `${spring}/a*.yaml`], /an\.yaml staat in meer dan één ronde/],
    ['the same folder twice', () => [spring, spring], new RegExp(`^${spring}/? is twee keer opgegeven als ronde; geef elke ronde één keer$`, 'm')],
    ['a folder and its glob', () => [spring, `./${spring}/*.yaml`], /zijn dezelfde ronde \(dezelfde bestanden\), twee keer opgegeven; geef elke ronde één keer$/m],
    ['two rounds with the same date', () => [spring, join(broken, 'kopie-voorjaar')], /hebben dezelfde datum \(2026-03-11/],
  ])('%s: exit 2, said clearly, no stack trace', async (_name, args, message) => {
    const run = await resokit(['history', ...args()]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/fout: \d+ (probleem|problemen) met de rondes; er is niets gemaakt/);
    expect(run.stderr).not.toContain('\n    at ');
  });

  it('warns per round as report does: the same participant twice, two organisations; the history is made', async () => {
    const cwd = mkdtempSync(join(scratch, 'warnings-'));
    cpSync(join(root, autumn), join(cwd, 'najaar'), { recursive: true });
    cpSync(join(root, autumn, 'an.yaml'), join(cwd, 'najaar', 'an-2.yaml'));
    const bob = join(cwd, 'najaar', 'bob.yaml');
    writeFileSync(bob, readFileSync(bob, 'utf8').replace('organisation: Buurtwerk De Brug vzw', 'organisation: Maison de quartier'));
    const run = await resokit(['history', join(root, spring), 'najaar'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'let op: najaar: An Peeters staat in meer dan één bestand (najaar/an-2.yaml, najaar/an.yaml); alle bestanden tellen mee\n' +
        'let op: najaar: deze bestanden komen van 2 organisaties: Buurtwerk De Brug vzw (najaar/an-2.yaml, najaar/an.yaml, najaar/chris.yaml, najaar/dana.yaml en najaar/frank.yaml) en Maison de quartier (najaar/bob.yaml). Eén ronde hoort bij één team van één organisatie; kijk na of de juiste bestanden in de ronde staan.\n',
    );
  });

  it('names the subfolders of a round folder it does not read (as report, which reads a folder’s own files)', async () => {
    const cwd = mkdtempSync(join(scratch, 'subfolders-'));
    cpSync(join(root, autumn), join(cwd, 'najaar'), { recursive: true });
    mkdirSync(join(cwd, 'najaar', 'extra'));
    cpSync(join(root, spring, 'eva.yaml'), join(cwd, 'najaar', 'extra', 'eva.yaml'));
    mkdirSync(join(cwd, 'najaar', 'oud'));
    const run = await resokit(['history', join(root, spring), 'najaar'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'let op: najaar: de submappen extra en oud worden niet gelezen; een ronde is de .yaml-bestanden van één map (is een submap een ronde, geef ze dan apart op)\n',
    );
  });

  it('reports every problem at once', async () => {
    const run = await resokit(['history', join(broken, 'leeg'), join(broken, 'plannen'), `${spring}/an.yaml`, 'bestaat-niet/']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('fout: 4 problemen met de rondes; er is niets gemaakt');
  });

  it('one round only: exit 2, pointing at report', async () => {
    const run = await resokit(['history', spring]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain('resokit report <map>');
  });
});

describe('a round made the real way: reflect --previous in a terminal', () => {
  it('the action carried over by its id is followed in the history', async () => {
    const cwd = mkdtempSync(join(scratch, 'pty-'));
    const s = runInPty(['reflect', '--previous', join(root, spring, 'chris.yaml'), '--theme', 'safe-space'], { cwd });
    await s.waitFor('Naam van je organisatie: (Buurtwerk De Brug vzw)');
    await s.send(keys.enter);
    await s.waitFor('Jouw naam: (Chris)');
    await s.send(keys.enter);
    await s.waitFor('Vorming signalen van eenzaamheid herkennen');
    // Gedaan is the first choice.
    await s.send(keys.enter);
    await s.waitFor('vraag 1/');
    await s.send(keys.ctrlC);
    expect(await s.exited).toBe(130);
    const made = readdirSync(join(cwd, 'resokit')).filter((name) => name.endsWith('.yaml'));
    expect(made).toHaveLength(1);
    const round = join(cwd, 'nu');
    mkdirSync(round);
    cpSync(join(cwd, 'resokit', made[0]!), join(round, made[0]!));
    const run = await resokit(['history', spring, round]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/\| Vorming signalen van eenzaamheid herkennen \| Safe space \| voorgesteld \| gedaan \|/);
    expect(run.stdout).toContain('nu: gedaan volgens Chris (herkend aan het id)');
  }, 30_000);
});

describe('resokit report --compare against an earlier team', { timeout: e2eTimeout }, () => {
  it('a folder: per theme then and now, the verdict, the earlier actions, who joined or was renamed', async () => {
    const run = await resokit(['report', next, '--compare', autumn]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('## Sinds de vorige ronde');
    expect(run.stdout).toMatch(/\| Bespreekbaarheid \| [^|]+ \| [^|]+ \| eerste stappen gezet → goed op weg \| 0,5 → 0,4 \| vooruit \|/);
    expect(run.stdout).toContain('Andere naam (herkend aan hun acties): Chris heet nu Chris Claes.');
    expect(run.stdout).toContain('| Safe space | Vorming signalen van eenzaamheid herkennen | Chris | – | gedaan | gedaan volgens Chris Claes (herkend aan het id) |');
  });

  it('repeatable, and a quoted glob works as a folder does', async () => {
    const folder = await resokit(['report', autumn, '--compare', spring]);
    const glob = await resokit(['report', autumn, '--compare', `${spring}/a*.yaml`, '--compare', `${spring}/[!a]*.yaml`.replace('[!a]*', '*')]);
    expect(folder.stdout).toContain('Erbij gekomen: Frank.');
    expect(folder.stdout).toContain('Niet meer bij: Eva.');
    expect(glob.code).toBe(0);
    expect(glob.stdout).toContain('## Sinds de vorige ronde');
  });

  it('the same earlier folder given twice counts once, with a warning as for today’s files', async () => {
    const once = await resokit(['report', next, '--compare', autumn]);
    for (const second of [autumn, `./${autumn}`]) {
      const twice = await resokit(['report', next, '--compare', autumn, '--compare', second]);
      expect(twice.code).toBe(0);
      expect(twice.stdout).toBe(once.stdout);
      expect(twice.stderr).toContain(`let op: ${autumn}/an.yaml is meer dan eens opgegeven; het telt één keer mee\n`);
    }
  });

  it('--anonymous does not say who joined or left', async () => {
    const run = await resokit(['report', '--anonymous', autumn, '--compare', spring]);
    expect(run.code).toBe(0);
    // Participants only: what someone typed as an action's owner is the action's text.
    expect(run.stdout).not.toContain('Niet meer bij');
    expect(run.stdout).not.toContain('Wie kwam erbij');
    expect(run.stdout).toContain('Deelnemer 5');
  });

  it('json: the team comparison validates against schemas/report.schema.json (precompiled)', async () => {
    const json = JSON.parse((await resokit(['report', '--format', 'json', next, '--compare', autumn])).stdout);
    const validators = createRequire(import.meta.url)(join(root, 'dist', 'validators', 'report.cjs')) as Record<string, ((data: unknown) => boolean) & { errors?: unknown }>;
    const validate = validators.report!;
    expect(validate(json) ? [] : validate.errors).toEqual([]);
    expect(json.teamComparison.themes.find((t: { themeId: string }) => t.themeId === 'bespreekbaarheid').verdict).toMatchObject({ median: 'forward', agreement: 'same' });
    expect(json.teamComparison.earlierActions.map((a: { status: string }) => a.status)).toEqual(['dropped', 'open', 'done']);
  });

  it('an unquoted glob spilled into today’s files: exit 2, saying to give the folder or quote the glob', async () => {
    // What the shell makes of `report 2026-najaar/ --compare 2026-voorjaar/*.yaml`.
    const run = await resokit(['report', autumn, '--compare', `${spring}/an.yaml`, `${spring}/bob.yaml`, `${spring}/chris.yaml`]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(
      `fout: ${spring}/bob.yaml en ${spring}/chris.yaml komen uit ${spring}, de map van een --compare-waarde. Waarschijnlijk heeft de shell een glob zonder aanhalingstekens uitgevouwen: geef de map (--compare ${spring}) of zet de glob tussen aanhalingstekens.\n`,
    );
  });

  it('the same folder as today’s team and as --compare: said as such, not as a spilled glob', async () => {
    for (const [lang, text] of [
      ['nl', `fout: ${autumn}/ is zowel het team van vandaag als het vroegere (--compare ${autumn}/): het zou met zichzelf vergeleken worden. Geef bij --compare de map van een vorige ronde.\n`],
      ['en', `error: ${autumn}/ is both today's team and the earlier one (--compare ${autumn}/): it would be compared with itself. Give --compare the folder of an earlier round.\n`],
    ]) {
      const run = await resokit(['--lang', lang!, 'report', `${autumn}/`, '--compare', `${autumn}/`]);
      expect(run).toMatchObject({ code: 2, stdout: '', stderr: text });
    }
  });

  it('one person’s newer file beside the earlier one is no spill (reflect writes both to ./resokit/)', async () => {
    const dir = join(scratch, 'resokit');
    mkdirSync(dir, { recursive: true });
    cpSync(join(root, spring, 'an.yaml'), join(dir, 'antwoorden-2026-03-10-an.yaml'));
    cpSync(join(root, autumn, 'an.yaml'), join(dir, 'antwoorden-2026-10-05-an.yaml'));
    const run = await resokit(['report', join(dir, 'antwoorden-2026-10-05-an.yaml'), '--compare', join(dir, 'antwoorden-2026-03-10-an.yaml')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## Sinds de vorige reflectie');
  });

  it('an empty --compare folder, or one without answers files, is said as history says it of a round', async () => {
    const empty = join(scratch, 'leeg-vroeger');
    const html = join(scratch, 'enkel-html');
    mkdirSync(empty, { recursive: true });
    mkdirSync(html, { recursive: true });
    writeFileSync(join(html, 'vragenlijst.html'), '<!doctype html>');
    for (const [folder, text] of [
      [empty, 'lege ronde, er zijn geen bestanden'],
      [html, 'geen antwoordenbestanden (.yaml) in deze map'],
    ] as const) {
      const compare = await resokit(['report', autumn, '--compare', folder]);
      const history = await resokit(['history', folder, autumn]);
      expect(compare).toMatchObject({ code: 2, stderr: `fout: ${folder}: ${text}\n` });
      expect(history.stderr).toContain(`${folder}: ${text}\n`);
    }
  });

  it('a --compare glob that matches nothing, and an invalid earlier file: exit 2', async () => {
    expect((await resokit(['report', autumn, '--compare', `${spring}/*.yml`])).stderr).toMatch(/\*\.yml: lege ronde/);
    const run = await resokit(['report', autumn, '--compare', 'tests/fixtures/report/broken/syntax.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^tests\/fixtures\/report\/broken\/syntax\.yaml:4:7: /m);
  });
});

describe('the charts in a real browser', { timeout: 60_000 }, () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(async () => session?.close());

  it.each([
    ['history', ['history', spring, autumn, next, '--format', 'html']],
    ['report --compare a team', ['report', next, '--compare', autumn, '--format', 'html']],
  ])('%s: SVG parses, 0 axe violations, no network, CSP holds', async (name, args) => {
    const out = join(scratch, `${name.replace(/\W+/g, '-')}.html`);
    expect((await resokit([...args, '--out', out])).code).toBe(0);
    const context = await session.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(pathToFileURL(out).href);
    const charts = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { querySelectorAll: (s: string) => ArrayLike<{ outerHTML: string }> } }).document;
      const Parser = (globalThis as unknown as { DOMParser: new () => { parseFromString: (s: string, t: string) => { querySelector: (s: string) => unknown } } }).DOMParser;
      return Array.from(doc.querySelectorAll('svg')).map((svg) => {
        const xml = new Parser().parseFromString(svg.outerHTML, 'image/svg+xml');
        return { parses: xml.querySelector('parsererror') === null, title: xml.querySelector('title') !== null, desc: xml.querySelector('desc') !== null };
      });
    });
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.every((c) => c.parses && c.title && c.desc)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });
});

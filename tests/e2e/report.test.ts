// `resokit report` as a user runs it: the built CLI (npm run build first; npm test does it).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnswersFile } from '../../src/answers/model.js';
import type { QuestionSet } from '../../src/content/types.js';
import { en } from '../../src/i18n/en/index.js';
import { nl } from '../../src/i18n/nl/index.js';
import { renderPlanMarkdown } from '../../src/render/plan/index.js';
import { bin, e2eTimeout, resokit as run, root } from '../support/run-cli.js';

const fixtures = 'tests/fixtures/report';
const team = [`${fixtures}/team/an.yaml`, `${fixtures}/team/bob.yaml`, `${fixtures}/team/chris.yaml`];
const scratch = mkdtempSync(join(tmpdir(), 'resokit-report-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const resokit = (args: string[], env: Record<string, string> = {}) => run(args, { env });

const noStackTrace = (output: string) => expect(output).not.toContain('\n    at ');
const builtin = (language: string) => JSON.parse(readFileSync(join(root, 'dist', `builtin-${language}.json`), 'utf8')) as QuestionSet;
const answers = (path: string) => parse(readFileSync(join(root, path), 'utf8')) as AnswersFile;

describe('resokit report: one file', { timeout: e2eTimeout }, () => {
  it('prints the action plan reflect writes, byte for byte', async () => {
    const run = await resokit(['report', team[0]!]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(renderPlanMarkdown(answers(team[0]!), builtin('nl'), nl));
  });

  it('also for a file still in progress, marked as such', async () => {
    const run = await resokit(['report', team[2]!]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(renderPlanMarkdown(answers(team[2]!), builtin('nl'), nl));
    expect(run.stdout).toContain('> **Let op:** deze reflectie is nog niet af.');
  });

  it('follows the language of the file; --lang asks for another', async () => {
    const english = `${fixtures}/en/an.en.yaml`;
    expect((await resokit(['report', english])).stdout).toBe(renderPlanMarkdown(answers(english), builtin('en'), en));
    expect((await resokit(['--lang', 'en', 'report', team[0]!])).stdout).toMatch(/^# Action plan: loneliness-sensitive work\n/);
    expect((await resokit(['report', team[0]!], { RESOKIT_LANG: 'en' })).stdout).toMatch(/^# Action plan/);
  });

  it('finds the --previous file of a file written before it was stored relative to the answers file: from the current folder', async () => {
    const cwd = mkdtempSync(join(scratch, 'previous-'));
    mkdirSync(join(cwd, 'vorige'));
    mkdirSync(join(cwd, 'nu'));
    writeFileSync(join(cwd, 'vorige', 'an.yaml'), readFileSync(join(root, team[1]!)));
    // Written by reflect --previous vorige/an.yaml run here, before: relative to this folder.
    writeFileSync(join(cwd, 'nu', 'an.yaml'), readFileSync(join(root, team[0]!), 'utf8').replace('file: earlier/an-2026-08.yaml', 'file: vorige/an.yaml'));
    const old = await run(['report', 'nu/an.yaml', '--format', 'json'], { cwd });
    expect(JSON.parse(old.stdout).previous.file).toBe('vorige/an.yaml');
    // Written now: relative to the answers file, shown from here.
    writeFileSync(join(cwd, 'nu', 'an.yaml'), readFileSync(join(root, team[0]!), 'utf8').replace('file: earlier/an-2026-08.yaml', 'file: ../vorige/an.yaml'));
    const now = await run(['report', 'nu/an.yaml', '--format', 'json'], { cwd });
    expect(JSON.parse(now.stdout).previous.file).toBe('vorige/an.yaml');
  });
});

describe('resokit report: a team', { timeout: e2eTimeout }, () => {
  it('merges several files into one team report', async () => {
    const run = await resokit(['report', ...team]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^# Teamrapport eenzaamheidssensitief werken\n/);
    expect(run.stdout).toContain('- **Deelnemers:** An Peeters, Bob Janssens en Chris (3 deelnemers)');
    expect(run.stdout).toContain('## Wat ontbreekt');
    expect(run.stdout).toContain('| An Peeters en Bob Janssens |');
  });

  it('reads a folder as all its .yaml files', async () => {
    expect((await resokit(['report', `${fixtures}/team`])).stdout).toBe((await resokit(['report', ...team])).stdout);
  });

  it('warns on stderr about the same participant twice, and about the same file twice', async () => {
    const copy = join(scratch, 'an-kopie.yaml');
    writeFileSync(copy, readFileSync(join(root, team[0]!)));
    const run = await resokit(['report', team[0]!, copy, team[0]!]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`let op: ${team[0]} is meer dan eens opgegeven; het telt één keer mee\n`);
    expect(run.stderr).toMatch(/let op: An Peeters staat in meer dan één bestand \(tests\/fixtures\/report\/team\/an\.yaml, .*an-kopie\.yaml\)/);
    expect(run.stdout).toContain('An Peeters (2)');
  });

  it('warns on stderr when the files come from different organisations, and the report says so too', async () => {
    const other = join(scratch, 'bob-andere-vzw.yaml');
    writeFileSync(other, readFileSync(join(root, team[1]!), 'utf8').replace('organisation: Buurtwerk De Brug vzw', 'organisation: Vzw Het Anker'));
    const run = await resokit(['report', team[0]!, other, team[2]!]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^let op: deze bestanden komen van 2 organisaties: Buurtwerk De Brug vzw \(tests\/fixtures\/report\/team\/an\.yaml en tests\/fixtures\/report\/team\/chris\.yaml\) en Vzw Het Anker \(.*bob-andere-vzw\.yaml\)\./m,
    );
    expect(run.stdout).toContain('> **Let op:** deze bestanden komen van 2 organisaties: Buurtwerk De Brug vzw (An Peeters en Chris) en Vzw Het Anker (Bob Janssens).');
    const html = await resokit(['report', '--format', 'html', team[0]!, other]);
    expect(html.stdout).toContain('<p class="note"><strong>Let op:</strong> deze bestanden komen van 2 organisaties: Buurtwerk De Brug vzw (An Peeters) en Vzw Het Anker (Bob Janssens).');
    const json = JSON.parse((await resokit(['report', '--format', 'json', '--anonymous', team[0]!, other])).stdout);
    expect(json.severalOrganisations).toEqual([
      { organisation: 'Buurtwerk De Brug vzw', participants: ['Deelnemer 1'] },
      { organisation: 'Vzw Het Anker', participants: ['Deelnemer 2'] },
    ]);
    // The same organisation typed differently is one organisation: no warning.
    const typedAgain = join(scratch, 'bob-zelfde-vzw.yaml');
    writeFileSync(typedAgain, readFileSync(join(root, team[1]!), 'utf8').replace('organisation: Buurtwerk De Brug vzw', 'organisation: buurtwerk de brug VZW'));
    expect((await resokit(['report', team[0]!, typedAgain])).stderr).toBe('');
  });

  it('--anonymous names nobody', async () => {
    const run = await resokit(['report', '--anonymous', ...team, '--compare', `${fixtures}/earlier/an-2026-08.yaml`]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/An Peeters|Bob Janssens|Chris/);
    expect(run.stdout).toContain('Deelnemer 1, Deelnemer 2 en Deelnemer 3');
  });

  it('--compare shows what moved and which earlier actions are done', async () => {
    const run = await resokit(['report', '--compare', `${fixtures}/earlier/an-2026-08.yaml`, ...team]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## Sinds de vorige reflectie');
    expect(run.stdout).toContain('| Onthaal ook open op woensdagnamiddag | Jan | 1 oktober 2026 | gedaan | opgevolgd door An Peeters |');
  });

  it('--compare with a folder that holds one of today’s files (a copy): a warning that names it, and the report all the same', async () => {
    const cwd = mkdtempSync(join(scratch, 'also-compared-'));
    mkdirSync(join(cwd, 'nu'));
    mkdirSync(join(cwd, 'vorige'));
    for (const path of team.slice(0, 2)) writeFileSync(join(cwd, 'nu', path.split('/').at(-1)!), readFileSync(join(root, path)));
    writeFileSync(join(cwd, 'vorige', 'an.yaml'), readFileSync(join(root, fixtures, 'earlier', 'an-2026-08.yaml')));
    writeFileSync(join(cwd, 'vorige', 'bob.yaml'), readFileSync(join(root, team[1]!)));
    const dutch = await run(['report', 'nu', '--compare', 'vorige'], { cwd });
    expect(dutch.code).toBe(0);
    expect(dutch.stderr).toBe('let op: nu/bob.yaml is dezelfde reflectie als vorige/bob.yaml van --compare; ze wordt met zichzelf vergeleken\n');
    expect(dutch.stdout).toContain('## Sinds de vorige ronde');
    const english = await run(['--lang', 'en', 'report', 'nu', '--compare', 'vorige'], { cwd });
    expect(english.stderr).toBe('warning: nu/bob.yaml is the same reflection as vorige/bob.yaml from --compare; it is compared with itself\n');
  });

  it('a team of mixed languages speaks the language asked for', async () => {
    const mixed = [team[0]!, `${fixtures}/en/an.en.yaml`];
    expect((await resokit(['report', ...mixed])).stdout).toMatch(/^# Teamrapport/);
    expect((await resokit(['--lang', 'en', 'report', ...mixed])).stdout).toMatch(/^# Team report/);
  });
});

describe('resokit report: formats and --out', { timeout: e2eTimeout }, () => {
  it('--format html: one self-contained file without scripts', async () => {
    const run = await resokit(['report', '--format', 'html', ...team]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(run.stdout).not.toMatch(/<script|<link|src=/i);
  });

  it('--format json validates against the precompiled schema validator', async () => {
    const run = await resokit(['report', '--format', 'json', '--compare', `${fixtures}/earlier/an-2026-08.yaml`, ...team]);
    expect(run.code).toBe(0);
    const validators = createRequire(import.meta.url)(join(root, 'dist', 'validators', 'report.cjs')) as Record<string, ((data: unknown) => boolean) & { errors?: unknown }>;
    const validate = validators.report!;
    const data = JSON.parse(run.stdout);
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(data.themes.map((t: { id: string }) => t.id)[0]).toBe('toegankelijkheidsbeleid');
  });

  it('a quoted glob is expanded by resokit, as the shell would: the same report as the files named', async () => {
    const named = await resokit(['report', '--format', 'json', ...team]);
    const globbed = await resokit(['report', '--format', 'json', `${fixtures}/team/*.yaml`]);
    expect(globbed.code).toBe(0);
    expect(globbed.stdout).toBe(named.stdout);
  });

  it('--format csv: CRLF, and --bom adds the byte-order mark', async () => {
    const plain = await resokit(['report', '--format', 'csv', ...team]);
    expect(plain.stdout.split('\r\n').length).toBe(1 + 7 + 1);
    expect((await resokit(['report', '--format', 'csv', '--bom', ...team])).stdout).toBe(`\uFEFF${plain.stdout}`);
  });

  it('the CSV separator follows the report language (; for Dutch, , for English); --separator overrides it', async () => {
    expect((await resokit(['report', '--format', 'csv', ...team])).stdout).toMatch(/^Thema;Wat;Wie;/);
    expect((await resokit(['--lang', 'en', 'report', '--format', 'csv', ...team])).stdout).toMatch(/^Theme,What,Who,/);
    expect((await resokit(['report', '--format', 'csv', '--separator', ',', ...team])).stdout).toMatch(/^Thema,Wat,Wie,/);
    expect((await resokit(['--lang', 'en', 'report', '--format', 'csv', '--separator', 'tab', ...team])).stdout).toMatch(/^Theme\tWhat\tWho\t/);
  });

  it('--out writes the file and says so on stderr; never overwrites without --force', async () => {
    const out = join(scratch, 'rapport.html');
    const first = await resokit(['report', '--out', out, ...team]);
    expect(first).toMatchObject({ code: 0, stdout: '' });
    // Outside the folder it was started from: shown whole.
    expect(first.stderr).toBe(`Geschreven: ${out}\n`);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);

    const again = await resokit(['report', '--out', out, ...team]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^fout: .*rapport\.html bestaat al\. Kies een andere naam met --out, of overschrijf met --force\.\n$/);
    noStackTrace(again.stderr);

    const forced = await resokit(['report', '--out', out, '--force', '--format', 'md', ...team]);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Teamrapport/);
  });

  it('--out infers the format from the extension', async () => {
    const out = join(scratch, 'acties.csv');
    expect((await resokit(['report', '--out', out, ...team])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^Thema;Wat;/);
  });
});

describe('resokit report: errors', { timeout: e2eTimeout }, () => {
  it('a missing file: exit 2, the file named', async () => {
    const run = await resokit(['report', 'bestaat-niet.yaml']);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: "fout: kan 'bestaat-niet.yaml' niet lezen: bestand of map bestaat niet\n" });
  });

  it('invalid YAML: exit 2 with file:line:col; every invalid file reported at once', async () => {
    const run = await resokit(['report', team[0]!, `${fixtures}/broken/syntax.yaml`, `${fixtures}/broken/schema.yaml`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `${fixtures}/broken/syntax.yaml:4:7: haakje '[' of '{' wordt niet (op de juiste plaats) afgesloten met ']' of '}'\n` +
        `${fixtures}/broken/schema.yaml:18:13: moet een van deze waarden zijn: not-started, first-steps, on-track, embedded, unknown\n` +
        'fout: 2 antwoordenbestanden zijn ongeldig\n',
    );
  });

  it('an invalid --compare file is named too', async () => {
    const run = await resokit(['report', team[0]!, '--compare', `${fixtures}/broken/syntax.yaml`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^tests\/fixtures\/report\/broken\/syntax\.yaml:4:7: /);
  });

  it.each([
    [['report', '--format', 'pdf', team[0]!], "fout: onbekend formaat 'pdf'; kies uit md, html, json, csv\n"],
    [['report', '--bom', team[0]!], 'fout: --bom geldt enkel voor --format csv\n'],
    [['report', '--separator', ';', team[0]!], 'fout: --separator geldt enkel voor --format csv\n'],
    [['report', 'tests/fixtures/report/golden/single-in-progress.nl.html'], 'fout: tests/fixtures/report/golden/single-in-progress.nl.html is geen antwoordenbestand: geef het .yaml-bestand dat resokit reflect schreef of dat je onderaan de vragenlijst van resokit form downloadde (antwoorden-…yaml).\n'],
    [['report', '--out', 'tests', team[0]!], 'fout: tests is een map: geef een bestandsnaam, bv. tests/teamrapport.md.\n'],
    [['report', '--format', 'csv', '--separator', '|', team[0]!], "fout: Onbekend scheidingsteken '|'. Kies ',', ';' of 'tab'.\n"],
    [['report'], `fout: Argument 'antwoorden' ontbreekt.\nZie 'node ${bin} --help'.\n`],
    [['--lang', 'en', 'report', '--format', 'pdf', team[0]!], "error: unknown format 'pdf'; choose from md, html, json, csv\n"],
  ])('usage errors exit 2: %j', async (args, stderr) => {
    const run = await resokit(args);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr });
  });

  it('an existing --out file without --force: exit 2, nothing changed', async () => {
    const out = join(scratch, 'bestaat.md');
    writeFileSync(out, 'van iemand anders\n');
    const run = await resokit(['report', '--out', out, team[0]!]);
    expect(run.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('van iemand anders\n');
  });

  it('an unwritable --out: exit 2, no stack trace', async () => {
    // A folder that does not exist is made (tests/e2e/reflect-out.test.ts); a file in its place cannot be.
    writeFileSync(join(scratch, 'een-bestand'), 'x');
    const run = await resokit(['report', '--out', join(scratch, 'een-bestand', 'x.md'), team[0]!]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fout: kan .*x\.md niet schrijven: een deel van het pad is geen map\n$/);
  });

  it('no error output has a stack trace', async () => {
    writeFileSync(join(scratch, 'een-bestand'), 'x');
    for (const args of [
      ['report', 'bestaat-niet.yaml'],
      ['report', `${fixtures}/broken/syntax.yaml`],
      ['report', '--format', 'pdf', team[0]!],
      ['report', '--out', 'package.json', team[0]!],
      ['report', '--out', join(scratch, 'een-bestand', 'x.md'), team[0]!],
    ]) {
      const run = await resokit(args);
      expect(run.code).toBe(2);
      noStackTrace(run.stdout + run.stderr);
    }
  });
});

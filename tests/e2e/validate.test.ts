// `resokit validate` as a user runs it: the built CLI (npm run build first; npm test does it).
import { describe, expect, it } from 'vitest';
import { e2eTimeout, resokit as run } from '../support/run-cli.js';

const fixtures = 'tests/fixtures/content';
const resokit = (...args: string[]) => run(args);

const noStackTrace = (output: string) => expect(output).not.toMatch(/^ {4}at /m);

describe('resokit validate', { timeout: e2eTimeout }, () => {
  it('without a path checks the built-in set from its YAML sources: exit 0', async () => {
    const run = await resokit('validate');
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^ok: 18 thema’s en \d+ vragen in 3 bestanden gecontroleerd, geen problemen\n$/);
    expect(run.code).toBe(0);
  });

  it('accepts a valid theme file and a valid whole set', async () => {
    expect(await resokit('validate', `${fixtures}/valid-themes/eigen-themas.yaml`)).toMatchObject({
      code: 0,
      stdout: 'ok: 1 thema en 2 vragen in 1 bestand gecontroleerd, geen problemen\n',
    });
    expect(await resokit('validate', `${fixtures}/valid-set`)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^ok: 3 thema’s/) });
  });

  it('checks an answers file as an answers file, not as a theme file', async () => {
    expect(await resokit('validate', 'tests/fixtures/report/en/an.en.yaml')).toMatchObject({
      code: 0,
      stdout: 'ok: 1 antwoordenbestand gecontroleerd, geen problemen\n',
    });
    const broken = await resokit('validate', 'tests/fixtures/report/broken/syntax.yaml', 'tests/fixtures/report/broken/schema.yaml');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^tests\/fixtures\/report\/broken\/syntax\.yaml:4:7: /);
    expect(broken.stdout).toMatch(/^tests\/fixtures\/report\/broken\/schema\.yaml:\d+:\d+: /m);
    // Not read as a theme file: none of its keys is reported as unknown there.
    expect(broken.stdout).not.toContain("toegestaan: themes");
    expect(broken.stderr).toBe('fout: 2 problemen in 2 bestanden\n');
    noStackTrace(broken.stderr);
  });

  it('lists every problem of a broken folder as file:line:col: message, exit 1', async () => {
    const run = await resokit('validate', `${fixtures}/broken`);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines) expect(line).toMatch(/^tests\/fixtures\/content\/broken\/[a-z-]+\.yaml:\d+:\d+: \S/);
    expect(lines).toContain(`${fixtures}/broken/tab-indent.yaml:3:1: tab gebruikt om in te springen; YAML laat enkel spaties toe`);
    expect(lines).toContain(`${fixtures}/broken/unknown-key-nested.yaml:4:5: onbekende sleutel 'titel'; bedoel je 'title'?`);
    expect(run.stderr).toMatch(/^fout: \d+ problemen in \d+ bestanden\n$/);
    noStackTrace(run.stdout + run.stderr);
  });

  it('checks a theme file alone against the built-in set: a built-in id is a problem', async () => {
    const run = await resokit('validate', `${fixtures}/broken/builtin-collision.yaml`);
    expect(run).toMatchObject({
      code: 1,
      stdout: `${fixtures}/broken/builtin-collision.yaml:2:9: thema-id 'safe-space' bestaat al in de ingebouwde vragenset (questions/nl/werking.yaml); kies een ander id\n`,
      stderr: 'fout: 1 probleem in 1 bestand\n',
    });
  });

  it('checks the --questions folder the same way when no path is given', async () => {
    const run = await resokit('validate', '--questions', `${fixtures}/broken/across`);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${fixtures}/broken/across/b-tweede.yaml:9:9: thema-id 'gedeeld-thema' bestaat al (${fixtures}/broken/across/a-eerste.yaml:2:9)`);
  });

  it('speaks English with --lang en', async () => {
    expect(await resokit('--lang', 'en', 'validate', `${fixtures}/broken/no-space-after-colon.yaml`)).toMatchObject({
      code: 1,
      stdout: `${fixtures}/broken/no-space-after-colon.yaml:4:10: put a space after the ':' between key and value\n`,
      stderr: 'error: 1 problem in 1 file\n',
    });
  });

  it("lists an answers file's problems top to bottom, a repeated focus action in words (a new user's trial)", async () => {
    const dir = 'tests/fixtures/answers-order';
    // ajv reported the rating (line 35) before the date (line 33), the empty 'who' before the focus.
    expect(await resokit('validate', `${dir}/eva.yaml`)).toMatchObject({
      code: 1,
      stdout:
        `${dir}/eva.yaml:33:14: geen geldige datum; schrijf JJJJ-MM-DD, bv. 2025-03-31\n` +
        `${dir}/eva.yaml:35:13: moet een van deze waarden zijn: not-started, first-steps, on-track, embedded, unknown\n`,
    });
    expect(await resokit('validate', `${dir}/dupfocus.yaml`)).toMatchObject({
      code: 1,
      stdout:
        `${dir}/dupfocus.yaml:16:5: focus noemt dezelfde actie twee keer (a-anais00003, ook op regel 15)\n` +
        `${dir}/dupfocus.yaml:24:7: verwacht een tekst, maar de waarde is leeg\n`,
    });
    expect((await resokit('--lang', 'en', 'validate', `${dir}/dupfocus.yaml`)).stdout).toContain(
      `${dir}/dupfocus.yaml:16:5: focus names the same action twice (a-anais00003, also on line 15)\n`,
    );
  });

  it('refuses a path that does not exist: exit 2, no stack trace', async () => {
    const run = await resokit('validate', 'bestaat-niet/');
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: "fout: kan 'bestaat-niet/' niet lezen: bestand of map bestaat niet\n" });
    noStackTrace(run.stderr);
  });
});

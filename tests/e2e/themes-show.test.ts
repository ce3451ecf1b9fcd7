// `resokit themes` and `resokit show` as a user runs them: the built CLI (npm run build first).
// Output is piped here, so the CLI sees no terminal: show wraps to 80 columns, themes does not wrap.
import { beforeAll, describe, expect, it } from 'vitest';
import { e2eTimeout, resokit as run, type CliResult } from '../support/run-cli.js';

const own = 'tests/fixtures/own-themes';
const resokit = (...args: string[]) => run(args);

const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at .+[:(]/m);
/** Display width, good enough for this Dutch text (no wide characters in the built-in set). */
const width = (line: string) => [...line].length;

interface ThemesJson {
  questionSet: { id: string; version: string; language: string; title: string };
  groups: Array<{ id: string; title: string; themes: Array<{ id: string; title: string; questions: number; file: string }> }>;
}

// Outputs that several tests read are made once: fewer processes, the same checks.
let themes: CliResult;
let themesJson: CliResult;
let safeSpace: CliResult;
beforeAll(async () => {
  [themes, themesJson, safeSpace] = await Promise.all([resokit('themes'), resokit('themes', '--json'), resokit('show', 'safe-space')]);
}, e2eTimeout);

describe('resokit themes', { timeout: e2eTimeout }, () => {
  it('lists the 18 themes under 2 group headings, with their question counts', () => {
    const run = themes;
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => /^\S.* \(\d+ thema’s\)$/.test(line))).toEqual(['Beleid (8 thema’s)', 'Werking (10 thema’s)']);
    const rows = lines.filter((line) => /^ {2}[a-z0-9-]+ {2,}\S.* {2}\d+ (vraag|vragen)$/.test(line));
    expect(rows).toHaveLength(18);
    expect(rows[0]).toMatch(/^ {2}sociaal-inclusief-beleid +Sociaal inclusief beleid +3 vragen$/);
    expect(rows).toContainEqual(expect.stringMatching(/^ {2}safe-space +Safe space +5 vragen$/));
    expect(rows).toContainEqual(expect.stringMatching(/^ {2}sociaal-gewaardeerde-rollen +Sociaal gewaardeerde rollen ontwerpen +1 vraag$/));
    // The hint names resokit as it was started (npx, on the PATH, or node and the script).
    expect(run.stdout).toMatch(/\n18 thema’s · 59 vragen\nLees een thema volledig met: (npx resokit|resokit|node \S+) show <id>\n$/);
  });

  it('piped: one line per theme, so grep finds the id with its title', () => {
    expect(themes.stdout).toMatch(/^ {2}outreach +Outreach, publieke ruimte, sleutelfiguren +3 vragen$/m);
  });

  it('--group werking: only the 10 werking themes', async () => {
    const [run, beleid] = await Promise.all([resokit('themes', '--group', 'werking'), resokit('themes', '--group', 'Beleid')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Werking \(10 thema’s\)\n/);
    expect(run.stdout).not.toContain('Beleid');
    expect(run.stdout).not.toContain('personeelsbeleid');
    expect(run.stdout).toContain('  werking-buurtvervlechting ');
    expect(run.stdout).toContain('\n10 thema’s · 33 vragen\n');
    expect(beleid.stdout).toMatch(/^Beleid \(8 thema’s\)\n/);
  });

  it('--group onbekend: exit 2, the groups listed, nothing on stdout', async () => {
    const [unknown, typo] = await Promise.all([resokit('themes', '--group', 'onbekend'), resokit('themes', '--group', 'werkin')]);
    expect(unknown).toEqual({
      code: 2,
      stdout: '',
      stderr: "fout: Onbekende groep 'onbekend'. Kies uit: beleid, werking.\n",
    });
    expect(typo.stderr).toBe("fout: Onbekende groep 'werkin'. Kies uit: beleid, werking. Bedoel je 'werking'?\n");
  });

  it('--json: the documented shape, 18 themes and 59 questions', () => {
    const run = themesJson;
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as ThemesJson;
    expect(Object.keys(json)).toEqual(['questionSet', 'groups']);
    expect(json.questionSet).toEqual({ id: 'resokit-reflectievragen', version: expect.stringMatching(/^\d+\.\d+\.\d+/), language: 'nl', title: expect.any(String) });
    expect(json.groups.map((g) => ({ id: g.id, title: g.title, count: g.themes.length }))).toEqual([
      { id: 'beleid', title: 'Beleid', count: 8 },
      { id: 'werking', title: 'Werking', count: 10 },
    ]);
    for (const group of json.groups) {
      expect(Object.keys(group)).toEqual(['id', 'title', 'themes']);
      for (const theme of group.themes) {
        expect(Object.keys(theme)).toEqual(['id', 'title', 'questions', 'file']);
        expect(theme).toEqual({ id: expect.any(String), title: expect.any(String), questions: expect.any(Number), file: `questions/nl/${group.id}.yaml` });
        expect(theme.questions).toBeGreaterThan(0);
      }
    }
    expect(json.groups.flatMap((g) => g.themes).reduce((sum, t) => sum + t.questions, 0)).toBe(59);
    expect(json.groups[1]!.themes.find((t) => t.id === 'safe-space')).toEqual({ id: 'safe-space', title: 'Safe space', questions: 5, file: 'questions/nl/werking.yaml' });
  });

  it('--json --group beleid: one group; --json has no colour even when forced', async () => {
    const [grouped, forced] = await Promise.all([
      resokit('themes', '--json', '--group', 'beleid'),
      run(['themes', '--json'], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } }),
    ]);
    const json = JSON.parse(grouped.stdout) as ThemesJson;
    expect(json.groups.map((g) => g.id)).toEqual(['beleid']);
    expect(forced.stdout).not.toMatch(/\u001b\[/);
    expect(() => JSON.parse(forced.stdout)).not.toThrow();
  });

  it('--lang en: the English set', async () => {
    const json = JSON.parse((await resokit('--lang', 'en', 'themes', '--json')).stdout) as ThemesJson;
    expect(json.questionSet.language).toBe('en');
    expect(json.groups.flatMap((g) => g.themes)).toHaveLength(18);
  });
});

describe('resokit show', { timeout: e2eTimeout }, () => {
  it('safe-space: the whole theme, wrapped to 80 columns when piped (only a lone URL may be longer)', () => {
    const run = safeSpace;
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['Safe space', 'Werking · safe-space · 5 vragen', '']);
    expect(run.stdout).toMatch(/^1\. Wordt er voldoende aandacht besteed aan het creëren van een veilige omgeving\n {3}\(safe space\)\?$/m);
    expect(run.stdout).toMatch(/^5\. /m);
    expect(run.stdout).toMatch(/^Noot\n {2}Safe spaces zijn plaatsen/m);
    expect(run.stdout).toMatch(/^Meer lezen\n {2}• Handleiding intersectioneel denken \(Ella vzw\)$/m);
    for (const line of lines) {
      if (width(line) > 80) expect(line).toMatch(/^ *https:\/\/\S+$/);
    }
    // The URL is whole, so it can be clicked and copied.
    expect(run.stdout).toContain('    https://demos.be/kenniscentrum/document/handleiding-intersectioneel-denken-van-ella-vzw\n');
  });

  // Every built-in theme at 40, 60, 80 and 100 columns is a table test of the renderer
  // (tests/render/theme-text.test.ts); here, that the piped CLI applies 80 to the longest themes too.
  it('the themes with the most questions fit 80 columns as well (a lone URL excepted)', async () => {
    const ids = (JSON.parse(themesJson.stdout) as ThemesJson).groups
      .flatMap((g) => g.themes)
      .sort((a, b) => b.questions - a.questions)
      .slice(0, 3)
      .map((t) => t.id);
    expect(ids).toHaveLength(3);
    for (const run of await Promise.all(ids.map((id) => resokit('show', id)))) {
      expect(run.code).toBe(0);
      expect(run.stdout.split('\n').length).toBeGreaterThan(5);
      for (const line of run.stdout.split('\n')) if (width(line) > 80) expect(line).toMatch(/^ *https?:\/\/\S+$/);
    }
  });

  it('accepts the id in any case', async () => {
    expect((await resokit('show', 'Safe-Space')).stdout).toBe(safeSpace.stdout);
  });

  it('gradueel-aanbod --markdown: a printable Markdown document', async () => {
    const run = await resokit('show', 'gradueel-aanbod', '--markdown');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Gradueel aanbod\n\n\*Werking\* · `gradueel-aanbod` · 2 vragen\n\n1\. /);
    expect(run.stdout).toMatch(/\n {3}- Bijvoorbeeld eerst van thuis uit, [^\n]+\n$/);
    // Markdown is not wrapped: the viewer does that.
    expect(run.stdout.split('\n').some((line) => width(line) > 100)).toBe(true);
  });

  it('safespace: exit 2, suggests safe-space and lists every id, no stack trace', async () => {
    const run = await resokit('show', 'safespace');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('Beschikbare thema’s:');
    expect(lines.slice(1, -1)).toHaveLength(18);
    for (const line of lines.slice(1, -1)) expect(line).toMatch(/^ {2}[a-z0-9-]+$/);
    expect(lines).toContain('  safe-space');
    expect(lines).toContain('  toegankelijkheidsbeleid');
    expect(lines.at(-1)).toBe("fout: Onbekend thema 'safespace'. Bedoel je 'safe-space'?");
    noStackTrace(run.stderr);
  });

  it('an id close to nothing: no suggestion, still the list', async () => {
    const run = await resokit('show', 'eenzaamheid');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Beschikbare thema’s:\n/);
    expect(run.stderr).toMatch(/\nfout: Onbekend thema 'eenzaamheid'\.\n$/);
  });

  it('in English with --lang en', async () => {
    const run = await resokit('--lang', 'en', 'show', 'safespace');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Available themes:\n/);
    expect(run.stderr).toMatch(/\nerror: Unknown theme 'safespace'\. Did you mean 'safe-space'\?\n$/);
  });
});

describe('--questions: an organisation’s own themes on top of the built-in set', { timeout: e2eTimeout }, () => {
  it('a folder adds its theme to themes, after the built-in ones of its group', async () => {
    const run = await resokit('--questions', `${own}/ok`, 'themes');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Werking (11 thema’s)');
    expect(run.stdout).toMatch(/ {2}verwachtingen-weerbaarheid +.*\n {2}onze-vrijwilligers +Onze vrijwilligers +2 vragen\n/);
    expect(run.stdout).toContain('\n19 thema’s · 61 vragen\n');
  });

  it('--json names the file each theme comes from', async () => {
    const json = JSON.parse((await resokit('themes', '--json', '--questions', `${own}/ok`)).stdout) as ThemesJson;
    expect(json.groups[1]!.themes.at(-1)).toEqual({ id: 'onze-vrijwilligers', title: 'Onze vrijwilligers', questions: 2, file: `${own}/ok/onze-themas.yaml` });
  });

  it('show reads the own theme, from a folder or a single file, option before or after the command', async () => {
    const [fromFolder, fromFile, markdown] = await Promise.all([
      resokit('--questions', `${own}/ok`, 'show', 'onze-vrijwilligers'),
      resokit('show', 'onze-vrijwilligers', '--questions', `${own}/ok/onze-themas.yaml`),
      resokit('--questions', `${own}/ok`, 'show', 'onze-vrijwilligers', '--markdown'),
    ]);
    for (const run of [fromFolder, fromFile]) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Onze vrijwilligers\nWerking · onze-vrijwilligers · 2 vragen\n\n1\. Welke rollen/);
      expect(run.stdout).toContain('   – onthaal aan de deur\n');
      expect(run.stdout).toContain('\nNoot — Waarom dit thema\n');
      expect(run.stdout).toContain('\nMeer lezen\n  • Presentie\n    https://www.presentie.nl/\n');
      for (const line of run.stdout.split('\n')) expect(width(line)).toBeLessThanOrEqual(80);
    }
    expect(markdown.stdout).toMatch(/^# Onze vrijwilligers\n/);
  });

  it('without --questions the own theme is unknown', async () => {
    const run = await resokit('show', 'onze-vrijwilligers');
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('onze-vrijwilligers\n');
  });

  it('an id that a built-in theme already has: exit 2, naming both files (the user’s with line:col)', async () => {
    const commands = [['themes'], ['show', 'safe-space'], ['themes', '--json']];
    const runs = await Promise.all(commands.map((command) => resokit('--questions', `${own}/collision`, ...command)));
    for (const run of runs) {
      expect(run).toEqual({
        code: 2,
        stdout: '',
        stderr:
          `${own}/collision/eigen.yaml:9:9: thema-id 'safe-space' bestaat al in de ingebouwde vragenset (questions/nl/werking.yaml); kies een ander id\n` +
          'fout: 1 probleem gevonden\n',
      });
    }
  });

  it('a path that does not exist: exit 2, no stack trace', async () => {
    const run = await resokit('--questions', `${own}/bestaat-niet`, 'themes');
    expect(run).toEqual({ code: 2, stdout: '', stderr: `fout: kan '${own}/bestaat-niet' niet lezen: bestand of map bestaat niet\n` });
    noStackTrace(run.stderr);
  });

  it('a folder without YAML files: exit 2', async () => {
    const run = await resokit('--questions', 'tests/fixtures/own-themes', 'themes');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^fout: /);
    noStackTrace(run.stderr);
  });
});

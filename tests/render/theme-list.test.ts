// `resokit themes`: the aligned list and the documented --json shape (src/render/theme-list.ts).
import { describe, expect, it } from 'vitest';
import { styleFor, plainStyle } from '../../src/cli/style.js';
import { loadBuiltinSet } from '../../src/content/load-question-set.js';
import type { QuestionSet } from '../../src/content/types.js';
import { en } from '../../src/i18n/en/index.js';
import { nl } from '../../src/i18n/nl/index.js';
import { renderThemeList, themesJson } from '../../src/render/theme-list.js';
import { displayWidth } from '../../src/text/wrap.js';

const set = loadBuiltinSet('nl', nl);
const both = ['beleid', 'werking'];
const ansi = /\u001b\[[0-9;]*m/g;

describe('themesJson', () => {
  it('has the documented shape: questionSet {id, version, language, title}, groups [{id, title, themes [{id, title, questions, file}]}]', () => {
    const json = themesJson(set, both);
    expect(Object.keys(json)).toEqual(['questionSet', 'groups']);
    expect(json.questionSet).toEqual({ id: set.id, version: set.version, language: 'nl', title: set.title });
    expect(json.groups.map((g) => [g.id, g.title, g.themes.length])).toEqual([
      ['beleid', 'Beleid', 8],
      ['werking', 'Werking', 10],
    ]);
    for (const group of json.groups) {
      expect(Object.keys(group)).toEqual(['id', 'title', 'themes']);
      for (const theme of group.themes) {
        expect(theme).toEqual({
          id: expect.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
          title: expect.any(String),
          questions: expect.any(Number),
          file: `questions/nl/${group.id}.yaml`,
        });
        expect(Object.keys(theme)).toEqual(['id', 'title', 'questions', 'file']);
      }
    }
  });

  it('counts 18 themes and 59 questions, matching the set', () => {
    const themes = themesJson(set, both).groups.flatMap((g) => g.themes);
    expect(themes.map((t) => t.id)).toEqual(set.themes.map((t) => t.id));
    expect(themes.map((t) => t.questions)).toEqual(set.themes.map((t) => t.questions.length));
    expect(themes.reduce((sum, t) => sum + t.questions, 0)).toBe(59);
  });

  it('keeps only the groups asked for, in the set’s order', () => {
    expect(themesJson(set, ['werking']).groups.map((g) => g.id)).toEqual(['werking']);
    expect(themesJson(set, ['werking', 'beleid']).groups.map((g) => g.id)).toEqual(['beleid', 'werking']);
    expect(themesJson(set, []).groups).toEqual([]);
  });

  it('is plain data: survives JSON unchanged', () => {
    const json = themesJson(set, both);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('renderThemeList', () => {
  const text = renderThemeList(set, both, nl, plainStyle);
  const lines = text.split('\n');

  it('one heading per group with its theme count, one line per theme with id, title and question count', () => {
    expect(lines.filter((line) => /^\S/.test(line)).slice(0, 2)).toEqual(['Beleid (8 thema’s)', 'Werking (10 thema’s)']);
    const rows = lines.filter((line) => line.startsWith('  '));
    expect(rows).toHaveLength(18);
    set.themes.forEach((theme, i) => {
      const n = theme.questions.length;
      expect(rows[i]).toMatch(new RegExp(`^  ${theme.id} +${theme.title} +${n === 1 ? '1 vraag' : `${n} vragen`}$`));
    });
    expect(text).toContain('  sociaal-gewaardeerde-rollen  Sociaal gewaardeerde rollen ontwerpen      1 vraag\n');
  });

  it('aligns the columns', () => {
    const rows = lines.filter((line) => line.startsWith('  '));
    const titleColumn = new Set(rows.map((row) => row.indexOf(' ', 2) + /^ +/.exec(row.slice(row.indexOf(' ', 2)))![0].length));
    expect(titleColumn.size).toBe(1);
    expect(new Set(rows.map((row) => row.search(/\d+ vra/))).size).toBe(1);
  });

  it('ends with the totals and how to read a theme', () => {
    expect(text.endsWith('\n18 thema’s · 59 vragen\nLees een thema volledig met: resokit show <id>\n')).toBe(true);
  });

  it('shows one group', () => {
    const werking = renderThemeList(set, ['werking'], nl, plainStyle);
    expect(werking.startsWith('Werking (10 thema’s)\n')).toBe(true);
    expect(werking).not.toContain('Beleid');
    expect(werking).toContain('10 thema’s · 33 vragen\n');
  });

  it('fits a terminal: a long title wraps within its column, ids stay whole', () => {
    for (const width of [60, 70, 80]) {
      const fitted = renderThemeList(set, both, nl, plainStyle, width);
      for (const line of fitted.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      for (const theme of set.themes) expect(fitted).toMatch(new RegExp(`^  ${theme.id} `, 'm'));
    }
    expect(renderThemeList(set, ['werking'], nl, plainStyle, 80)).toContain(
      [
        '  outreach                     Outreach, publieke ruimte,               3 vragen',
        '                               sleutelfiguren',
      ].join('\n'),
    );
  });

  it('on a pipe (width Infinity) one line per theme', () => {
    const piped = renderThemeList(set, both, nl, plainStyle, Number.POSITIVE_INFINITY);
    expect(piped).toBe(text);
    expect(piped).toContain('  outreach                     Outreach, publieke ruimte, sleutelfiguren  3 vragen\n');
  });

  it('colour changes nothing but the escapes', async () => {
    const coloured = renderThemeList(set, both, nl, await styleFor({ isTTY: true }, true, {}), 80);
    expect(coloured).toMatch(ansi);
    expect(coloured.replace(ansi, '')).toBe(renderThemeList(set, both, nl, plainStyle, 80));
  });

  it('speaks English with the English catalogue', () => {
    const english = renderThemeList(loadBuiltinSet('en', en), both, en, plainStyle);
    expect(english).not.toContain('vragen');
    expect(english).toMatch(/\d+ questions/);
  });

  it('an extra theme with a long id widens the id column', () => {
    const extra: QuestionSet = {
      ...set,
      themes: [...set.themes, { id: 'onze-eigen-vrijwilligerswerking-in-de-buurt', group: 'werking', title: 'Eigen', questions: [{ id: 'a', text: 'A?' }], file: 'eigen.yaml' }],
    };
    const rows = renderThemeList(extra, both, nl, plainStyle).split('\n').filter((line) => line.startsWith('  '));
    expect(rows).toHaveLength(19);
    expect(new Set(rows.map((row) => row.search(/\d+ vra/))).size).toBe(1);
    expect(rows.at(-1)).toMatch(/^  onze-eigen-vrijwilligerswerking-in-de-buurt  Eigen +1 vraag$/);
  });
});

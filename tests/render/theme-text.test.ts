// `resokit show <theme>`: a whole theme for reading in a terminal (src/render/theme-text.ts).
import { describe, expect, it } from 'vitest';
import { plainStyle, styleFor } from '../../src/cli/style.js';
import { readingWidth } from '../../src/text/wrap.js';
import { loadBuiltinSet } from '../../src/content/load-question-set.js';
import type { Theme } from '../../src/content/types.js';
import { en } from '../../src/i18n/en/index.js';
import { nl } from '../../src/i18n/nl/index.js';
import { noteText, renderThemeText, resourceText } from '../../src/render/theme-text.js';
import { displayWidth } from '../../src/text/wrap.js';

const set = loadBuiltinSet('nl', nl);
const groupOf = (theme: Theme) => set.groups.find((g) => g.id === theme.group);
const ansi = /\u001b\[[0-9;]*m/g;
/** A line that is a URL alone (indented): kept whole even when wider than the terminal. */
const urlLine = /^ *https?:\/\/\S+$/;
/** Words in order, whatever the line breaks and indentation. */
const words = (text: string) => text.replace(/[–•]/g, ' ').split(/\s+/).filter(Boolean).join(' ');

describe('renderThemeText: every built-in theme', () => {
  describe.each([40, 60, 80, 100])('at width %i', (width) => {
    it.each(set.themes.map((t) => [t.id, t] as const))('%s: no line wider than the width (a lone URL excepted)', (_id, theme) => {
      const text = renderThemeText(theme, groupOf(theme), width, nl, plainStyle);
      for (const line of text.split('\n')) {
        if (displayWidth(line) > width) expect(line).toMatch(urlLine);
        expect(line).toBe(line.trimEnd());
      }
    });
  });

  it.each(set.themes.map((t) => [t.id, t] as const))('%s: all of the theme is there, word for word', (_id, theme) => {
    const raw = renderThemeText(theme, groupOf(theme), 40, nl, plainStyle);
    const text = words(raw);
    expect(text.startsWith(words(theme.title))).toBe(true);
    for (const question of theme.questions) {
      expect(text).toContain(words(question.text));
      for (const example of question.examples ?? []) expect(text).toContain(words(example));
    }
    for (const note of theme.notes ?? []) {
      expect(text).toContain(words(note.text));
      if (note.title) expect(text).toContain(words(note.title));
      if (note.source) expect(text).toContain(words(note.source));
      if (note.url) expect(text).toContain(note.url);
    }
    for (const resource of theme.resources ?? []) {
      expect(text).toContain(words(resource.title));
      if (resource.url) expect(raw).toMatch(new RegExp(`^ +${resource.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    }
  });
});

describe('renderThemeText: layout', () => {
  const safeSpace = set.themes.find((t) => t.id === 'safe-space')!;
  const text = renderThemeText(safeSpace, groupOf(safeSpace), 80, nl, plainStyle);

  it('title, then group · id · number of questions, then numbered questions with a hanging indent', () => {
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Safe space',
      'Werking · safe-space · 5 vragen',
      '',
      '1. Wordt er voldoende aandacht besteed aan het creëren van een veilige omgeving',
      '   (safe space)?',
    ]);
  });

  it('notes and resources under their headings', () => {
    expect(text).toMatch(/\n\nNoot\n  Safe spaces zijn plaatsen/);
    expect(text).toMatch(/\n  Bron: Handleiding intersectioneel denken, Ella vzw\n/);
    expect(text).toMatch(/\n\nMeer lezen\n  • Handleiding intersectioneel denken \(Ella vzw\)\n    https:\/\/demos\.be\/\S+\n$/);
  });

  it('examples as dashes under their question', () => {
    const gradueel = set.themes.find((t) => t.id === 'gradueel-aanbod')!;
    const lines = renderThemeText(gradueel, groupOf(gradueel), 60, nl, plainStyle).split('\n');
    const first = lines.findIndex((line) => line.startsWith('   – '));
    expect(lines[first - 1]).toMatch(/^(2\. | {3})/);
    expect(lines[first + 1]).toMatch(/^ {5}\S/);
  });

  it('never breaks the meta line inside a part', () => {
    const theme = set.themes.find((t) => t.id === 'sociaal-inclusief-beleid')!;
    expect(renderThemeText(theme, groupOf(theme), 40, nl, plainStyle).split('\n').slice(0, 3)).toEqual([
      'Sociaal inclusief beleid',
      'Beleid · sociaal-inclusief-beleid',
      '3 vragen',
    ]);
  });

  it('without the group, shows the group id', () => {
    expect(renderThemeText(safeSpace, undefined, 80, nl, plainStyle)).toContain('\nwerking · safe-space · 5 vragen\n');
  });

  it('one question: "1 vraag"', () => {
    const theme = set.themes.find((t) => t.questions.length === 1)!;
    expect(renderThemeText(theme, groupOf(theme), 80, nl, plainStyle).split('\n')[1]).toMatch(/ · 1 vraag$/);
  });

  it('colour changes nothing but the escapes, and wrapped widths still hold', async () => {
    const coloured = renderThemeText(safeSpace, groupOf(safeSpace), 60, nl, await styleFor({ isTTY: true }, true, {}));
    expect(coloured).toMatch(ansi);
    expect(coloured.replace(ansi, '')).toBe(renderThemeText(safeSpace, groupOf(safeSpace), 60, nl, plainStyle));
  });

  it('English labels with the English catalogue', () => {
    const english = loadBuiltinSet('en', en);
    const theme = english.themes.find((t) => t.id === 'safe-space')!;
    const out = renderThemeText(theme, english.groups.find((g) => g.id === theme.group), 80, en, plainStyle);
    expect(out).not.toMatch(/\bNoot\b|Meer lezen|vragen/);
  });

  it('long titles of an organisation’s own theme wrap too', () => {
    const own: Theme = {
      id: 'eigen',
      group: 'werking',
      title: 'Een heel lange titel van een eigen thema dat een organisatie zelf schreef',
      questions: [{ id: 'a', text: 'Zie https://example.org/een/heel/lang/pad/dat/niet/op/een/regel/past/in/veertig/kolommen of bel ons.' }],
      notes: [{ title: 'Een noot met een titel die langer is dan veertig kolommen', text: 'Tekst.\n\nTweede alinea.' }],
      file: 'eigen.yaml',
    };
    const out = renderThemeText(own, groupOf(own), 40, nl, plainStyle);
    for (const line of out.split('\n')) if (displayWidth(line) > 40) expect(line).toMatch(urlLine);
    expect(out).toContain('\n   https://example.org/een/heel/lang/pad/dat/niet/op/een/regel/past/in/veertig/kolommen\n   of bel ons.\n');
    expect(out).toContain('\nNoot — Een noot met een titel die langer\n  is dan veertig kolommen\n  Tekst.\n\n  Tweede alinea.\n');
  });
});

describe('noteText and resourceText (also used by reflect)', () => {
  it('indent the note under its heading and the resource under its bullet', () => {
    expect(noteText({ title: 'Functies', text: 'Een.\n\nTwee.', source: 'X', url: 'https://x.be' }, 80, nl, plainStyle)).toEqual([
      '  Noot — Functies',
      '    Een.',
      '',
      '    Twee.',
      '    Bron: X',
      '    https://x.be',
    ]);
    expect(resourceText({ title: 'Presentie', url: 'https://www.presentie.nl/', description: 'Over presentie.' }, 80, plainStyle)).toEqual([
      '  • Presentie',
      '    Over presentie.',
      '    https://www.presentie.nl/',
    ]);
  });
});

describe('readingWidth', () => {
  it.each([
    [undefined, 80],
    [0, 40],
    [20, 40],
    [40, 40],
    [72, 72],
    [100, 100],
    [250, 100],
  ])('columns %j → %i', (columns, width) => {
    expect(readingWidth(columns)).toBe(width);
  });
});

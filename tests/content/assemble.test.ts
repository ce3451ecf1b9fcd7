// Checks across files, and how a question set is put together from its files.
import { describe, expect, it } from 'vitest';
import { assembleQuestionSet, extendQuestionSet } from '../../src/content/assemble.js';
import { checkSetSources, checkThemeSources } from '../../src/content/check-sources.js';
import { parseSetFile } from '../../src/content/set-file.js';
import { parseThemeFile } from '../../src/content/theme-file.js';
import { formatProblem } from '../../src/content/types.js';
import { nl } from '../../src/i18n/nl/index.js';
import { builtinLike, fixture } from './helpers.js';

const themeFile = (path: string, group: string, ...ids: string[]) =>
  parseThemeFile(
    {
      path,
      content: `themes:\n${ids.map((id) => `  - { id: ${id}, group: ${group}, title: ${id}, questions: [{ id: a, text: A? }] }\n`).join('')}`,
    },
    nl,
  );

describe('a question set from its files', () => {
  it('orders themes by the groups of the set, then by file, then as written', () => {
    const checked = checkSetSources(
      ['valid-set/buurt.yaml', 'valid-set/set.yaml', 'valid-set/team.yaml'].map(fixture),
      nl,
    );
    expect(checked.problems).toEqual([]);
    expect(checked.set?.themes.map((t) => `${t.group}/${t.id}`)).toEqual(['team/overleg', 'team/vorming', 'buurt/buren']);
    expect(checked.set?.themes[0]).toEqual({
      id: 'overleg',
      group: 'team',
      title: 'Overleg',
      questions: [{ id: 'wanneer', text: 'Wanneer spreken we over eenzaamheid?', examples: ['op het teamoverleg', 'bij de intake'] }],
      file: 'valid-set/team.yaml',
    });
    expect(checked.set?.title).toBe('Onze eigen reflectievragen');
  });

  it('reports every problem of the set file and of its theme files in one run', () => {
    const checked = checkSetSources([fixture('broken-set/set.yaml'), fixture('broken/bad-url.yaml')], nl);
    expect(checked.set).toBeUndefined();
    expect(checked.problems.map(formatProblem)).toEqual([
      "broken-set/set.yaml:1:1: verplicht veld 'citation' ontbreekt",
      'broken-set/set.yaml:2:10: versie heeft de vorm 1.2.3 (drie getallen met punten)',
      "broken-set/set.yaml:3:11: taalcode van twee kleine letters, bv. 'nl'",
      "broken-set/set.yaml:10:9: groep-id 'team' komt al voor (regel 8)",
      // The set file is broken, but its groups are readable: the theme's group is checked against them.
      "broken/bad-url.yaml:3:12: onbekende groep 'werking'; bestaande groepen: team",
      'broken/bad-url.yaml:10:14: geen geldige URL (http of https), bv. https://www.resokit.be',
      'broken/bad-url.yaml:12:14: geen geldige URL (http of https), bv. https://www.resokit.be',
    ]);
  });

  it('has one set file: a second one is a problem', () => {
    const second = { path: 'extra/set.yml', content: 'id: x\n' };
    const checked = checkSetSources([fixture('valid-set/set.yaml'), second, fixture('valid-set/team.yaml')], nl);
    expect(checked.problems.map(formatProblem)).toEqual([
      'extra/set.yml:1:1: tweede set-bestand; de vragenset wordt al beschreven in valid-set/set.yaml',
    ]);
  });

  it('refuses a theme whose group the set does not have, listing the groups', () => {
    const header = parseSetFile(fixture('valid-set/set.yaml'), nl).set!;
    const assembled = assembleQuestionSet(header, [themeFile('eigen.yaml', 'werking', 'x')], nl);
    expect(assembled.problems.map(formatProblem)).toEqual([
      "eigen.yaml:2:21: onbekende groep 'werking'; bestaande groepen: team, buurt",
    ]);
  });
});

describe('the built-in set extended with --questions', () => {
  it('puts user themes after the built-in ones of their group', () => {
    const extended = extendQuestionSet(builtinLike, [themeFile('a.yaml', 'beleid', 'eigen-beleid'), themeFile('b.yaml', 'werking', 'eigen-werking')], nl);
    expect(extended.problems).toEqual([]);
    expect(extended.set?.themes.map((t) => `${t.id} (${t.file})`)).toEqual([
      'personeelsbeleid (questions/nl/beleid.yaml)',
      'eigen-beleid (a.yaml)',
      'safe-space (questions/nl/werking.yaml)',
      'eigen-werking (b.yaml)',
    ]);
  });

  it('refuses an id of a built-in theme, naming the built-in file and the user file', () => {
    const extended = extendQuestionSet(builtinLike, [themeFile('mijn.yaml', 'werking', 'ok', 'personeelsbeleid')], nl);
    expect(extended.set).toBeUndefined();
    expect(extended.problems.map(formatProblem)).toEqual([
      "mijn.yaml:3:11: thema-id 'personeelsbeleid' bestaat al in de ingebouwde vragenset (questions/nl/beleid.yaml); kies een ander id",
    ]);
  });

  it('refuses a set file among the theme files', () => {
    const checked = checkThemeSources([fixture('valid-set/set.yaml'), fixture('valid-themes/eigen-themas.yaml')], builtinLike, nl);
    expect(checked.problems.map((p) => `${p.file}:${p.line}:${p.col}`)).toEqual(['valid-set/set.yaml:1:1']);
    expect(checked.problems[0]?.message).toContain('een set.yaml hoort niet bij --questions');
  });

  it('accepts valid theme files', () => {
    const checked = checkThemeSources([fixture('valid-themes/eigen-themas.yaml')], builtinLike, nl);
    expect(checked.problems).toEqual([]);
    expect(checked.themes.map((t) => t.id)).toEqual(['onze-vrijwilligers']);
    expect(checked.set?.themes.map((t) => t.id)).toEqual(['personeelsbeleid', 'safe-space', 'onze-vrijwilligers']);
  });
});

// Looking up themes and groups by what the user typed (src/content/find-theme.ts): the errors that
// `show`, `themes --group` and `reflect --theme` turn into exit 2 with the valid ids listed.
import { describe, expect, it } from 'vitest';
import { findGroup, findTheme, findThemes, themesOfGroup } from '../../src/content/find-theme.js';
import { loadBuiltinSet } from '../../src/content/load-question-set.js';
import { UserError, isUserError } from '../../src/errors.js';
import { en } from '../../src/i18n/en/index.js';
import { nl } from '../../src/i18n/nl/index.js';

const set = loadBuiltinSet('nl', nl);
const ids = set.themes.map((t) => t.id);

function thrown(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('findTheme', () => {
  it('finds a theme by its id, ignoring case and surrounding spaces', () => {
    expect(findTheme(set, 'safe-space', nl)).toMatchObject({ id: 'safe-space', group: 'werking', title: 'Safe space' });
    expect(findTheme(set, ' Safe-Space ', nl).id).toBe('safe-space');
    expect(findTheme(set, 'WERKING-BUURTVERVLECHTING', nl).id).toBe('werking-buurtvervlechting');
  });

  it('an unknown id: exit 2, the closest id suggested, every id listed in the details', () => {
    const error = thrown(() => findTheme(set, 'safespace', nl));
    expect(error).toBeInstanceOf(UserError);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe("Onbekend thema 'safespace'. Bedoel je 'safe-space'?");
    expect(error.details).toEqual(['Beschikbare thema’s:', ...ids.map((id) => `  ${id}`)]);
    expect(error.details).toHaveLength(19);
  });

  it.each([
    ['buurt', /^Onbekend thema 'buurt'\. Bedoel je '(beleid|werking)-buurtvervlechting'\?$/],
    ['gradueel aanbod', /^Onbekend thema 'gradueel aanbod'\. Bedoel je 'gradueel-aanbod'\?$/],
    ['participatie', /^Onbekend thema 'participatie'\. Bedoel je 'participatiebeleid'\?$/],
  ])('%j suggests the closest id', (input, message) => {
    expect(thrown(() => findTheme(set, input, nl)).message).toMatch(message);
  });

  it('nothing close: no suggestion, still every id listed', () => {
    const error = thrown(() => findTheme(set, 'x', nl));
    expect(error.message).toBe("Onbekend thema 'x'.");
    expect(error.details.slice(1).map((line) => line.trim())).toEqual(ids);
  });

  it('speaks the user’s language', () => {
    const error = thrown(() => findTheme(set, 'safespace', en));
    expect(error.message).toBe("Unknown theme 'safespace'. Did you mean 'safe-space'?");
    expect(error.details[0]).toBe('Available themes:');
  });
});

describe('findThemes (--theme a,b --theme c)', () => {
  it('takes repeated and comma-separated ids, in the order given, without duplicates', () => {
    const themes = findThemes(set, ['gradueel-aanbod,safe-space', ' vto-beleid ', 'safe-space', 'Gradueel-Aanbod'], nl);
    expect(themes.map((t) => t.id)).toEqual(['gradueel-aanbod', 'safe-space', 'vto-beleid']);
  });

  it('ignores empty pieces', () => {
    expect(findThemes(set, ['safe-space,,', ','], nl).map((t) => t.id)).toEqual(['safe-space']);
    expect(findThemes(set, [], nl)).toEqual([]);
  });

  it('one unknown id among good ones is the same error as findTheme’s', () => {
    const error = thrown(() => findThemes(set, ['safe-space,toegankelijkheid'], nl));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe("Onbekend thema 'toegankelijkheid'. Bedoel je 'toegankelijkheidsbeleid'?");
    expect(error.details).toContain('  toegankelijkheidsbeleid');
  });

  it('several unknown ids: every one named, each with its suggestion, and the list once', () => {
    const error = thrown(() => findThemes(set, ['lichte-bindingen,safespce,foo'], nl));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe("Onbekend thema 'safespce'. Bedoel je 'safe-space'? Onbekend thema 'foo'.");
    expect(error.details?.filter((line) => line === '  safe-space')).toHaveLength(1);
  });
});

describe('findGroup (--group)', () => {
  it('finds beleid and werking, ignoring case and spaces', () => {
    expect(findGroup(set, 'beleid', nl)).toEqual({ ...set.groups[0], id: 'beleid' });
    expect(findGroup(set, ' Werking ', nl).id).toBe('werking');
  });

  it('finds a group by its title in the set’s language too (--group policy with the English set)', () => {
    const english = { ...set, groups: [{ id: 'beleid', title: 'Policy' }, { id: 'werking', title: 'Practice' }] };
    expect(findGroup(english, 'policy', nl).id).toBe('beleid');
    expect(findGroup(english, 'Practice', nl).id).toBe('werking');
  });

  it('an unknown group: exit 2, the groups listed in the message', () => {
    const error = thrown(() => findGroup(set, 'onbekend', nl));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe("Onbekende groep 'onbekend'. Kies uit: beleid, werking.");
  });

  it('a typo also gets a suggestion', () => {
    expect(thrown(() => findGroup(set, 'werkin', nl)).message).toBe("Onbekende groep 'werkin'. Kies uit: beleid, werking. Bedoel je 'werking'?");
  });
});

describe('themesOfGroup', () => {
  it('the seed’s 8 beleid and 10 werking themes, in order', () => {
    expect(themesOfGroup(set, 'beleid')).toHaveLength(8);
    expect(themesOfGroup(set, 'werking').map((t) => t.id)).toEqual(ids.slice(8));
    expect(themesOfGroup(set, 'onbekend')).toEqual([]);
  });
});

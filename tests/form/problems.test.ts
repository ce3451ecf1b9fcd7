import { describe, expect, it } from 'vitest';
import { addAction } from '../../src/answers/edit.js';
import { dueProblem, formProblems } from '../../src/form/browser/problems.js';
import { newState, type FormState } from '../../src/form/browser/state.js';
import { formIds } from '../../src/form/ids.js';
import { nl } from '../../src/i18n/nl/index.js';
import { pageData } from './support.js';

const today = '2026-12-03';
const r = nl.reflect;

describe('a typed due date', () => {
  it.each([
    ['', undefined],
    ['31/1/2027', undefined],
    ['2027-01-31', undefined],
    ['31/02/2027', r.dueInvalid],
    ['12/31/2027', r.dueNotAMonth(31, 'dmy')],
    ['volgende week', r.dueFormat],
    ['1/1/2020', r.duePast],
  ])('%j → %j', (text, expected) => {
    expect(dueProblem(text, today, nl)).toBe(expected);
  });

  it('a date already in the file may lie in the past', () => {
    expect(dueProblem('01/01/2020', today, nl, '2020-01-01')).toBeUndefined();
    expect(dueProblem('02/01/2020', today, nl, '2020-01-01')).toBe(r.duePast);
  });
});

describe('what stops a download', () => {
  const data = pageData();
  const filled = (): FormState => {
    const state = newState(data, new Date());
    return { ...state, chosen: ['safe-space'], file: { ...state.file, organisation: 'De Brug', participant: 'An' } };
  };
  const theme = data.themes.findIndex((t) => t.id === 'safe-space');

  it('nothing, for a name, an organisation and a theme', () => {
    expect(formProblems(filled(), data, today, nl)).toEqual([]);
  });

  it('a missing organisation or name, each at its field', () => {
    const state = filled();
    const empty = { ...state, file: { ...state.file, organisation: ' ', participant: '' } };
    expect(formProblems(empty, data, today, nl)).toEqual([
      { field: formIds.organisation, message: nl.form.organisationMissing },
      { field: formIds.participant, message: nl.form.participantMissing },
    ]);
  });

  it('no theme chosen, when the form offers a choice', () => {
    expect(formProblems({ ...filled(), chosen: [] }, data, today, nl)).toEqual([{ field: formIds.chooseTheme(0), message: nl.form.noThemeChosen }]);
    const fixed = pageData(['safe-space']);
    const state = newState(fixed, new Date());
    expect(formProblems({ ...state, file: { ...state.file, organisation: 'X', participant: 'Y' } }, fixed, today, nl)).toEqual([]);
  });

  it('an impossible due date, and an action with a date but nothing to do', () => {
    const state = filled();
    const file = addAction(state.file, theme, { what: '', priority: 'medium' }, new Date(), () => 'a-aaaaaaaaaa');
    const problems = formProblems({ ...state, file, dues: { 'a-aaaaaaaaaa': '30/02/2027' } }, data, today, nl);
    expect(problems).toEqual([
      { field: formIds.actionField('a-aaaaaaaaaa', 'what'), message: nl.form.whatMissing },
      { field: formIds.actionField('a-aaaaaaaaaa', 'due'), message: r.dueInvalid },
    ]);
  });

  it('more than three focus actions', () => {
    let { file, ...rest } = filled();
    for (const id of ['a-1', 'a-2', 'a-3', 'a-4']) file = addAction(file, theme, { what: id, priority: 'low' }, new Date(), () => id);
    const focus = ['a-1', 'a-2', 'a-3', 'a-4'];
    expect(formProblems({ ...rest, file: { ...file, focus } }, data, today, nl)).toEqual([{ field: formIds.focusOption('a-1'), message: nl.form.focusAtMostThree }]);
    expect(formProblems({ ...rest, file: { ...file, focus: focus.slice(0, 3) } }, data, today, nl)).toEqual([]);
  });
});

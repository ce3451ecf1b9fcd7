import { describe, expect, it } from 'vitest';
import { addAction, newAnswers, setFocus, updateAction, type ActionPatch } from '../../src/answers/edit.js';
import type { Action, AnswersFile } from '../../src/answers/model.js';
import { smallSet } from '../fixtures/sets/small-set.js';

const created = new Date('2026-11-27T10:00:00Z');
const later = new Date('2026-11-28T09:00:00Z');
const themeId = smallSet.themes[1]!.id;

function sample(): AnswersFile {
  let f = newAnswers(smallSet, [smallSet.themes[0]!, smallSet.themes[1]!], { organisation: 'Vzw', participant: 'An' }, created);
  f = addAction(f, 0, { what: 'Elders', priority: 'low' }, created);
  f = addAction(f, 1, { what: 'Huisbezoeken', who: 'Sara', due: '2027-03-01', priority: 'medium' }, created);
  f = addAction(f, 1, { what: 'Koffie', priority: 'high' }, created);
  return setFocus(f, ['a2'], created);
}

// Whatever id the action has (a1 today, a random id in format 2): it is kept.
const withRandomId = (file: AnswersFile): AnswersFile => ({
  ...file,
  focus: ['k7Qx2mPz'],
  themes: file.themes.map((t, i) => (i === 1 ? { ...t, actions: t.actions.map((a, j) => (j === 0 ? { ...a, id: 'k7Qx2mPz' } : a)) } : t)),
});

describe('updateAction', () => {
  const base: Action = { id: 'a2', what: 'Huisbezoeken', who: 'Sara', due: '2027-03-01', priority: 'medium', status: 'open' };
  it.each<[string, ActionPatch, Action]>([
    ['what', { what: '  Huisbezoeken bij nieuwe buren ' }, { ...base, what: 'Huisbezoeken bij nieuwe buren' }],
    ['who', { who: ' Jonas ' }, { ...base, who: 'Jonas' }],
    ['who removed (empty)', { who: '' }, (({ who: _w, ...rest }) => rest)(base)],
    ['who removed (undefined)', { who: undefined }, (({ who: _w, ...rest }) => rest)(base)],
    ['due', { due: '2027-04-15' }, { ...base, due: '2027-04-15' }],
    ['due removed', { due: undefined }, (({ due: _d, ...rest }) => rest)(base)],
    ['priority', { priority: 'high' }, { ...base, priority: 'high' }],
    ['an empty what is no change', { what: '   ' }, base],
    ['everything at once', { what: 'X', who: 'Y', due: '2028-01-01', priority: 'low' }, { ...base, what: 'X', who: 'Y', due: '2028-01-01', priority: 'low' }],
    ['nothing', {}, base],
  ])('changes %s, keeping id, status and place', (_name, patch, expected) => {
    const before = sample();
    const after = updateAction(before, themeId, 'a2', patch, later);
    expect(after.themes[1]!.actions).toEqual([expected, before.themes[1]!.actions[1]]);
    expect(after.themes[0]).toEqual(before.themes[0]);
    expect(after.focus).toEqual(['a2']);
    expect(after.updated).toBe(later.toISOString());
    // Pure: the file it was given is unchanged.
    expect(before).toEqual(sample());
  });

  it('keeps a random (format 2) id as it is', () => {
    const after = updateAction(withRandomId(sample()), themeId, 'k7Qx2mPz', { what: 'Anders' }, later);
    expect(after.themes[1]!.actions[0]).toMatchObject({ id: 'k7Qx2mPz', what: 'Anders' });
    expect(after.focus).toEqual(['k7Qx2mPz']);
  });

  it('changes nothing for an unknown theme or action', () => {
    const before = sample();
    expect(updateAction(before, 'bestaat-niet', 'a2', { what: 'X' }, later)).toBe(before);
    expect(updateAction(before, themeId, 'a9', { what: 'X' }, later).themes).toEqual(before.themes);
    // An action id is looked up in the given theme only.
    expect(updateAction(before, themeId, 'a1', { what: 'X' }, later).themes).toEqual(before.themes);
  });
});

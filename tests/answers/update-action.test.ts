import { describe, expect, it } from 'vitest';
import { addAction, newAnswers, setFocus, updateAction, type ActionFields } from '../../src/answers/edit.js';
import type { Action, AnswersFile } from '../../src/answers/model.js';
import { smallSet } from '../fixtures/sets/small-set.js';

// The review's "change action" (walkthrough.ts) goes through updateAction: every field as typed.
const created = new Date('2026-11-27T10:00:00Z');
const later = new Date('2026-11-28T09:00:00Z');
const ids = ['a-k7qx2mpzab', 'a-r4t6y8u2io', 'a-zzzz2222aa'];

function sample(): AnswersFile {
  const next = [...ids];
  let f = newAnswers(smallSet, [smallSet.themes[0]!, smallSet.themes[1]!], { organisation: 'Vzw', participant: 'An' }, created);
  f = addAction(f, 0, { what: 'Elders', priority: 'low' }, created, () => next.shift()!);
  f = addAction(f, 1, { what: 'Huisbezoeken', who: 'Sara', due: '2027-03-01', priority: 'medium' }, created, () => next.shift()!);
  f = addAction(f, 1, { what: 'Koffie', priority: 'high' }, created, () => next.shift()!);
  return setFocus(f, [ids[1]!], created);
}

describe('updateAction (the review changes an action)', () => {
  const base: Action = { id: ids[1]!, what: 'Huisbezoeken', who: 'Sara', due: '2027-03-01', priority: 'medium', status: 'open' };
  const same: ActionFields = { what: 'Huisbezoeken', who: 'Sara', due: '2027-03-01', priority: 'medium' };
  it.each<[string, ActionFields, Action]>([
    ['nothing (every answer kept)', same, base],
    ['what, trimmed', { ...same, what: '  Huisbezoeken bij nieuwe buren ' }, { ...base, what: 'Huisbezoeken bij nieuwe buren' }],
    ['who', { ...same, who: ' Jonas ' }, { ...base, who: 'Jonas' }],
    ['who emptied: no owner', { ...same, who: '' }, (({ who: _w, ...rest }) => rest)(base)],
    ['due', { ...same, due: '2027-04-15' }, { ...base, due: '2027-04-15' }],
    ['due emptied: no date', { ...same, due: undefined }, (({ due: _d, ...rest }) => rest)(base)],
    ['priority', { ...same, priority: 'high' }, { ...base, priority: 'high' }],
  ])('changes %s, keeping the (random) id, the status and the place', (_name, fields, expected) => {
    const before = sample();
    const after = updateAction(before, 1, ids[1]!, fields, later);
    expect(after.themes[1]!.actions).toEqual([expected, before.themes[1]!.actions[1]]);
    expect(after.themes[0]).toEqual(before.themes[0]);
    expect(after.focus).toEqual([ids[1]]);
    expect(after.updated).toBe(later.toISOString());
    expect(before).toEqual(sample()); // pure
  });

  it('changes nothing for an action of another theme or one that does not exist', () => {
    const before = sample();
    expect(updateAction(before, 1, 'a-bestaatniet', { what: 'X', priority: 'low' }, later).themes).toEqual(before.themes);
    expect(updateAction(before, 1, ids[0]!, { what: 'X', priority: 'low' }, later).themes).toEqual(before.themes);
  });
});

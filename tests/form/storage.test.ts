// Type-checked with the page script (src/form/browser/dom/tsconfig.json): it runs that script's storage against an in-memory localStorage.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FormStore } from '../../src/form/browser/dom/storage.js';
import { newState } from '../../src/form/browser/state.js';
import { pageData } from './support.js';

/** The browser's localStorage, as one map. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('the form’s storage', () => {
  const global = globalThis as unknown as { window?: unknown };
  beforeEach(() => {
    global.window = { localStorage: memoryStorage() };
  });
  afterEach(() => {
    delete global.window;
  });

  it('lists whoever’s work is stored, also when another page’s list of people crossed this one’s', () => {
    const store = new FormStore('f1');
    const state = newState(pageData(), new Date('2026-12-03T10:00:00Z'));
    state.file.participant = 'Gert';
    expect(store.save({ id: 'p1', name: 'Gert' }, { state, unsaved: true })).toBe('ok');
    expect(store.save({ id: 'p2', name: 'Gert' }, { state, unsaved: true })).toBe('ok');
    // The other tab wrote its list from before p2 was there.
    (global.window as { localStorage: ReturnType<typeof memoryStorage> }).localStorage.setItem(store.key('index'), JSON.stringify({ last: 'p1', people: [{ id: 'p1', name: 'Gert' }] }));
    expect(new FormStore('f1').index().people).toEqual([
      { id: 'p1', name: 'Gert' },
      { id: 'p2', name: 'Gert' },
    ]);
    // Another form's work is not this one's.
    expect(new FormStore('f2').index().people).toEqual([]);
  });
});

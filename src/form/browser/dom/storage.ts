import type { FormState } from '../state.js';

/** One person's work on this computer: stored under the form's identity and their own id. */
export interface Person {
  id: string;
  name: string;
}

interface Index {
  last?: string;
  people: Person[];
}

export type StoreResult = 'ok' | 'unavailable' | 'full';

/** One person's work, and whether it has changed since their last download. */
export interface StoredWork {
  state: FormState;
  unsaved: boolean;
}

/**
 * The browser's storage for one form. Chromium shares one store among all local files, so every
 * key starts with the form's identity; each participant has a key of their own, so that two people
 * on one computer never overwrite each other. Storage may be missing altogether (a private window,
 * Safari on file://) or full: every call says so instead of throwing.
 */
export class FormStore {
  private readonly storage: Storage | undefined;
  constructor(private readonly formId: string) {
    this.storage = FormStore.probe();
  }

  private static probe(): Storage | undefined {
    try {
      const storage = window.localStorage;
      const key = 'resokit-form-probe';
      storage.setItem(key, key);
      storage.removeItem(key);
      return storage;
    } catch {
      return undefined;
    }
  }

  get available(): boolean {
    return this.storage !== undefined;
  }

  private key(part: string): string {
    return `resokit-form:${this.formId}:${part}`;
  }

  private read<T>(key: string): T | undefined {
    try {
      const text = this.storage?.getItem(key);
      return text ? (JSON.parse(text) as T) : undefined;
    } catch {
      return undefined;
    }
  }

  private write(key: string, value: unknown): StoreResult {
    if (!this.storage) return 'unavailable';
    try {
      this.storage.setItem(key, JSON.stringify(value));
      return 'ok';
    } catch {
      return 'full';
    }
  }

  index(): Index {
    const index = this.read<Index>(this.key('index'));
    return index && Array.isArray(index.people) ? index : { people: [] };
  }

  load(id: string): StoredWork | undefined {
    const work = this.read<StoredWork>(this.key(`person:${id}`));
    const state = work?.state;
    return state && typeof state === 'object' && state.file && Array.isArray(state.file.themes) && Array.isArray(state.chosen) ? work : undefined;
  }

  save(person: Person, work: StoredWork): StoreResult {
    const saved = this.write(this.key(`person:${person.id}`), work);
    if (saved !== 'ok') return saved;
    const index = this.index();
    const people = [...index.people.filter((p) => p.id !== person.id), person];
    return this.write(this.key('index'), { last: person.id, people });
  }
}

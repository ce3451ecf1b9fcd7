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
  /** Which write this is (pages of one form open twice tell their writes apart by it)… */
  stamp?: string;
  /** …and the write it was made on, as the page that wrote it knew it. */
  base?: string;
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

  key(part: string): string {
    return `resokit-form:${this.formId}:${part}`;
  }

  /** The key of a person's work, as a `storage` event names it. */
  workKey(id: string): string {
    return this.key(`person:${id}`);
  }

  /** Another page of this form hears of this one (a `storage` event there): its identity and a fresh value. */
  announce(page: string, reply: boolean): void {
    this.write(this.key('page'), { page, reply, at: Math.random() });
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
    const stored = this.read<Index>(this.key('index'));
    const index = stored && Array.isArray(stored.people) ? stored : { people: [] };
    // Two pages of one form may write the list at once, and one then drops the other's newest
    // person: whoever's work is stored is listed, named as in the work.
    const listed = new Set(index.people.map((p) => p.id));
    const prefix = this.workKey('');
    for (let i = 0; i < (this.storage?.length ?? 0); i++) {
      const id = this.storage?.key(i)?.slice(prefix.length);
      if (id === undefined || listed.has(id) || !this.storage?.key(i)?.startsWith(prefix)) continue;
      const work = this.load(id);
      if (work) index.people.push({ id, name: work.state.file.participant.trim() });
    }
    return index;
  }

  load(id: string): StoredWork | undefined {
    const work = this.read<StoredWork>(this.workKey(id));
    const state = work?.state;
    return state && typeof state === 'object' && state.file && Array.isArray(state.file.themes) && Array.isArray(state.chosen) ? work : undefined;
  }

  /** Which write of a person's work is stored now: undefined when none (or one from before stamps). */
  stampOf(id: string): string | undefined {
    return this.read<StoredWork>(this.workKey(id))?.stamp;
  }

  save(person: Person, work: StoredWork): StoreResult {
    const saved = this.write(this.workKey(person.id), work);
    if (saved !== 'ok') return saved;
    const index = this.index();
    const people = [...index.people.filter((p) => p.id !== person.id), person];
    return this.write(this.key('index'), { last: person.id, people });
  }
}

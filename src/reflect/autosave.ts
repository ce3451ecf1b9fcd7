import type { FileWriter } from '../files/write-atomic.js';

/** What the person is told about saving: once when it starts failing, once when it works again. */
export type SaveNotice = { kind: 'failing'; path: string; error: unknown } | { kind: 'recovered'; path: string };

export interface AutosaveOptions<T> {
  path: string;
  writer: FileWriter;
  /** The file's text; `path` is where it goes (a path inside it may be relative to its folder). */
  render: (value: T, path: string) => string;
  notify: (notice: SaveNotice) => void;
}

/**
 * Saving as a small state machine: the latest value lives in memory, every change is an attempt to
 * write it, and a failing disk changes nothing for the walk-through (no attempt ever rejects).
 * Attempts run one at a time, each writing the newest value, so a slow disk never writes an old
 * one last. The file system is behind `writer`, so every failure can be tested.
 */
export class Autosave<T> {
  private current: string;
  private latestValue: T | undefined;
  /** The value on disk at `path` (identity): nothing to do while it is the latest. */
  private written: T | undefined;
  /** Set while saving fails: its latest error. */
  private failing: { error: unknown } | undefined;
  private queue: Promise<void> = Promise.resolve();
  private frozen = false;

  constructor(private readonly options: AutosaveOptions<T>) {
    this.current = options.path;
  }

  get path(): string {
    return this.current;
  }

  get latest(): T | undefined {
    return this.latestValue;
  }

  /** The latest value as it would be written (for the terminal, when no disk takes it). */
  latestText(): string {
    return this.options.render(this.latestValue as T, this.current);
  }

  /** Set while saving fails (with the latest error); undefined while it works. */
  get failure(): { error: unknown } | undefined {
    return this.failing;
  }

  /** Remembers `value` and tries to write it. Never rejects: a failure becomes a notice. */
  update(value: T): Promise<void> {
    this.latestValue = value;
    if (this.frozen) return Promise.resolve();
    this.queue = this.queue.then(() => this.attempt());
    return this.queue;
  }

  /**
   * From now on values are only remembered, not written: a signal arrived and the last write is
   * made synchronously (`flushSync`), where no earlier write can land after it.
   */
  freeze(): void {
    this.frozen = true;
  }

  /** Resolves when no write is in progress. */
  settled(): Promise<void> {
    return this.queue;
  }

  /**
   * One more write of the latest value, now (the end of a session), even when it was written
   * before: the folder may have gone since (a USB stick pulled). True when it is on disk.
   */
  async flush(): Promise<boolean> {
    this.queue = this.queue.then(() => this.attempt(true));
    await this.queue;
    return this.failing === undefined;
  }

  /** `flush` for a signal, where nothing can be awaited. */
  flushSync(): boolean {
    if (this.latestValue === undefined) return this.failing === undefined;
    const value = this.latestValue;
    try {
      this.options.writer.writeSync(this.current, this.options.render(value, this.current));
      this.succeeded(value);
    } catch (error) {
      this.failed(error);
    }
    return this.failing === undefined;
  }

  /** Writes the latest value to another file; on success, saving continues there. Throws its error. */
  async moveTo(path: string): Promise<void> {
    await this.queue;
    const value = this.latestValue as T;
    await this.options.writer.write(path, this.options.render(value, path));
    this.relocate(path, value);
  }

  moveToSync(path: string): void {
    const value = this.latestValue as T;
    this.options.writer.writeSync(path, this.options.render(value, path));
    this.relocate(path, value);
  }

  private relocate(path: string, value: T): void {
    this.current = path;
    this.written = value;
    this.failing = undefined;
  }

  private async attempt(again = false): Promise<void> {
    const value = this.latestValue;
    if (value === undefined || (value === this.written && !again)) return;
    const path = this.current;
    try {
      await this.options.writer.write(path, this.options.render(value, path));
      // Moved meanwhile (another folder was chosen): this write no longer counts.
      if (path === this.current) this.succeeded(value);
    } catch (error) {
      if (path === this.current) this.failed(error);
    }
  }

  private succeeded(value: T): void {
    this.written = value;
    if (this.failing !== undefined) this.options.notify({ kind: 'recovered', path: this.current });
    this.failing = undefined;
  }

  private failed(error: unknown): void {
    if (this.failing === undefined) this.options.notify({ kind: 'failing', path: this.current, error });
    this.failing = { error };
  }
}

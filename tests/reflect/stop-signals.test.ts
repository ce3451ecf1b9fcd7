// The events that end a session on Windows too (issue 9, item 6): Ctrl+C (SIGINT), Ctrl+Break
// (SIGBREAK) and closing the console window (SIGHUP), emitted in the process, since Wine cannot
// raise the close-window event. Ctrl+C under Wine, as a real SIGINT: tests/e2e/windows/reflect-pty.test.ts.
import { describe, expect, it } from 'vitest';
import { onStopSignal, type StopSignal } from '../../src/reflect/signals.js';

describe('onStopSignal', () => {
  it.each([
    ['SIGINT', 130, 'Ctrl+C'],
    ['SIGBREAK', 130, 'Ctrl+Break in a Windows console'],
    ['SIGHUP', 129, 'the console window closed'],
  ] as const)('%s reaches the handler with exit code %i: %s', (signal: StopSignal, code: number, _why: string) => {
    const seen: Array<[StopSignal, number]> = [];
    const uninstall = onStopSignal((s, c) => seen.push([s, c]));
    try {
      process.emit(signal);
    } finally {
      uninstall();
    }
    expect(seen).toEqual([[signal, code]]);
  });

  it('once uninstalled, no listener of its own is left', () => {
    const before = ['SIGINT', 'SIGBREAK', 'SIGHUP'].map((s) => process.listenerCount(s));
    const uninstall = onStopSignal(() => undefined);
    expect(['SIGINT', 'SIGBREAK', 'SIGHUP'].map((s) => process.listenerCount(s))).toEqual(before.map((n) => n + 1));
    uninstall();
    expect(['SIGINT', 'SIGBREAK', 'SIGHUP'].map((s) => process.listenerCount(s))).toEqual(before);
  });
});

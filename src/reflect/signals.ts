/**
 * The signals that end a session from outside, with the exit code each gives (128 + its number):
 * the terminal closed (SIGHUP), `kill` (SIGTERM), `kill -INT` or a console's Ctrl+C event (SIGINT).
 * SIGBREAK is Ctrl+Break in a Windows console: an interruption like Ctrl+C. Node accepts it
 * everywhere and it never arrives elsewhere.
 */
export const stopSignals = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143, SIGBREAK: 130 } as const;
export type StopSignal = keyof typeof stopSignals;

/** Calls `handler` on any stop signal, instead of Node's default of dying at once. Returns the uninstaller. */
export function onStopSignal(handler: (signal: StopSignal, exitCode: number) => void): () => void {
  const installed = (Object.keys(stopSignals) as StopSignal[]).map((signal) => {
    const listener = () => handler(signal, stopSignals[signal]);
    process.on(signal, listener);
    return () => process.off(signal, listener);
  });
  return () => installed.forEach((uninstall) => uninstall());
}

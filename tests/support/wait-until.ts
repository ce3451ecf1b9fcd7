/**
 * Polls until `check` returns a value that is not false/undefined, and returns it: tests wait for
 * what they need (a file on disk, a line on screen), never a fixed time.
 */
export async function waitUntil<T>(check: () => T | false | undefined, describe: () => string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== false && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms in vain: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

import { Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import MuteStream from 'mute-stream';

const keys = {
  enter: '\r',
  up: '\x1b[A',
  down: '\x1b[B',
  space: ' ',
  backspace: '\x7f',
  'ctrl+c': '\x03',
  'ctrl+e': '\x05',
} as const;

/**
 * Drives a whole multi-prompt flow the way @inquirer/testing's render() drives one prompt:
 * a MuteStream as the keyboard, a buffer as the terminal. `next(text)` waits until `text` is
 * on the screen (after what was already seen), so keys are sent only to the prompt that asks.
 */
export function createScreen() {
  const input = new MuteStream();
  input.unmute();
  let full = '';
  let seen = 0;
  const output = new Writable({
    write(chunk, _encoding, callback) {
      full += chunk.toString();
      callback();
    },
  });
  // Every prompt pipes into the terminal and ends its pipe when done; a terminal stays open.
  output.end = () => output;
  const plain = () => stripVTControlCharacters(full);
  // Keys go out one write at a time, each after the previous was handled, as a person types.
  let pending: Promise<void> = Promise.resolve();
  const send = (bytes: string) => {
    pending = pending.then(
      () =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            input.write(bytes);
            resolve();
          }, 2),
        ),
    );
  };
  return {
    input,
    output,
    text: plain,
    async next(text: string, timeoutMs = 3000): Promise<void> {
      await pending;
      const start = Date.now();
      for (;;) {
        const at = plain().indexOf(text, seen);
        if (at >= 0) {
          seen = at + text.length;
          await new Promise((resolve) => setImmediate(resolve));
          return;
        }
        if (Date.now() - start > timeoutMs) {
          throw new Error(`"${text}" did not appear. Screen so far:\n${JSON.stringify(plain().slice(-1200))}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    /** Raw bytes, as a terminal sends them: readline turns them into keypresses, as in real use. */
    type(text: string) {
      send(text);
    },
    key(name: keyof typeof keys) {
      send(keys[name]);
    },
    /** Resolves when every key sent so far has been written. */
    settled: () => pending,
  };
}

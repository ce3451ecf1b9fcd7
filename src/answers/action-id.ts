import { createHash, randomBytes, type Hash } from 'node:crypto';

/** Makes a new action id. Injected into the answers core, so tests can make ids deterministic. */
export type NewActionId = () => string;

/** RFC 4648 base32, lower case: no characters that need quoting in YAML or a shell. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const LENGTH = 10;

/** `length` base32 characters from the first bits of `bytes` (5 bits each). */
function base32(bytes: Uint8Array, length: number): string {
  let out = '';
  let value = 0;
  let bits = 0;
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length === length) break;
  }
  return out;
}

/**
 * A new action id: `a-` and 50 random bits. Unique beyond one file (teams, rounds, mailboxes), so
 * an action can be followed from one reflection to the next by its id.
 */
export const randomActionId: NewActionId = () => `a-${base32(randomBytes(7), LENGTH)}`;

/**
 * The `n`th id derived from a file's content: it looks like a random one, but reading the same
 * format-1 file twice (a report, then --previous, then --resume) gives its actions the same ids.
 */
export function derivedActionId(content: string | Uint8Array, n: number): string {
  // The content is hashed once per file, not once per action (a copy of the hash goes on with
  // `n`): the same ids, without reading a file of a thousand actions a thousand times.
  if (hashed?.content !== content) hashed = { content, hash: createHash('sha256').update(content) };
  return `a-${base32(hashed.hash.copy().update(`\u0000${n}`).digest(), LENGTH)}`;
}

let hashed: { content: string | Uint8Array; hash: Hash } | undefined;

/** A new id not in `used`: random ids collide in theory only, but a file must never hold one twice. */
export function unusedActionId(used: ReadonlySet<string>, newId: NewActionId): string {
  for (;;) {
    const id = newId();
    if (!used.has(id)) return id;
  }
}

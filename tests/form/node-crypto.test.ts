import { createHash as nodeHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createHash, randomBytes } from '../../src/form/browser/node-crypto.js';

describe('the page’s stand-in for node:crypto', () => {
  it.each([['', 0], ['abc', 0], ['a'.repeat(55), 0], ['a'.repeat(56), 0], ['é'.repeat(1000), 0], ['x', 3]])('sha256 of %j (copied %i times) is Node’s', (text, copies) => {
    let ours = createHash('sha256').update(text);
    let theirs = nodeHash('sha256').update(text);
    for (let i = 0; i < copies; i++) {
      ours = ours.copy().update(`\u0000${i}`);
      theirs = theirs.copy().update(`\u0000${i}`);
    }
    expect(ours.digest('hex')).toBe(theirs.digest('hex'));
  });

  it('bytes, base64 and hex digests', () => {
    const bytes = new TextEncoder().encode('resokit');
    expect(Buffer.from(createHash('sha256').update(bytes).digest() as Uint8Array)).toEqual(nodeHash('sha256').update(bytes).digest());
    expect(createHash('sha256').update('resokit').digest('base64')).toBe(nodeHash('sha256').update('resokit').digest('base64'));
  });

  it('random bytes of the size asked, not all the same', () => {
    const a = randomBytes(7);
    expect(a).toHaveLength(7);
    expect(Buffer.from(a).equals(Buffer.from(randomBytes(7)))).toBe(false);
  });
});

// Answers are personal: those written inside the clone (reflect's default folder is ./resokit/,
// relative to wherever it was started) must never end up in a commit by accident.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const gitignore = readFileSync(new URL('../../.gitignore', import.meta.url), 'utf8');
const rules = gitignore.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));

describe('.gitignore', () => {
  it('ignores every folder named resokit/, at the root and below (not anchored to the root)', () => {
    expect(rules).toContain('resokit/');
  });

  it('has no rule that takes answers files back in', () => {
    expect(rules.filter((rule) => rule.startsWith('!'))).toEqual([]);
  });
});

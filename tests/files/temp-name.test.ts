import { describe, expect, it } from 'vitest';
import { uniqueSuffix } from '../../src/files/temp-name.js';

describe('the suffix of a temporary file', () => {
  it('is never the same twice in a process, and names the process', () => {
    const made = Array.from({ length: 1000 }, uniqueSuffix);
    expect(new Set(made).size).toBe(made.length);
    for (const suffix of made) expect(suffix).toMatch(new RegExp(`^${process.pid.toString(36)}-[0-9a-z]+-[0-9a-z]+$`));
  });
});

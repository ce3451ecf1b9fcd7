import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exists, existsSync } from '../../src/files/exists.js';

describe('exists: "no" only when nothing is there', () => {
  const dir = mkdtempSync(join(tmpdir(), 'resokit-exists-'));
  writeFileSync(join(dir, 'file'), 'x');

  it.each([
    ['a file', 'file', true],
    ['a folder', '.', true],
    ['nothing', 'missing', false],
    ['below a file (ENOTDIR)', 'file/below', false],
  ])('%s', async (_name, path, expected) => {
    expect(await exists(join(dir, path))).toBe(expected);
    expect(existsSync(join(dir, path))).toBe(expected);
  });

  it('a path that cannot be looked at (too long: ENAMETOOLONG) throws instead of answering "no"', async () => {
    const long = join(dir, 'x'.repeat(300));
    await expect(exists(long)).rejects.toMatchObject({ code: 'ENAMETOOLONG' });
    expect(() => existsSync(long)).toThrow(expect.objectContaining({ code: 'ENAMETOOLONG' }));
  });
});

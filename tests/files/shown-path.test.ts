import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shownPath } from '../../src/files/shown-path.js';

describe('shownPath: relative inside the folder, absolute outside it', () => {
  it.each([
    ['/home/an', '/home/an/resokit/antwoorden.yaml', 'resokit/antwoorden.yaml'],
    ['/home/an', '/home/an', '/home/an'],
    ['/home/an/werk', '/home/an/team/bob.yaml', '/home/an/team/bob.yaml'],
    ['/home/an', '/tmp/resokit-x/antwoorden.yaml', '/tmp/resokit-x/antwoorden.yaml'],
    ['/home/an', '/home/an/..verborgen/x.yaml', '..verborgen/x.yaml'],
    // A folder inside whose name starts with two dots.
  ])('POSIX: from %s, %s is shown as %s', (cwd, target, shown) => {
    expect(shownPath(cwd, target, posix)).toBe(shown);
  });

  it.each([
    ['C:\\Users\\Anaïs', 'C:\\Users\\Anaïs\\OneDrive - Vzw De Brug\\a.yaml', 'OneDrive - Vzw De Brug\\a.yaml'],
    ['C:\\Users\\Anaïs\\Documenten', 'C:\\Users\\Anaïs\\Bureaublad\\a.yaml', 'C:\\Users\\Anaïs\\Bureaublad\\a.yaml'],
    ['C:\\Users\\Anaïs', 'D:\\team\\a.yaml', 'D:\\team\\a.yaml'],
  ])('Windows: from %s, %s is shown as %s', (cwd, target, shown) => {
    expect(shownPath(cwd, target, win32)).toBe(shown);
  });
});

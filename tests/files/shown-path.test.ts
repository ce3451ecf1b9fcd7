import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryPath, pastedPath, shownPath, shownPathsIn } from '../../src/files/shown-path.js';

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

describe('shownPathsIn: the files of one folder, shown as shownPath shows each', () => {
  const names = ['an.yaml', 'bob.yaml', '..twee-punten.yaml'];
  it.each([
    ['POSIX', posix, '/home/an', '/home/an'],
    ['POSIX', posix, '/home/an', '/home/an/team'],
    ['POSIX', posix, '/home/an/werk', '/home/an/team'],
    ['POSIX', posix, '/home/an', '/home/an/..verborgen'],
    ['POSIX', posix, '/home/an/team', '/home/an'],
    ['Windows', win32, 'C:\\Users\\Anaïs', 'C:\\Users\\Anaïs\\OneDrive - Vzw De Brug\\team'],
    ['Windows', win32, 'C:\\Users\\Anaïs', 'C:\\Users\\Anaïs'],
    ['Windows', win32, 'C:\\Users\\Anaïs', 'D:\\team'],
  ] as const)('%s: from %s, the files of %s', (_platform, paths, cwd, folder) => {
    expect(shownPathsIn(cwd, folder, names, paths)).toEqual(names.map((name) => shownPath(cwd, paths.join(folder, name), paths)));
  });
});

describe('entryPath: join for a name read from a folder', () => {
  it.each([
    ['POSIX', posix, '/home/an/team', 'an.yaml'],
    ['POSIX', posix, '/', 'an.yaml'],
    ['POSIX', posix, 'team', '..twee-punten.yaml'],
    ['Windows', win32, 'C:\\Users\\Anaïs\\team', 'an.yaml'],
    ['Windows', win32, 'D:\\', 'an.yaml'],
  ] as const)('%s: %s and %s', (_platform, paths, folder, name) => {
    expect(entryPath(folder, name, paths)).toBe(paths.join(folder, name));
  });
});

describe('pastedPath: relative only where a new terminal starts (the home folder)', () => {
  it.each([
    ['run from home', '/home/an', '/home/an', 'resokit/a.yaml', 'resokit/a.yaml'],
    ['run from a project folder', '/home/an/werk', '/home/an', 'resokit/a.yaml', '/home/an/werk/resokit/a.yaml'],
    ['already absolute', '/home/an/werk', '/home/an', '/tmp/a.yaml', '/tmp/a.yaml'],
    ['no home folder', '/srv', undefined, 'resokit/a.yaml', '/srv/resokit/a.yaml'],
  ] as const)('POSIX, %s', (_name, cwd, home, target, expected) => {
    expect(pastedPath(cwd, home, target, posix)).toBe(expected);
  });

  it.each([
    ['run from %USERPROFILE%', 'C:\\Users\\Anaïs', 'C:\\Users\\Anaïs', 'resokit\\a.yaml', 'resokit\\a.yaml'],
    ['run from OneDrive', 'C:\\Users\\Anaïs\\OneDrive - Vzw De Brug', 'C:\\Users\\Anaïs', 'resokit\\a.yaml', 'C:\\Users\\Anaïs\\OneDrive - Vzw De Brug\\resokit\\a.yaml'],
    ['the home folder typed in other case', 'c:\\users\\anaïs', 'C:\\Users\\Anaïs', 'a.yaml', 'a.yaml'],
  ] as const)('Windows, %s', (_name, cwd, home, target, expected) => {
    expect(pastedPath(cwd, home, target, win32)).toBe(expected);
  });
});

// Globs that no Windows shell expands (issue 9, item 4), and quoted globs elsewhere: resokit expands them,
// a wildcard in a folder's part too, as a POSIX shell does.
import { describe, expect, it } from 'vitest';
import { expandArgs } from '../../src/files/expand-args.js';

const folders: Record<string, string[]> = {
  'C:\\Users': ['An', 'Bo'],
  'C:\\Users\\An\\team': ['chris.yaml', 'an.yaml', 'Bob.YAML', 'notes.md', '.hidden.yaml', 'plan.md'],
  'C:\\Users\\An': ['team', 'reflecties', 'an-2025.yaml', 'an-2026.yaml', 'an-20260.yaml'],
  'C:\\Users\\An\\reflecties': ['2026-Winter', '2025-najaar', 'notes.md', '.oud'],
  'C:\\Users\\An\\reflecties\\2025-najaar': ['bob.yaml', 'anais.yaml'],
  'C:\\Users\\An\\reflecties\\2026-Winter': ['chris.yaml', 'Anais.YAML'],
  'C:\\Users\\An\\reflecties\\.oud': ['anais.yaml'],
  'C:\\Users\\Bo': [],
  'D:\\archief': ['x.yaml'],
};
// A name that is no folder here (a file, or nothing) cannot be read as one, as readdirSync throws.
const readdir = (dir: string) => {
  const names = folders[dir];
  if (names === undefined) throw Object.assign(new Error(`ENOENT: ${dir}`), { code: 'ENOENT' });
  return names;
};
const windows = { platform: 'win32' as const, cwd: 'C:\\Users\\An', readdir };

describe('expandArgs on Windows', () => {
  it.each([
    [['team/*.yaml'], ['team/Bob.YAML', 'team/an.yaml', 'team/chris.yaml']],
    [['team\\*.yaml'], ['team\\Bob.YAML', 'team\\an.yaml', 'team\\chris.yaml']],
    [['team\\*.md'], ['team\\notes.md', 'team\\plan.md']],
    [['an-????.yaml'], ['an-2025.yaml', 'an-2026.yaml']],
    [['an-*.yaml'], ['an-2025.yaml', 'an-2026.yaml', 'an-20260.yaml']],
    [['C:\\Users\\An\\team\\c*'], ['C:\\Users\\An\\team\\chris.yaml']],
    [['D:\\archief\\*'], ['D:\\archief\\x.yaml']],
    [['..\\An\\team\\a*.yaml'], ['..\\An\\team\\an.yaml']],
    [['team\\.*'], ['team\\.hidden.yaml']],
    // A wildcard in a folder's part: every folder it matches, sorted, case-insensitively.
    [['reflecties/*/*.yaml'], ['reflecties/2025-najaar/anais.yaml', 'reflecties/2025-najaar/bob.yaml', 'reflecties/2026-Winter/Anais.YAML', 'reflecties/2026-Winter/chris.yaml']],
    [['reflecties\\*\\anais.yaml'], ['reflecties\\2025-najaar\\anais.yaml', 'reflecties\\2026-Winter\\Anais.YAML']],
    [['reflecties\\*-winter\\C*'], ['reflecties\\2026-Winter\\chris.yaml']],
    [['t*\\an.yaml'], ['team\\an.yaml']],
    [['*\\2025-*\\b*'], ['reflecties\\2025-najaar\\bob.yaml']],
    [['C:\\Users\\*\\team\\c*'], ['C:\\Users\\An\\team\\chris.yaml']],
    [['reflecties/.*/anais.yaml'], ['reflecties/.oud/anais.yaml']],
    // A trailing separator: the folders it matches (not notes.md, not the hidden .oud), each with it.
    [['reflecties\\*\\'], ['reflecties\\2025-najaar\\', 'reflecties\\2026-Winter\\']],
    [['reflecties/*/'], ['reflecties/2025-najaar/', 'reflecties/2026-Winter/']],
    [['C:\\Users\\*\\'], ['C:\\Users\\An\\', 'C:\\Users\\Bo\\']],
  ])('%j → %j', (args, expected) => {
    expect(expandArgs(args, windows)).toEqual({ paths: expected, unmatched: [] });
  });

  it('leaves plain arguments, and keeps their order among expanded ones', () => {
    expect(expandArgs(['team\\an.yaml', 'team', 'an-2025*', '--x', 'reflecties\\*\\'], windows).paths).toEqual([
      'team\\an.yaml',
      'team',
      'an-2025.yaml',
      '--x',
      'reflecties\\2025-najaar\\',
      'reflecties\\2026-Winter\\',
    ]);
  });

  it.each([
    ['no match', 'team\\*.csv'],
    ['a folder that does not exist', 'ploeg\\*.yaml'],
    ['no match in any folder', 'reflecties\\*\\*.csv'],
    ['a folder part that matches only files', 'reflecties\\*.md\\*'],
    ['no folder for a trailing separator', 'team\\*\\'],
  ])('%s: the pattern is said to match nothing, and stays as typed', (_, arg) => {
    expect(expandArgs(['team\\an.yaml', arg], windows)).toEqual({ paths: ['team\\an.yaml', arg], unmatched: [arg] });
  });
});

describe('expandArgs elsewhere (a quoted glob, which the shell left as it is)', () => {
  const home: Record<string, string[]> = {
    '/home/an/team': ['chris.yaml', 'an.yaml', 'Bob.YAML', 'notes.md', 'a*.yaml'],
    '/home/an': ['team', 'reflecties'],
    '/home/an/reflecties': ['2026-winter', '2025-najaar', 'Oud', 'a*', 'anders', 'notes.md', '.oud'],
    '/home/an/reflecties/2025-najaar': ['bob.yaml', 'anais.yaml'],
    '/home/an/reflecties/2026-winter': ['Bob.yaml', 'anais.yaml'],
    '/home/an/reflecties/Oud': ['anais.yaml'],
    '/home/an/reflecties/a*': ['x.yaml'],
    '/home/an/reflecties/anders': ['x.yaml'],
    '/home/an/reflecties/.oud': ['anais.yaml'],
  };
  const posixReaddir = (dir: string) => {
    const names = home[dir];
    if (names === undefined) throw Object.assign(new Error(`ENOENT: ${dir}`), { code: 'ENOENT' });
    return names;
  };
  it.each(['linux', 'darwin'] as const)('%s: expanded case-sensitively, sorted', (platform) => {
    const deps = { platform, cwd: '/home/an', readdir: posixReaddir };
    expect(expandArgs(['team/*.yaml'], deps).paths).toEqual(['team/a*.yaml', 'team/an.yaml', 'team/chris.yaml']);
    expect(expandArgs(['/home/an/team/c?ris.yaml'], deps).paths).toEqual(['/home/an/team/chris.yaml']);
    expect(expandArgs(['team/*.YAML'], deps).paths).toEqual(['team/Bob.YAML']);
  });

  it.each([
    ['reflecties/*/anais.yaml', ['reflecties/2025-najaar/anais.yaml', 'reflecties/2026-winter/anais.yaml', 'reflecties/Oud/anais.yaml']],
    ['reflecties/*/bob.yaml', ['reflecties/2025-najaar/bob.yaml']],
    ['reflecties/*/*.yaml', ['reflecties/2025-najaar/anais.yaml', 'reflecties/2025-najaar/bob.yaml', 'reflecties/2026-winter/Bob.yaml', 'reflecties/2026-winter/anais.yaml', 'reflecties/Oud/anais.yaml', 'reflecties/a*/x.yaml', 'reflecties/anders/x.yaml']],
    ['/home/an/r*/o*/*', []],
    ['/home/an/r*/O*/*', ['/home/an/reflecties/Oud/anais.yaml']],
    ['*/2025-najaar/*.yaml', ['reflecties/2025-najaar/anais.yaml', 'reflecties/2025-najaar/bob.yaml']],
    ['reflecties/.*/anais.yaml', ['reflecties/.oud/anais.yaml']],
    ['reflecties//*/bob.yaml', ['reflecties//2025-najaar/bob.yaml']],
    ['reflecties/*/', ['reflecties/2025-najaar/', 'reflecties/2026-winter/', 'reflecties/Oud/', 'reflecties/a*/', 'reflecties/anders/']],
    ['reflecties/2*/', ['reflecties/2025-najaar/', 'reflecties/2026-winter/']],
  ])('linux: %s → %j', (arg, expected) => {
    const { paths, unmatched } = expandArgs([arg], { platform: 'linux', cwd: '/home/an', readdir: posixReaddir });
    expect(paths).toEqual(expected.length ? expected : [arg]);
    expect(unmatched).toEqual(expected.length ? [] : [arg]);
  });

  it.each([
    ['a file with that very name', 'team/a*.yaml'],
    ['a folder with that very name', 'reflecties/a*/x.yaml'],
    ['a folder with that very name, for folders', 'reflecties/a*/'],
  ])('%s: the argument stays itself', (_, arg) => {
    expect(expandArgs([arg], { platform: 'linux', cwd: '/home/an', readdir: posixReaddir })).toEqual({ paths: [arg], unmatched: [] });
  });

  it.each([
    ['no match', 'team/*.csv'],
    ['a folder that does not exist', 'ploeg/*.yaml'],
    ['a backslash, which is no folder separator here', 'team\\*.yaml'],
    ['a backslash in a folder glob', 'reflecties\\*\\anais.yaml'],
    ['no folder for a trailing separator', 'team/*/'],
  ])('%s: the pattern is said to match nothing, and stays as typed', (_, arg) => {
    expect(expandArgs([arg], { platform: 'linux', cwd: '/home/an', readdir: posixReaddir })).toEqual({ paths: [arg], unmatched: [arg] });
  });
});

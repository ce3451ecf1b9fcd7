// Globs that no Windows shell expands (issue 9, item 4), and quoted globs elsewhere: resokit expands them.
import { describe, expect, it } from 'vitest';
import { expandArgs } from '../../src/files/expand-args.js';

const folders: Record<string, string[]> = {
  'C:\\Users\\An\\team': ['chris.yaml', 'an.yaml', 'Bob.YAML', 'notes.md', '.hidden.yaml', 'plan.md'],
  'C:\\Users\\An': ['team', 'an-2025.yaml', 'an-2026.yaml', 'an-20260.yaml'],
  'D:\\archief': ['x.yaml'],
};
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
  ])('%j → %j', (args, expected) => {
    expect(expandArgs(args, windows)).toEqual(expected);
  });

  it('leaves plain arguments, and keeps their order among expanded ones', () => {
    expect(expandArgs(['team\\an.yaml', 'team', 'an-2025*', '--x'], windows)).toEqual(['team\\an.yaml', 'team', 'an-2025.yaml', '--x']);
  });

  it.each([
    ['no match', 'team\\*.csv'],
    ['a folder that does not exist', 'ploeg\\*.yaml'],
    ['a wildcard in a folder name (not expanded)', 't*\\an.yaml'],
  ])('%s: the literal stays, so the command says it is not found', (_, arg) => {
    expect(expandArgs([arg], windows)).toEqual([arg]);
  });
});

describe('expandArgs elsewhere (a quoted glob, which the shell left as it is)', () => {
  const home: Record<string, string[]> = { '/home/an/team': ['chris.yaml', 'an.yaml', 'Bob.YAML', 'notes.md', 'a*.yaml'], '/home/an': ['team'] };
  const posixReaddir = (dir: string) => {
    const names = home[dir];
    if (names === undefined) throw Object.assign(new Error(`ENOENT: ${dir}`), { code: 'ENOENT' });
    return names;
  };
  it.each(['linux', 'darwin'] as const)('%s: expanded case-sensitively, sorted', (platform) => {
    const deps = { platform, cwd: '/home/an', readdir: posixReaddir };
    expect(expandArgs(['team/*.yaml'], deps)).toEqual(['team/a*.yaml', 'team/an.yaml', 'team/chris.yaml']);
    expect(expandArgs(['/home/an/team/c?ris.yaml'], deps)).toEqual(['/home/an/team/chris.yaml']);
    expect(expandArgs(['team/*.YAML'], deps)).toEqual(['team/Bob.YAML']);
  });

  it.each([
    ['a file with that very name', 'team/a*.yaml'],
    ['no match', 'team/*.csv'],
    ['a folder that does not exist', 'ploeg/*.yaml'],
    ['a backslash, which is no folder separator here', 'team\\*.yaml'],
  ])('%s: the argument stays as it is', (_, arg) => {
    expect(expandArgs([arg], { platform: 'linux', cwd: '/home/an', readdir: posixReaddir })).toEqual([arg]);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storedPath, storedPathTarget } from '../../src/files/stored-path.js';

describe('storedPath (previous.file as written into an answers file)', () => {
  it.each([
    ['/home/an/rondes/voorjaar/an.yaml', '/home/an/rondes/najaar', '../voorjaar/an.yaml'],
    ['/home/an/rondes/najaar/vorige.yaml', '/home/an/rondes/najaar', 'vorige.yaml'],
    ['/tmp/an.yaml', '/home/an/resokit', '../../../tmp/an.yaml'],
  ])('%s from %s: %s', (target, dir, stored) => {
    expect(storedPath(target, dir, path.posix, 'linux')).toBe(stored);
  });

  it('uses forward slashes on Windows, and stays absolute on another drive', () => {
    expect(storedPath('C:\\Users\\an\\rondes\\voorjaar\\an.yaml', 'C:\\Users\\an\\rondes\\najaar', path.win32, 'win32')).toBe('../voorjaar/an.yaml');
    expect(storedPath('D:\\team\\an.yaml', 'C:\\Users\\an\\resokit', path.win32, 'win32')).toBe('D:/team/an.yaml');
  });
});

describe('storedPathTarget (where previous.file leads)', () => {
  const answers = '/home/an/rondes/najaar/an.yaml';
  const cwd = '/home/an';
  const only = (...there: string[]) => (p: string) => there.includes(p);

  it('relative to the answers file, as resokit stores it now', () => {
    expect(storedPathTarget('../voorjaar/an.yaml', answers, cwd, only('/home/an/rondes/voorjaar/an.yaml'))).toBe('/home/an/rondes/voorjaar/an.yaml');
  });

  it('a file written before (relative to the folder reflect ran in): the current folder, when the file is there', () => {
    expect(storedPathTarget('rondes/voorjaar/an.yaml', answers, cwd, only('/home/an/rondes/voorjaar/an.yaml'))).toBe('/home/an/rondes/voorjaar/an.yaml');
  });

  it('the answers file first, when both are there; an absolute path as it is', () => {
    const both = only('/home/an/rondes/najaar/vorige.yaml', '/home/an/vorige.yaml');
    expect(storedPathTarget('vorige.yaml', answers, cwd, both)).toBe('/home/an/rondes/najaar/vorige.yaml');
    expect(storedPathTarget('/elders/an.yaml', answers, cwd, only())).toBe('/elders/an.yaml');
  });

  it('neither there, or nothing to tell (a folder that cannot be read): relative to the answers file', () => {
    expect(storedPathTarget('vorige.yaml', answers, cwd, only())).toBe('/home/an/rondes/najaar/vorige.yaml');
    const unreadable = () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    };
    expect(storedPathTarget('vorige.yaml', answers, cwd, unreadable)).toBe('/home/an/rondes/najaar/vorige.yaml');
  });
});

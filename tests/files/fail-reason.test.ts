import { describe, expect, it } from 'vitest';
import { errorCode, failReason, isAbsent } from '../../src/files/fail-reason.js';
import { en } from '../../src/i18n/en/index.js';
import { nl } from '../../src/i18n/nl/index.js';

const failure = (code: string, message = `${code}: failed, open '/x'`) => Object.assign(new Error(message), { code });
const codes = ['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EIO', 'ENOTCONN', 'EBUSY', 'EEXIST', 'EMFILE'];

describe('one way to say why a file operation failed', () => {
  it.each(codes)('%s has its own words in Dutch and in English', (code) => {
    expect(failReason(failure(code), nl.files)).toBe(nl.files.reasons[code]);
    expect(failReason(failure(code), en.files)).toBe(en.files.reasons[code]);
    expect(nl.files.reasons[code]).not.toBe(en.files.reasons[code]);
  });

  it.each([
    ['a full disk', 'ENOSPC', 'de schijf is vol', 'the disk is full'],
    ['a read-only medium', 'EROFS', 'de schijf is alleen-lezen', 'the disk is read-only'],
    ['a network folder gone', 'ENOTCONN', 'de netwerkmap is niet meer verbonden', 'the network folder is no longer connected'],
    ['permission', 'EACCES', 'geen toegang (rechten)', 'permission denied'],
  ])('%s', (_name, code, dutch, english) => {
    expect(failReason(failure(code), nl.files)).toBe(dutch);
    expect(failReason(failure(code), en.files)).toBe(english);
  });

  it('a cause without words keeps the system message, with its code', () => {
    expect(failReason(failure('EXDEV', 'cross-device link not permitted'), en.files)).toBe('cross-device link not permitted (EXDEV)');
    expect(failReason(new Error('something odd'), nl.files)).toBe('something odd');
    expect(failReason('a string', nl.files)).toBe('a string');
  });

  it.each([
    ['ENOENT', true],
    ['ENOTDIR', true],
    ['EACCES', false],
    ['EPERM', false],
    ['EIO', false],
    ['ENOTCONN', false],
    ['', false],
  ])('only "not there" counts as absent: %s → %s', (code, absent) => {
    expect(isAbsent(failure(code))).toBe(absent);
  });

  it('errorCode reads the code of anything thrown', () => {
    expect(errorCode(failure('EIO'))).toBe('EIO');
    expect(errorCode(new Error('x'))).toBe('');
    expect(errorCode(undefined)).toBe('');
  });
});

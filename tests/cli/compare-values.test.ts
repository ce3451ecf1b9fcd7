import { describe, expect, it } from 'vitest';
import { alsoCompared } from '../../src/cli/compare-values.js';
import { file } from '../report/helpers.js';

const input = (path: string, participant: string, updated = '2026-11-27T11:00:00+01:00') => ({ file: path, answers: file(participant, [], { updated }) });

describe('alsoCompared (a file of today that is also an earlier one)', () => {
  it('finds the same reflection by another path (a copy, a link): same participant, started and changed at the same moments', () => {
    const today = [input('nu/an.yaml', 'An', '2027-03-01T10:00:00+01:00'), input('nu/bob.yaml', 'Bob')];
    const earlier = [input('vorige/an.yaml', 'An'), input('vorige/bob.yaml', 'Bob')];
    expect(alsoCompared(today, earlier)).toEqual([{ file: 'nu/bob.yaml', earlier: 'vorige/bob.yaml' }]);
  });

  it('another person with the same dates, or the same person changed since, is another reflection', () => {
    expect(alsoCompared([input('nu/bob.yaml', 'Bob')], [input('vorige/an.yaml', 'An')])).toEqual([]);
    expect(alsoCompared([input('nu/bob.yaml', 'Bob', '2027-03-01T10:00:00+01:00')], [input('vorige/bob.yaml', 'Bob')])).toEqual([]);
  });
});

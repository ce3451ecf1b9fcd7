import { describe, expect, it } from 'vitest';
import { alsoCompared, onceEach, type CompareValue } from '../../src/cli/compare-values.js';
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

describe('onceEach (a file named by more than one --compare value)', () => {
  const value = (name: string, files: string[]): CompareValue => {
    const inputs = files.map((path) => input(path, path));
    return { value: name, kind: 'folder', folder: `/w/${name}`, inputs, named: inputs };
  };
  it.each([
    // --compare N/ --compare N/: the second adds nobody
    [[value('N/', ['N/an.yaml', 'N/bob.yaml']), value('N/', ['N/an.yaml', 'N/bob.yaml'])], [['N/an.yaml', 'N/bob.yaml'], []], ['N/an.yaml', 'N/bob.yaml']],
    // --compare N/ --compare ./N: another spelling of the same files
    [[value('N/', ['N/an.yaml']), value('./N', ['N/an.yaml'])], [['N/an.yaml'], []], ['N/an.yaml']],
    // a folder and one of its files
    [[value('N/', ['N/an.yaml', 'N/bob.yaml']), value('N/bob.yaml', ['N/bob.yaml'])], [['N/an.yaml', 'N/bob.yaml'], []], ['N/bob.yaml']],
    // two folders: nothing repeated
    [[value('A/', ['A/an.yaml']), value('B/', ['B/an.yaml'])], [['A/an.yaml'], ['B/an.yaml']], []],
  ] as Array<[CompareValue[], string[][], string[]]>)('%#', (values, counted, repeated) => {
    const result = onceEach(values, '/w');
    expect(result.values.map((v) => v.inputs.map((i) => i.file))).toEqual(counted);
    expect(result.repeated).toEqual(repeated);
    // What each value names is kept, to recognise a spilled glob.
    expect(result.values.map((v) => v.named)).toEqual(values.map((v) => v.named));
  });
});

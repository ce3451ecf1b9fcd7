// Which language a report speaks: the files' own, unless asked for explicitly or the files disagree.
import { describe, expect, it } from 'vitest';
import { reportLanguage } from '../../src/report/index.js';
import { reportSet } from '../fixtures/report/question-set.js';
import { buildTeam, fixture, naming } from './helpers.js';

describe('reportLanguage', () => {
  it.each([
    ['one Dutch file', ['nl'], 'nl', false, 'nl'],
    ['one English file, nothing asked', ['en'], 'nl', false, 'en'],
    ['English files, --lang nl asked', ['en', 'en'], 'nl', true, 'nl'],
    ['Dutch files, --lang en asked', ['nl'], 'en', true, 'en'],
    ['mixed team: the default', ['nl', 'en'], 'nl', false, 'nl'],
    ['mixed team: --lang en', ['nl', 'en'], 'en', true, 'en'],
    ['one French file, nothing asked', ['fr'], 'nl', false, 'fr'],
    ['a language resokit does not speak', ['de'], 'nl', false, 'nl'],
  ] as const)('%s', (_name, files, asked, explicit, expected) => {
    expect(reportLanguage(files, asked, explicit)).toBe(expected);
  });
});

describe('a team of Dutch and English files', () => {
  it('names the question set in the report’s language, whatever the first file says', () => {
    const report = buildTeam([fixture('en/an.en.yaml'), fixture('team/bob.yaml')], { set: reportSet, naming: naming() });
    expect(report.questionSets.map((qs) => qs.title)).toEqual([reportSet.title]);
    expect(reportSet.title).toBe('Reflectievragen voor een praktijk en beleid tegen eenzaamheid');
  });
});

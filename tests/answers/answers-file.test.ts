import { describe, expect, it } from 'vitest';
import { addAction, answerQuestion, newAnswers, setFocus } from '../../src/answers/edit.js';
import { parseAnswersFile } from '../../src/answers/parse.js';
import { serializeAnswers } from '../../src/answers/serialize.js';
import { nl } from '../../src/i18n/nl/index.js';
import { smallSet } from '../fixtures/sets/small-set.js';

const now = new Date('2026-11-27T10:00:00Z');
const sample = () => {
  let f = newAnswers(smallSet, [smallSet.themes[0]!], { organisation: 'Vzw "De Brug": #1', participant: 'An' }, now);
  f = answerQuestion(f, 0, 0, 'Regel één | met pijp\n\nNieuwe alinea: `code` <b>', now);
  f = addAction(f, 0, { what: '- lijstje? # geen kop', who: 'Jo', due: '2027-01-31', priority: 'high' }, now);
  return setFocus(f, ['a1'], now);
};

describe('the answers file', () => {
  it('is readable YAML: a header, multi-line answers as block scalars, and it round-trips exactly', () => {
    const text = serializeAnswers(sample(), 'Antwoorden\nTweede regel');
    expect(text.startsWith('# Antwoorden\n# Tweede regel\nformat: resokit-answers/1\n')).toBe(true);
    expect(text).toContain('answer: |-\n          Regel één | met pijp\n\n          Nieuwe alinea: `code` <b>');
    const parsed = parseAnswersFile({ path: 'a.yaml', content: text }, nl);
    expect(parsed.problems).toEqual([]);
    expect(parsed.answers).toEqual(sample());
  });

  const valid = serializeAnswers(sample(), 'x');
  const cases: Array<[string, string, RegExp]> = [
    ['a YAML syntax error', valid.replace('status: complete', 'status: [complete'), /^a\.yaml:\d+:\d+: /],
    ['an unknown key', valid.replace('status: complete', 'status: complete\nstemming: goed'), /^a\.yaml:\d+:1: onbekende sleutel 'stemming'/],
    ['a rating outside the scale', valid.replace('  - id: toegankelijkheidsbeleid\n', '  - id: toegankelijkheidsbeleid\n    rating: super\n'), /^a\.yaml:\d+:13: /],
    ['a due date that is not a date', valid.replace('due: 2027-01-31', 'due: 31/01/2027'), /^a\.yaml:\d+:\d+: /],
    ['a focus on an action that does not exist', valid.replace('focus:\n  - a1', 'focus:\n  - a9'), /^a\.yaml:\d+:5: de focus verwijst naar actie 'a9'/],
    ['another file format', valid.replace('format: resokit-answers/1', 'format: iets-anders'), /^a\.yaml:2:9: /],
    ['an empty file', '', /^a\.yaml:1:1: /],
  ];
  it.each(cases)('rejects %s with file:line:col', (_name, text, expected) => {
    const parsed = parseAnswersFile({ path: 'a.yaml', content: text }, nl);
    expect(parsed.answers).toBeUndefined();
    expect(parsed.problems[0]).toMatch(expected);
  });
});

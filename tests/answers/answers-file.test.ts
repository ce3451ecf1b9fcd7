import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addAction, answerQuestion, newAnswers, setFocus } from '../../src/answers/edit.js';
import { parseAnswersFile } from '../../src/answers/parse.js';
import { serializeAnswers } from '../../src/answers/serialize.js';
import { nl } from '../../src/i18n/nl/index.js';
import { smallSet } from '../fixtures/sets/small-set.js';

const now = new Date('2026-11-27T10:00:00Z');
const sample = () => {
  let f = newAnswers(smallSet, [smallSet.themes[0]!], { organisation: 'Vzw "De Brug": #1', participant: 'An' }, now, {
    questionsPath: '/home/an/eigen vragen: #2',
  });
  f = answerQuestion(f, 0, 0, 'Regel één | met pijp\n\nNieuwe alinea: `code` <b>', now);
  f = addAction(f, 0, { what: '- lijstje? # geen kop', who: 'Jo', due: '2027-01-31', priority: 'high' }, now, () => 'a-4x7kq2mzpb');
  return setFocus(f, ['a-4x7kq2mzpb'], now);
};

describe('the answers file', () => {
  it('is readable YAML: a header, multi-line answers as block scalars, and it round-trips exactly', () => {
    const text = serializeAnswers(sample(), 'Antwoorden\nTweede regel');
    expect(text.startsWith('# Antwoorden\n# Tweede regel\nformat: resokit-answers/2\n')).toBe(true);
    expect(text).toContain('\nquestionsPath: "/home/an/eigen vragen: #2"\norganisation:');
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
    ['a focus on an action that does not exist', valid.replace('focus:\n  - a-4x7kq2mzpb', 'focus:\n  - a9'), /^a\.yaml:\d+:5: de focus verwijst naar actie 'a9'/],
    ['two actions with one id', valid.replace('status: open\n', 'status: open\n      - id: a-4x7kq2mzpb\n        what: nog een\n        priority: low\n        status: open\n'), /^a\.yaml:\d+:13: actie-id 'a-4x7kq2mzpb' komt meer dan eens voor/],
    ['a questionsPath that is not text', valid.replace(/questionsPath: .*/, 'questionsPath: [1]'), /^a\.yaml:\d+:16: /],
    ['another file format', valid.replace('format: resokit-answers/2', 'format: iets-anders'), /^a\.yaml:2:9: /],
    ['a later format', valid.replace('format: resokit-answers/2', 'format: resokit-answers/3'), /^a\.yaml:2:9: /],
    ['an empty file', '', /^a\.yaml:1:1: /],
  ];
  it.each(cases)('rejects %s with file:line:col', (_name, text, expected) => {
    const parsed = parseAnswersFile({ path: 'a.yaml', content: text }, nl);
    expect(parsed.answers).toBeUndefined();
    expect(parsed.problems[0]).toMatch(expected);
  });
});

describe('a format-1 file (resokit 0.1)', () => {
  const text = readFileSync(new URL('../fixtures/answers/format-1.yaml', import.meta.url), 'utf8');
  const read = () => parseAnswersFile({ path: 'oud.yaml', content: text }, nl);

  it('still reads, upgraded to format 2: a1/p1 ids replaced, the focus following its actions', () => {
    const { answers, problems } = read();
    expect(problems).toEqual([]);
    expect(answers!.format).toBe('resokit-answers/2');
    const all = [...answers!.themes.flatMap((t) => t.actions), ...answers!.previous!.actions];
    for (const action of all) expect(action.id).toMatch(/^a-[a-z2-7]{10}$/);
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    // In the file: focus a1 (first action of the first theme) and p2 (the second earlier action).
    expect(answers!.focus).toEqual([answers!.themes[0]!.actions[0]!.id, answers!.previous!.actions[1]!.id]);
    expect(answers!.themes[0]!.actions[0]!.what).toBe('Folder herschrijven in eenvoudige taal, samen met twee bezoekers');
  });

  it('two actions with one id (hand-edited) still read: each gets its own id, the focus the first', () => {
    const twice = text.replace(/- id: a2\n/, '- id: a1\n');
    const { answers, problems } = parseAnswersFile({ path: 'oud.yaml', content: twice }, nl);
    expect(problems).toEqual([]);
    const [first, second] = answers!.themes[0]!.actions;
    expect(first!.id).not.toBe(second!.id);
    expect(answers!.focus![0]).toBe(first!.id);
  });

  it('gives the same ids every time it is read (report, --previous and --resume agree)', () => {
    expect(read().answers).toEqual(read().answers);
  });

  it('is written as format 2 on its next save, with the new ids, and reads back unchanged', () => {
    const upgraded = read().answers!;
    const saved = serializeAnswers(upgraded, 'x');
    expect(saved).toContain('format: resokit-answers/2\n');
    expect(saved).not.toMatch(/id: [ap]\d+\n/);
    expect(parseAnswersFile({ path: 'oud.yaml', content: saved }, nl).answers).toEqual(upgraded);
  });

  it('a file that differs gets other ids (ids are unique beyond one file)', () => {
    const other = parseAnswersFile({ path: 'bob.yaml', content: text.replace('participant: An Peeters', 'participant: Bob') }, nl).answers!;
    expect(other.themes[0]!.actions[0]!.id).not.toBe(read().answers!.themes[0]!.actions[0]!.id);
  });
});

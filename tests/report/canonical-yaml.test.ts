// The fast reader of resokit's own YAML must agree with the YAML library whenever it answers, and
// must answer for what resokit writes. Differential tests on generated answers files, plus YAML it
// must leave to the library.
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { AnswersFile } from '../../src/answers/model.js';
import { serializeAnswers } from '../../src/answers/serialize.js';
import { readCanonicalYaml } from '../../src/report/canonical-yaml.js';
import { quickAnswers } from '../../src/report/quick-answers.js';
import { fixture } from './helpers.js';
import { readFileSync } from 'node:fs';

/** Text as people type it: every kind of character YAML cares about, and line breaks. */
const typed = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'ab :#-|>\'"\\\n\r\t{}[],&*!%@`?~0123456789.eE+éü😀 \u0085\u2028\u00a0'.split('')), maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('a', ' ', '\u3000', '\u00a0', '\u2003', '\ufeff', '\t', '\n'), maxLength: 8 }),
  fc.constantFrom('true', 'False', 'null', '~', '42', '-1', '0x1F', '0o17', '1.5', '.inf', '.NaN', '1e3', '1.0.0', '2026-11-27', 'yes', 'no', '', ' ', '\n', 'a\n\n', '\n\nb', '  lead', 'trail  ', '- x', 'a: b', '# c', '|', '>', 'x #y'),
);
const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s.length > 0 && s.length < 20);

const action = fc.record(
  {
    id,
    what: typed,
    who: typed,
    due: fc.constantFrom('2027-01-15', '2026-12-31'),
    priority: fc.constantFrom('high', 'medium', 'low'),
    status: fc.constantFrom('open', 'done', 'dropped'),
  },
  { requiredKeys: ['id', 'what', 'priority', 'status'] },
);

const answersFile = fc.record({
  format: fc.constant('resokit-answers/1'),
  questionSet: fc.record({ id, version: fc.constant('1.0.0'), language: fc.constantFrom('nl', 'en'), title: typed }),
  organisation: typed,
  participant: typed,
  created: fc.constant('2026-11-27T13:48:12+01:00'),
  updated: fc.constant('2026-11-27T14:32:05+01:00'),
  status: fc.constantFrom('in-progress', 'complete'),
  themes: fc.array(
    fc.record(
      {
        id,
        title: typed,
        group: id,
        answers: fc.array(
          fc.record({ id, question: typed, answer: typed, skipped: fc.boolean(), draft: typed, discuss: fc.boolean() }, { requiredKeys: ['id', 'question'] }),
          { maxLength: 4 },
        ),
        rating: fc.constantFrom('not-started', 'first-steps', 'on-track', 'embedded', 'unknown'),
        importance: fc.constantFrom('low', 'medium', 'high', 'unknown'),
        actions: fc.array(action, { maxLength: 3 }),
        reviewed: fc.boolean(),
      },
      { requiredKeys: ['id', 'title', 'group', 'answers', 'actions'] },
    ),
    { maxLength: 4 },
  ),
  focus: fc.array(id, { maxLength: 3 }),
}) as unknown as fc.Arbitrary<AnswersFile>;

describe('readCanonicalYaml', () => {
  it('agrees with the YAML library on everything serializeAnswers writes, and reads most of it', () => {
    let read = 0;
    let total = 0;
    fc.assert(
      fc.property(answersFile, fc.string({ maxLength: 30 }), (file, header) => {
        const text = serializeAnswers(file, header.replace(/[\r\n]/g, ' '));
        const fast = readCanonicalYaml(text);
        total++;
        if (fast === undefined) return;
        read++;
        expect(fast).toEqual(parse(text));
      }),
      { numRuns: 1000 },
    );
    // Adversarial text often needs the library (quotes across lines, CR, numbers); it must still be some.
    expect(read / total).toBeGreaterThan(0.2);
  });

  it('reads every file of ordinary text (what people type in a reflection) without the library', () => {
    const word = fc.stringMatching(/^[A-Za-zéëèçàü’'",.;:!?()0-9-]{1,12}$/);
    const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
    const prose = fc.array(fc.oneof(line, line, fc.constant('')), { minLength: 1, maxLength: 5 }).map((lines) => lines.join('\n').trim()).filter((text) => text !== '');
    const ordinary = answersFile.map((file) => ({
      ...file,
      questionSet: { ...file.questionSet, title: 'Reflectievragen voor een praktijk en beleid tegen eenzaamheid' },
      organisation: 'Buurtwerk De Brug vzw',
      participant: 'An Peeters',
      themes: file.themes.map((theme) => ({ ...theme, title: 'Safe space', actions: [], answers: theme.answers.map((a) => ({ id: a.id, question: 'Wat doen we?', answer: a.answer })) })),
    }));
    fc.assert(
      fc.property(ordinary, fc.array(prose, { minLength: 1, maxLength: 6 }), (file, texts) => {
        const withText = { ...file, themes: file.themes.map((t, i) => ({ ...t, answers: t.answers.map((a, j) => ({ ...a, answer: texts[(i + j) % texts.length]! })) })) };
        const text = serializeAnswers(withText, 'Antwoorden van resokit reflect');
        const fast = readCanonicalYaml(text);
        expect(fast).not.toBeUndefined();
        expect(fast).toEqual(parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('reads the answers files of the fixtures exactly as the library does', () => {
    for (const name of ['team/an.yaml', 'team/bob.yaml', 'team/chris.yaml', 'earlier/an-2026-08.yaml', 'en/an.en.yaml']) {
      const text = readFileSync(new URL(`../fixtures/report/${name}`, import.meta.url), 'utf8');
      expect(readCanonicalYaml(text), name).toEqual(fixture(name).answers);
    }
    // A CR in a quoted multi-line value and a plain scalar starting with '-': left to the library.
    expect(readCanonicalYaml(readFileSync(new URL('../fixtures/report/nasty/nasty.yaml', import.meta.url), 'utf8'))).toBeUndefined();
  });

  it.each([
    ['block scalars', 'a: |\n  x\n\n  y\nb: |-\n  z\nc: |+\n  k\n\n\nd: 1.0.0\n'],
    ['compact and indented sequences', 'a:\n- x\n- y\nb:\n  - p: 1x\n    q: |\n      r\n  - s\n'],
    ['quoted', 'a: "x\\u00e9\\n\\"\\t\\\\"\nb: \'it\'\'s\'\nc: ""\n'],
    ['booleans and null', 'a: true\nb: False\nc: ~\nd:\ne: null\n'],
    ['comments and blank lines between entries', '# kop\n\na: x\n\n# tussen\nb:\n  # in\n  - y\n'],
  ])('reads %s like the library', (_name, text) => {
    const fast = readCanonicalYaml(text);
    expect(fast).not.toBeUndefined();
    expect(fast).toEqual(parse(text));
  });

  it.each([
    ['a number', 'a: 42\n'],
    ['a flow sequence', 'a: [x, y]\n'],
    ['a flow mapping', 'a: {b: 1}\n'],
    ['an anchor and alias', 'a: &x y\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a comment after a value', 'a: x # c\n'],
    ['a multi-line plain scalar', 'a: x\n  y\n'],
    ['a multi-line quoted scalar', 'a: "x\n  y"\n'],
    ['a folded scalar', 'a: >\n  x\n'],
    ['an indentation indicator', 'a: |2\n   x\n'],
    ['a duplicate key', 'a: x\na: y\n'],
    ['a tab as indentation', 'a:\n\t- x\n'],
    ['CRLF', 'a: x\r\n'],
    ['no final line break', 'a: x'],
    ['a document marker', '---\na: x\n'],
    ['a scalar root', 'x\n'],
    ['a sequence root', '- x\n'],
    ['a quoted key', '"a": x\n'],
    ['a bad indent', 'a:\n  b: 1\n c: 2\n'],
    ['a key without space', 'a:b\n'],
    ['__proto__', '__proto__: x\n'],
    ['a blank line with extra spaces in a block', 'a: |\n  x\n     \n  y\n'],
    ['an empty block', 'a: |\nb: x\n'],
  ])('leaves %s to the library', (_name, text) => {
    expect(readCanonicalYaml(text)).toBeUndefined();
  });
});

describe('quickAnswers', () => {
  const text = readFileSync(new URL('../fixtures/report/team/an.yaml', import.meta.url), 'utf8');
  it('accepts a valid file in resokit’s style', () => {
    expect(quickAnswers(text, () => true)).toEqual(fixture('team/an.yaml').answers);
  });
  it('refuses what the schema refuses, and a focus that names no action', () => {
    expect(quickAnswers(text, () => false)).toBeUndefined();
    expect(quickAnswers(text.replace('  - a1\n  - p2\n', '  - a9\n'), () => true)).toBeUndefined();
  });
});

// The quick reader of checked-document.ts against the `yaml` library: whatever it accepts, it must
// read exactly as `yaml` does (same values, same key order); what it cannot read it must refuse.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { serializeAnswers } from '../../src/answers/serialize.js';
import { quickMapping } from '../../src/content/yaml-quick.js';
import { complete } from '../fixtures/answers/complete.js';
import { inProgress } from '../fixtures/answers/in-progress.js';
import { nasty } from '../fixtures/answers/nasty.js';

const root = join(import.meta.dirname, '../..');

/** What the slow path (yaml-document.ts) makes of `text`: a mapping's data, or undefined. */
function yamlMapping(text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return undefined;
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? data : undefined;
}

/** Accepted → identical to `yaml`, key order included (JSON.stringify keeps it). */
function expectSound(text: string): void {
  const quick = quickMapping(text);
  if (quick === undefined) return;
  const full = yamlMapping(text);
  expect(full, text).toBeDefined();
  expect(quick).toStrictEqual(full);
  expect(JSON.stringify(quick)).toBe(JSON.stringify(full));
}

function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(folder, name));
}

describe('the quick YAML reader', () => {
  it('reads the built-in question files exactly as yaml does', () => {
    // The question sets, in questions/<lang>/; questions/glossary.yaml is read by tests only.
    const files = yamlFiles(join(root, 'questions')).filter((file) => dirname(file) !== join(root, 'questions'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(quickMapping(text), file).toStrictEqual(yamlMapping(text));
    }
  });

  it('reads every fixture either exactly as yaml does or not at all', () => {
    const files = yamlFiles(join(root, 'tests/fixtures'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expectSound(readFileSync(file, 'utf8'));
  });

  it.each([
    ['complete', complete],
    ['in progress', inProgress],
  ])('reads back an answers file written by resokit (%s)', (_, answers) => {
    const text = serializeAnswers(answers, 'Antwoorden\nvan resokit');
    // JSON round trip: the written file holds no undefined fields.
    expect(quickMapping(text)).toStrictEqual(JSON.parse(JSON.stringify(answers)));
  });

  it('leaves an answers file with tabs, CRs and line separators to yaml', () => {
    const text = serializeAnswers(nasty, 'Antwoorden');
    expect(quickMapping(text)).toBeUndefined();
  });

  it.each([
    ['a plain mapping', 'a: b\nc: d e\n', { a: 'b', c: 'd e' }],
    ['comments and blank lines', '# kop\n\na: b # noot\n  # ingesprongen\nc: x#y\n', undefined],
    ['comments between entries', '# kop\n\na: b # noot\n# tussen\nc: x#y\n', { a: 'b', c: 'x#y' }],
    ['null, booleans and strings that only look like them', 'a:\nb: ~\nc: true\nd: False\ne: yes\nf: nul\n', { a: null, b: null, c: true, d: false, e: 'yes', f: 'nul' }],
    ['dates and versions are text', 'a: 2026-11-27T13:48:12+01:00\nb: 1.0.0\nc: 2027-01-15\n', { a: '2026-11-27T13:48:12+01:00', b: '1.0.0', c: '2027-01-15' }],
    ['a number', 'a: 12\n', undefined],
    ['a float', 'a: .5\n', undefined],
    ['quoted scalars', `a: "x \\"y\\" \\u00e9\\n" # c\nb: 'it''s'\nc: ''\n`, { a: 'x "y" é\n', b: "it's", c: '' }],
    ['a quoted scalar over two lines', 'a: "x\n  y"\n', undefined],
    ['a plain scalar over two lines', 'a: x\n  y\n', undefined],
    ['sequences, nested and compact', 'a:\n  - x\n  - id: 1x\n    b:\n    - y\n  -\n    c: d\nb:\n- z\n', { a: ['x', { id: '1x', b: ['y'] }, { c: 'd' }], b: ['z'] }],
    ['empty collections', 'a: []\nb: {} # leeg\n', { a: [], b: {} }],
    ['a flow sequence', 'a: [x, y]\n', undefined],
    ['literal block scalars', 'a: |\n  x\n\n   y\n\nb: |-\n  z\nc: |+\n  k\n\nd: |2-\n    ingesprongen\n', { a: 'x\n\n y\n', b: 'z', c: 'k\n\n', d: '  ingesprongen' }],
    ['a folded block scalar', 'a: >\n  x\n', undefined],
    ['an anchor and an alias', 'a: &x b\nc: *x\n', undefined],
    ['a duplicate key', 'a: b\na: c\n', undefined],
    ['a quoted key', '"a": b\n', undefined],
    ['a tab', 'a:\tb\n', undefined],
    ['a second document', 'a: b\n---\nc: d\n', undefined],
    ['a root that is a list', '- a\n', undefined],
    ['no line break at the end', 'a: b', undefined],
    ['CR LF line breaks', 'a: b\r\nc: |\r\n  x\r\n', { a: 'b', c: 'x\n' }],
    ['a value with ": " in it', 'a: Vraag: wat?\n', undefined],
    ['a key without a space after the colon', 'a:b\n', undefined],
    ['too little indentation', 'a:\n  b: c\n d: e\n', undefined],
    // YAML's white space is space and tab: a no-break space (or an ideographic one) is content.
    ['no-break spaces around a value', 'a: \u00a0b\u00a0\nc:\n  - \u3000x\n', { a: '\u00a0b\u00a0', c: ['\u3000x'] }],
    ['a no-break space after a quoted scalar', 'a: "q" \u00a0\n', undefined],
  ])('%s', (_, text, expected) => {
    expect(quickMapping(text)).toStrictEqual(expected);
    expectSound(text);
  });

  // Strings that YAML writes in every way it can: plain, quoted, escaped, block scalars with
  // indentation indicators and chomping; fields that look like numbers, nulls, comments, keys.
  const pieces = [
    ' ', '  ', '\n', '\n\n', ' \n', '\n ', ':', ': ', ' #', '#', '-', '- ', '"', "'", '\\', '|', '>', '[', ']', '{', '}', ',',
    '&', '*', '!', '%', '@', '`', '?', '~', 'null', 'true', 'False', '12', '0x1F', '.5', '1e3', '.inf', '.NaN', 'é', '😀',
    '\u0085', '\u00a0', '\u3000', '\u2028', '\t', '\r', '\x00', '\x7f', '\ufeff', '\ud800', '\udc00', 'a', 'Antwoord',
  ];
  const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 8 }).map((parts) => parts.join(''));
  const key = fc.constantFrom('id', 'answer', 'what', 'x-y', 'a_b');
  const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, text, fc.boolean(), fc.constant(null), tie('list'), tie('map')),
    list: fc.array(tie('node'), { maxLength: 3 }),
    map: fc.dictionary(key, tie('node'), { maxKeys: 3 }),
  })).node;
  const document = fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 });

  it('reads whatever yaml writes, exactly as yaml reads it', () => {
    fc.assert(
      fc.property(document, fc.constantFrom('literal', 'folded'), fc.integer({ min: 0, max: 80 }), (data, blockQuote, lineWidth) => {
        const written = stringify(data, { lineWidth, blockQuote: blockQuote as 'literal' | 'folded', aliasDuplicateObjects: false });
        expectSound(written);
      }),
      { numRuns: 1500 },
    );
  });

  it('reads what resokit writes on the quick path', () => {
    let quick = 0;
    fc.assert(
      fc.property(document, (data) => {
        const written = stringify(data, { lineWidth: 0, blockQuote: 'literal', aliasDuplicateObjects: false });
        if (quickMapping(written) !== undefined) quick++;
        expectSound(written);
      }),
      { numRuns: 500 },
    );
    // Odd strings (numbers, tabs, control characters) go the long way; most files do not.
    expect(quick).toBeGreaterThan(250);
  });

  it('refuses or reads exactly as yaml does any edit of a valid file', () => {
    const base = serializeAnswers(complete, 'Antwoorden');
    const edit = fc.record({
      at: fc.nat({ max: base.length }),
      remove: fc.nat({ max: 3 }),
      insert: fc.array(fc.constantFrom(' ', '  ', '\n', ':', ': ', '- ', '-', '#', ' #', '|', '|-', '|+', '|2', '"', "'", '\\', '[]', '{}', 'a', '1', '&a', '*a', '\t', '>'), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = base;
        for (const { at, remove, insert } of edits) {
          const i = Math.min(at, text.length);
          text = text.slice(0, i) + insert.join('') + text.slice(i + remove);
        }
        expectSound(text);
      }),
      { numRuns: 3000 },
    );
  }, 30_000);
});

// Cases where the bytes matter (encoding, size, line endings): built in the test, not on disk.
import { describe, expect, it } from 'vitest';
import { parseThemeFile } from '../../src/content/theme-file.js';
import { nl } from '../../src/i18n/nl/index.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const theme = (lines: string[]) => lines.join('\r\n') + '\r\n';
const valid = [
  'themes:',
  '  - id: mijn-thema',
  '    group: werking',
  '    title: Één thema',
  '    questions:',
  '      - id: eerste',
  '        text: Wat doen we?',
];

describe('the bytes of a theme file', () => {
  it('must be UTF-8: a Latin-1 file is refused at 1:1', () => {
    const latin1 = Uint8Array.from([...utf8('themes:\n  - id: caf'), 0xe9, ...utf8('\n')]);
    expect(parseThemeFile({ path: 'latin1.yaml', content: latin1 }, nl).problems).toEqual([
      { file: 'latin1.yaml', line: 1, col: 1, message: expect.stringContaining('geen geldige UTF-8-tekst') },
    ]);
  });

  // The same bytes a fatal TextDecoder refuses (what resokit used before), and only those.
  it.each([
    ['an overlong slash', [0xc0, 0xaf], false],
    ['a UTF-8-encoded surrogate', [0xed, 0xa0, 0x80], false],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], false],
    ['a sequence cut short', [0xe2, 0x82], false],
    ['a lone continuation byte', [0x80], false],
    ['an emoji', [0xf0, 0x9f, 0x98, 0x80], true],
    ['a no-break space and a euro sign', [0xc2, 0xa0, 0xe2, 0x82, 0xac], true],
  ])('%s in a title: read as a fatal TextDecoder reads it', (_, bytes, readable) => {
    const content = Uint8Array.from([...utf8('themes:\n  - id: t\n    group: werking\n    title: x'), ...bytes, ...utf8('\n    questions:\n      - id: v\n        text: Vraag?\n')]);
    const decodes = () => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(content);
        return true;
      } catch {
        return false;
      }
    };
    expect(decodes()).toBe(readable);
    const { problems, themes } = parseThemeFile({ path: 'bytes.yaml', content }, nl);
    if (readable) expect(themes[0]?.title).toBe(`x${new TextDecoder().decode(Uint8Array.from(bytes))}`);
    else expect(problems).toEqual([{ file: 'bytes.yaml', line: 1, col: 1, message: expect.stringContaining('geen geldige UTF-8-tekst') }]);
  });

  it.each([
    ['bytes', () => new Uint8Array(10 * 1024 * 1024).fill(0x61)],
    ['text', () => 'a'.repeat(10 * 1024 * 1024)],
  ])('larger than 1 MiB (10 MB as %s) are refused at 1:1, before parsing', (_, make) => {
    const content = make();
    const started = performance.now();
    const result = parseThemeFile({ path: 'groot.yaml', content }, nl);
    // Parsing 10 MB of YAML takes seconds; refusing it must not (generous bound for a busy machine).
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.problems).toEqual([
      { file: 'groot.yaml', line: 1, col: 1, message: expect.stringContaining('bestand is groter dan 1 MiB') },
    ]);
  });

  it('with a byte-order mark and CRLF line endings load', () => {
    const result = parseThemeFile({ path: 'windows.yaml', content: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(theme(valid))]) }, nl);
    expect(result.problems).toEqual([]);
    expect(result.themes).toEqual([
      {
        id: 'mijn-thema',
        group: 'werking',
        title: 'Één thema',
        questions: [{ id: 'eerste', text: 'Wat doen we?' }],
        file: 'windows.yaml',
      },
    ]);
  });

  it('with a byte-order mark and CRLF give problems at the right line and column', () => {
    const lines = [...valid.slice(0, 4), '    titel: Nog een titel', ...valid.slice(4), '        examples: geen lijst'];
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(theme(lines))]);
    expect(parseThemeFile({ path: 'windows.yaml', content: bytes }, nl).problems).toEqual([
      { file: 'windows.yaml', line: 5, col: 5, message: expect.stringContaining("onbekende sleutel 'titel'") },
      { file: 'windows.yaml', line: 9, col: 19, message: 'verwacht een lijst, maar vond een tekst' },
    ]);
  });

  it('given as text with a byte-order mark load too', () => {
    expect(parseThemeFile({ path: 'bom.yaml', content: `\ufeff${valid.join('\n')}\n` }, nl).problems).toEqual([]);
  });
});

describe('a theme file', () => {
  it('may reuse a resource with an anchor and aliases', () => {
    const text = [
      'themes:',
      '  - id: een',
      '    group: werking',
      '    title: Een',
      '    questions: [{ id: a, text: A? }]',
      '    resources: [&resokit { title: Resokit, url: "https://www.resokit.be/" }]',
      '  - id: twee',
      '    group: werking',
      '    title: Twee',
      '    questions: [{ id: a, text: A? }]',
      '    resources: [*resokit]',
    ].join('\n');
    const result = parseThemeFile({ path: 'alias.yaml', content: text }, nl);
    expect(result.problems).toEqual([]);
    expect(result.themes[1]?.resources).toEqual([{ title: 'Resokit', url: 'https://www.resokit.be/' }]);
  });

  it('with one broken theme still returns the valid ones, so that checks across files see them', () => {
    const text = [
      'themes:',
      '  - id: goed',
      '    group: werking',
      '    title: Goed',
      '    questions: [{ id: a, text: A? }]',
      '  - id: kapot',
      '    group: werking',
      '    questions: [{ id: a, text: A? }]',
    ].join('\n');
    const result = parseThemeFile({ path: 'half.yaml', content: text }, nl);
    expect(result.problems.map((p) => `${p.line}:${p.col} ${p.message}`)).toEqual(["6:5 verplicht veld 'title' ontbreekt"]);
    expect(result.themes.map((t) => t.id)).toEqual(['goed']);
    // The broken theme's ids are still there for the checks across themes (its title is what is wrong).
    expect(result.ids.map(({ id, group, questionIds }) => ({ id, group, questionIds }))).toEqual([
      { id: 'goed', group: 'werking', questionIds: ['a'] },
      { id: 'kapot', group: 'werking', questionIds: ['a'] },
    ]);
    expect(result.ids[0]!.at).toEqual({ id: { line: 2, col: 9 }, group: { line: 3, col: 12 }, questionIds: [{ line: 5, col: 23 }] });
  });

  it('is checked in English with the English messages', async () => {
    const { en } = await import('../../src/i18n/en/index.js');
    expect(parseThemeFile({ path: 'x.yaml', content: 'themes: []\n' }, en).problems[0]?.message).toBe(
      "the file holds no themes; put at least one under 'themes:'",
    );
  });
});

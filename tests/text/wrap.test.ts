// Terminal text: display width and word wrapping (src/text/wrap.ts).
import { describe, expect, it } from 'vitest';
import { displayWidth, truncate, wrap } from '../../src/text/wrap.js';

const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['créëren', 7],
    ['cre\u0301e\u0308ren', 7], // combining accents take no column
    ['‘thuis’ …', 9],
    ['😀', 2],
    ['a😀b', 4],
    ['🧡🤝', 4],
    ['日本語', 6],
    ['한국', 4],
    ['ｆｕｌｌ', 8],
    ['a\u200db', 2], // zero-width joiner
    ['☺', 1], // text presentation
    ['☺\ufe0f', 2], // the variation selector asks for the emoji presentation: two columns
    ['👨‍👩‍👧', 2], // one emoji made of three, joined
    ['👍🏽', 2], // with a skin tone
    ['🇧🇪', 2], // a flag
    ['1️⃣', 2], // a keycap
    ['ก่', 1], // Thai consonant with a tone mark
    ['e\u20dd', 1], // an enclosing mark
    ['a\tb', 2], // control characters take no column
    ['\x1b[1mvet\x1b[22m 😀', 6], // colour codes take none either
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('truncate', () => {
  it.each([
    ['kort', 10, 'kort'],
    ['precies 10', 10, 'precies 10'],
    ['een beetje te lang', 10, 'een beetj…'],
    ['een   twee\ndrie', 20, 'een twee drie'],
    ['日本語日本語', 7, '日本語…'],
    ['😀😀😀😀', 5, '😀😀…'],
    ['cre\u0301e\u0308ren en meer', 6, 'cre\u0301e\u0308r…'],
    ['👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', 5, '👨‍👩‍👧👨‍👩‍👧…'],
    ['\x1b[2m(dim)\x1b[22m', 10, '\x1b[2m(dim)\x1b[22m'], // colour codes take no room
    ['Koffie \x1b[2m(Toegankelijkheidsbeleid)\x1b[22m', 16, 'Koffie \x1b[2m(Toegank…\x1b[0m'], // kept whole, reset when cut
  ])('%j in %i columns is %j', (text, width, expected) => {
    expect(truncate(text, width)).toBe(expected);
    expect(displayWidth(truncate(text, width))).toBeLessThanOrEqual(width);
  });
});

describe('wrap', () => {
  const text = 'Wordt er voldoende aandacht besteed aan het creëren van een veilige omgeving (safe space)?';

  it('breaks between words, never past the width', () => {
    expect(wrap(text, 30)).toBe(
      ['Wordt er voldoende aandacht', 'besteed aan het creëren van', 'een veilige omgeving (safe', 'space)?'].join('\n'),
    );
    for (const width of [10, 20, 30, 40, 60, 80]) {
      const wrapped = wrap(text, width);
      expect(widest(wrapped)).toBeLessThanOrEqual(width);
      expect(wrapped.split(/\s+/).join(' ')).toBe(text);
    }
  });

  it('leaves text that fits alone', () => {
    expect(wrap('Safe space', 80)).toBe('Safe space');
    expect(wrap('precies tien', 12)).toBe('precies tien');
  });

  it('starts the first line with `first` and the others with `rest`: a hanging indent', () => {
    expect(wrap(text, 32, '12. ', '    ')).toBe(
      ['12. Wordt er voldoende aandacht', '    besteed aan het creëren van', '    een veilige omgeving (safe', '    space)?'].join('\n'),
    );
    expect(wrap('een twee drie vier vijf zes', 16, '  • ', '    ')).toBe(['  • een twee', '    drie vier', '    vijf zes'].join('\n'));
  });

  it('uses `first` for every line when no `rest` is given', () => {
    expect(wrap('een twee drie vier', 12, '> ')).toBe(['> een twee', '> drie vier'].join('\n'));
  });

  it('cuts a word longer than the line instead of overflowing', () => {
    const word = 'sociaalgewaardeerderollenontwerpen'; // 34
    expect(wrap(word, 12)).toBe(['sociaalgewaa', 'rdeerderolle', 'nontwerpen'].join('\n'));
    expect(wrap(`kort ${word} na`, 12, '', '  ')).toBe(['kort', '  sociaalgew', '  aardeerder', '  ollenontwe', '  rpen na'].join('\n'));
    expect(widest(wrap(`1. ${word}`, 15, '', '   '))).toBeLessThanOrEqual(15);
  });

  it('never cuts a URL: it gets a line of its own, whole', () => {
    const url = 'https://demos.be/kenniscentrum/document/handleiding-intersectioneel-denken-van-ella-vzw';
    expect(wrap(`Lees meer op ${url} of vraag het ons.`, 40, '  ')).toBe(
      ['  Lees meer op', `  ${url}`, '  of vraag het ons.'].join('\n'),
    );
    expect(wrap('zie www.example.org/een/heel/lang/pad/naar/iets', 20)).toBe(['zie', 'www.example.org/een/heel/lang/pad/naar/iets'].join('\n'));
    // A URL that fits is an ordinary word.
    expect(wrap('zie https://resokit.be nu', 30)).toBe('zie https://resokit.be nu');
  });

  it('counts emoji and wide characters as two columns', () => {
    const wrapped = wrap('😀 😀 😀 😀 😀 😀 😀 😀', 10);
    expect(wrapped).toBe(['😀 😀 😀', '😀 😀 😀', '😀 😀'].join('\n'));
    expect(widest(wrapped)).toBeLessThanOrEqual(10);
    expect(widest(wrap('日本語日本語日本語日本語', 10))).toBeLessThanOrEqual(10);
    expect(wrap('日本語日本語日本語日本語', 10)).toBe(['日本語日本', '語日本語日', '本語'].join('\n'));
  });

  it('never cuts an accent or a joined emoji from its character', () => {
    expect(wrap('cre\u0301e\u0308rencre\u0301e\u0308ren', 10)).toBe('cre\u0301e\u0308rencre\u0301\ne\u0308ren');
    expect(wrap('👨‍👩‍👧'.repeat(6), 10)).toBe(`${'👨‍👩‍👧'.repeat(5)}\n👨‍👩‍👧`);
  });

  it('keeps the line breaks of the text; each line is wrapped on its own', () => {
    expect(wrap('een\ntwee drie vier vijf\n\nzes', 12, '- ', '  ')).toBe(['- een', '  twee drie', '  vier vijf', '', '  zes'].join('\n'));
    expect(wrap('een\r\ntwee', 80)).toBe('een\ntwee');
  });

  it('collapses runs of spaces and drops trailing ones', () => {
    expect(wrap('  een   twee  ', 80)).toBe('een twee');
    expect(wrap('een   twee  drie', 12, '    ')).toBe('    een twee\n    drie');
    expect(wrap('', 80, '   ')).toBe('');
  });

  it('gives every line at least 10 columns of room, however deep the indent', () => {
    expect(wrap('een twee drie', 12, '          ')).toBe(['          een twee', '          drie'].join('\n'));
  });
});

describe('no-break spaces (French typography)', () => {
  const nnbsp = '\u202f';
  const nbsp = '\u00a0';
  it.each([
    ['a ? after a narrow no-break space stays with its word', `Que faites-vous déjà${nnbsp}?`, 24],
    ['« » keep their no-break spaces inside', `Lisez «${nbsp}lichte bindingen${nbsp}» ici`, 26],
    ['a : stays with its word', `Remarque${nnbsp}: un mot`, 9],
  ])('%s', (_name, text, width) => {
    const lines = wrap(text, width).split('\n');
    for (const line of lines) expect(line).not.toMatch(/^[?:;!»]/);
    expect(lines.join(' ').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    expect(wrap(text, width)).toContain(text.includes(nnbsp) ? nnbsp : nbsp);
  });

  it('a question mark is never alone on a line, whatever the width', () => {
    const text = `Comment votre organisation favorise-t-elle les liens faibles${nnbsp}?`;
    for (let width = 10; width <= 70; width++) {
      for (const line of wrap(text, width).split('\n')) expect(line.trim()).not.toBe('?');
    }
  });

  it('truncate keeps no-break spaces and collapses the others', () => {
    expect(truncate(`Un  mot${nnbsp}?\nSuite`, 40)).toBe(`Un mot${nnbsp}? Suite`);
  });
});

// The Markdown escaping primitives, input → exact output: a backslash only where a parser would
// read syntax (`=`, `+32`, `-vraag`, `#1`, `a < b` stay as typed). Where the output is a whole inline
// content (a cell, a block, a link), markdown-it confirms below that every backslash is needed;
// `inline` and `singleLine` do not know their neighbours and also escape what could pair with them.
import { describe, expect, it } from 'vitest';
import { block, cell, inline, link, normalise, singleLine } from '../../src/render/markdown/escape.js';
import { table, tableRow } from '../../src/render/markdown/table.js';
import { uselessBackslashes } from './markdown-oracle.js';

describe('normalise', () => {
  it.each([
    ['a\r\nb', 'a\nb'],
    ['a\rb', 'a\nb'],
    ['a\r\rb', 'a\n\nb'],
    ['a\u2028b', 'a\nb'],
    ['a\u2029b', 'a\n\nb'],
    ['a\u0000b\u0007c\u001bd\u007fe\u0085f', 'abcdef'],
    ['a\u000bb\u000cc', 'a b c'],
    ['tab\there', 'tab\there'],
    ['😀 é', '😀 é'],
  ])('%j → %j', (input, output) => {
    expect(normalise(input)).toBe(output);
  });
});

describe('inline', () => {
  it.each([
    ["", ""],
    ["gewoon tekst", "gewoon tekst"],
    ["a | b", "a | b"],
    ["# kop", "# kop"],
    ["<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"],
    ["a < b > c", "a < b > c"],
    ["`code` en ```", "\\`code\\` en \\`\\`\\`"],
    ["*schuin* _ook_ **vet**", "\\*schuin\\* \\_ook\\_ \\*\\*vet\\*\\*"],
    ["[x](y)", "\\[x\\](y)"],
    ["![beeld](x.png)", "!\\[beeld\\](x.png)"],
    ["~~weg~~ $x$", "\\~~weg\\~\\~ $x$"],
    ["C:\\pad\\", "C:\\pad\\\\"],
    ["&amp; &#124; &#x1F600; & los", "\\&amp; \\&#124; \\&#x1F600; & los"],
    ["Jan & Piet", "Jan & Piet"],
    ["regel 1\nregel 2", "regel 1 regel 2"],
    ["regel 1 \r\n\r\n  regel 2", "regel 1 regel 2"],
    ["  spaties blijven  ", "  spaties blijven  "],
    ["- geen lijst", "- geen lijst"],
    ["zie https://x.be/a_b en www.uitpas.be.", "zie https://x.be/a_b en www.uitpas.be."],
    ["HTTP://X.BE/* ftp://f/~ WWW.X/#", "HTTP://X.BE/\\* ftp://f/~ WWW.X/#"],
    ["https://x.be/?q=<b>", "https://x.be/?q=&lt;b>"],
    ["a@b.be", "a@b.be"],
    ["=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")"],
    ["+32 2 123", "+32 2 123"],
    ["kop ##", "kop \\##"],
  ])('%j → %j', (input, output) => {
    expect(inline(input)).toBe(output);
  });
});

describe('singleLine', () => {
  it.each([
    ["", ""],
    ["   \n\t ", ""],
    ["# kop", "\\# kop"],
    ["## kop ##", "\\## kop \\##"],
    ["- item", "\\- item"],
    ["+ item", "\\+ item"],
    ["* item", "\\* item"],
    ["1. item", "1\\. item"],
    ["2021) jaar", "2021\\) jaar"],
    ["> citaat", "\\> citaat"],
    ["---", "\\---"],
    ["===", "==="],
    ["***", "\\*\\*\\*"],
    ["```js", "\\`\\`\\`js"],
    ["~~~", "\\~\\~\\~"],
    ["    code", "code"],
    ["\t- item", "\\- item"],
    ["regel 1\n- regel 2", "regel 1 - regel 2"],
    ["a\r\n\r\nb", "a b"],
    ["<b>vet</b>", "&lt;b>vet&lt;/b>"],
    ["midden > en - blijven", "midden > en - blijven"],
    ["1.5 uur", "1.5 uur"],
    ["-vraag", "-vraag"],
    ["+32", "+32"],
    ["#1", "#1"],
    ["[ ] taak", "\\[ ] taak"],
    ["[x]: https://x.be", "\\[x]: https://x.be"],
  ])('%j → %j', (input, output) => {
    expect(singleLine(input)).toBe(output);
  });
});

describe('cell', () => {
  it.each([
    ["", ""],
    ["  ", ""],
    ["a | b", "a \\| b"],
    ["a \\| b", "a \\\\\\| b"],
    ["eind\\", "eind\\"],
    ["regel 1\nregel 2", "regel 1<br>regel 2"],
    ["regel 1\r\n\r\n\r\nregel 2", "regel 1<br><br>regel 2"],
    ["- item\n# kop", "- item<br># kop"],
    ["<br>", "&lt;br>"],
    ["|---|---|", "\\|---\\|---\\|"],
    ["*a*\n*b", "\\*a*<br>*b"],
    ["*a\nb*", "\\*a<br>b*"],
  ])('%j → %j', (input, output) => {
    expect(cell(input)).toBe(output);
    expect(uselessBackslashes(`| a |\n| --- |\n| ${output} |\n`)).toEqual([]);
  });
});

describe('block', () => {
  it.each([
    ["", "", ""],
    ["   \n \n", "", ""],
    ["een regel", "", "een regel"],
    ["regel 1\nregel 2", "", "regel 1\\\nregel 2"],
    ["alinea 1\n\nalinea 2", "", "alinea 1\n\nalinea 2"],
    ["alinea 1\n \t \nalinea 2", "", "alinea 1\n\nalinea 2"],
    ["a\r\nb\rc", "", "a\\\nb\\\nc"],
    ["- een\n- twee", "", "\\- een\\\n\\- twee"],
    ["1. een\n2) twee", "", "1\\. een\\\n2) twee"],
    ["1. een\n1) twee", "", "1\\. een\\\n1\\) twee"],
    ["tekst\n---", "", "tekst\\\n\\---"],
    ["tekst\n===", "", "tekst\\\n\\==="],
    ["```\ncode\n```", "", "\\```\\\ncode\\\n\\```"],
    ["    ingesprongen\n\tmet tab", "", "ingesprongen\\\nmet tab"],
    ["eindigt op \\\nvolgende", "", "eindigt op \\\\\\\nvolgende"],
    ["> citaat\n# kop", "> ", "> \\> citaat\\\n> \\# kop"],
    ["a\n\nb", "> ", "> a\n>\n> b"],
    ["a\n\nb", "   ", "   a\n\n   b"],
    ["a | b\n--- | ---", "", "a | b\\\n--- \\| ---"],
    ["-\n-", "", "-\\\n\\-"],
    ["[x]: https://x.be", "", "\\[x]: https://x.be"],
    ["*a\nb*", "", "\\*a\\\nb*"],
  ])('%j (indent %j) → %j', (input, indent, output) => {
    expect(block(input, indent)).toBe(output);
    expect(uselessBackslashes(output)).toEqual([]);
  });
});

describe('link', () => {
  it.each([
    ["Inclusietracker", "https://resokit.be/pdf/ORGANISATIE/Inclusietracker.pdf", "[Inclusietracker](https://resokit.be/pdf/ORGANISATIE/Inclusietracker.pdf)"],
    ["[x] *y*", "http://a.be/(b)", "[\\[x\\] \\*y*](<http://a.be/(b)>)"],
    ["", "https://a.be/", "[https://a.be/](https://a.be/)"],
    ["Met spatie", "https://a.be/een pad", "Met spatie (https://a.be/een pad)"],
    ["mail", "mailto:a@b.be", "mail (mailto:a@b.be)"],
    ["script", "javascript:alert(1)", "script (javascript:alert(1))"],
    ["spatie", "https://a.be/x y", "spatie (https://a.be/x y)"],
    ["haakje", "https://a.be/<x>", "haakje (https://a.be/&lt;x>)"],
  ])('%j %j → %j', (label, url, output) => {
    expect(link(label, url)).toBe(output);
  });

  it('escapes in a label only what is needed', () => {
    expect(uselessBackslashes(link('*y* `z`', 'https://a.be/'))).toEqual([]);
  });
});

describe('table', () => {
  it('escapes every cell and gives every row the header’s number of cells', () => {
    expect(table(['Wat', 'Wie'], [['a | b', 'An\nJan'], ['enkel'], ['x', 'y', 'te veel']], ['left', 'right'])).toBe(
      ['| Wat | Wie |', '| --- | ---: |', '| a \\| b | An<br>Jan |', '| enkel |  |', '| x | y |'].join('\n'),
    );
  });

  it('tableRow joins cells that are already Markdown', () => {
    expect(tableRow(['a', '', 'c'])).toBe('| a |  | c |');
  });
});

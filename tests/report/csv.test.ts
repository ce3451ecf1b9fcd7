// The CSV export: RFC 4180 (quoted fields, doubled quotes, CRLF), UTF-8 with an optional BOM, and
// no spreadsheet formulas from user text. Read back with an independent RFC 4180 parser.
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl/index.js';
import { buildReport } from '../../src/report/index.js';
import { BOM, csvField, csvRows, renderReportCsv } from '../../src/render/report/csv.js';
import { file, fixture, input, naming, team, theme } from './helpers.js';

/** RFC 4180, strictly: fields in quotes may hold anything (quotes doubled); records end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unclosed quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else {
      throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
    }
  }
  if (row.length) throw new Error('last record without CRLF');
  return rows;
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['zei "ja"', '"zei ""ja"""'],
    ['twee\nregels', '"twee\nregels"'],
    ['crlf\r\nin veld', '"crlf\nin veld"'],
    ['lone\rcr', '"lone\ncr"'],
    ['=1+2', "'=1+2"],
    ['+32 470', "'+32 470"],
    ['-Jan', "'-Jan"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tTab', "'\tTab"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
    ['2027-01-15', '2027-01-15'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('renderReportCsv', () => {
  const nasty = buildReport([fixture('nasty/nasty.yaml')], { set: undefined, naming: naming() });

  it('is RFC 4180: every record ends with CRLF, every row has the header’s width', () => {
    const text = renderReportCsv(nasty, nl, { bom: false, separator: ',' });
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['Thema', 'Wat', 'Wie', 'Tegen wanneer', 'Prioriteit', 'Status', 'Voorgesteld door', 'Aantal voorstellen', 'Gekozen als focus', 'Uit vorige reflectie', 'Verschillende voorstellen']);
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
  });

  it('reads back what was typed, with a leading apostrophe before formula characters', () => {
    const rows = parseCsv(renderReportCsv(nasty, nl, { bom: false, separator: ',' })).slice(1);
    expect(rows.map((row) => row[1])).toEqual([
      "'=1+2",
      "'+31 6 bellen, \"dringend\"",
      'Meerdere regels:\nregel 2\nregel 3, met komma',
      '<script>alert("actie")</script>',
    ]);
    expect(rows.map((row) => row[2])).toEqual(["'@SUM(A1:A2)", "'-Jan", 'Tab', '<b>An</b>']);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('one action per row, identical ones folded, dates as YYYY-MM-DD', () => {
    const rows = parseCsv(renderReportCsv(buildReport(team(), { set: undefined, naming: naming() }), nl, { bom: false, separator: ',' }));
    expect(rows).toHaveLength(1 + 7);
    expect(rows[1]).toEqual([
      'Toegankelijkheidsbeleid',
      'Folder herschrijven in eenvoudige taal, samen met twee bezoekers',
      'An en Karim; Bob',
      '2026-12-31',
      'hoog',
      'te doen',
      'An Peeters; Bob Janssens',
      '2',
      '2',
      'nee',
      'Wie: An en Karim (An Peeters) of Bob (Bob Janssens); Tegen wanneer: 2027-01-15 (An Peeters) of 2026-12-31 (Bob Janssens); Prioriteit: hoog (An Peeters) of middel (Bob Janssens)',
    ]);
    // Carried over by An: the column says who, since others could have proposed it anew.
    expect(rows.slice(-2).map((row) => row[9])).toEqual(['An Peeters', 'An Peeters']);
  });

  it('--bom puts the UTF-8 byte-order mark first, and only then', () => {
    const report = buildReport([input(file('Zoë', [theme('t1', 'on-track', { actions: [{ what: 'Één café' }] })]))], { set: undefined, naming: naming() });
    const withBom = renderReportCsv(report, nl, { bom: true, separator: ',' });
    expect(Buffer.from(withBom, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(withBom.slice(1)).toBe(renderReportCsv(report, nl, { bom: false, separator: ',' }));
    expect(renderReportCsv(report, nl, { bom: false, separator: ',' }).startsWith(BOM)).toBe(false);
    expect(withBom).toContain('Één café');
  });

  it('an empty team gives the header only', () => {
    expect(csvRows([['a', 'b']])).toBe('a,b\r\n');
    const report = buildReport([input(file('An', []))], { set: undefined, naming: naming() });
    expect(parseCsv(renderReportCsv(report, nl, { bom: false, separator: ',' }))).toHaveLength(1);
  });
});

describe('--separator', () => {
  it.each([
    ['a;b', ';', '"a;b"'],
    ['a,b', ';', 'a,b'],
    ['a\tb', '\t', '"a\tb"'],
    ['a,b', ',', '"a,b"'],
  ] as const)('%j with %j → %j', (value, separator, expected) => {
    expect(csvField(value, separator)).toBe(expected);
  });

  it('joins the fields of every row with it', () => {
    expect(csvRows([['Wat', 'Wie'], ['Folder; nieuw', 'An, Jo']], ';')).toBe('Wat;Wie\r\n"Folder; nieuw";An, Jo\r\n');
  });
});


// The loader over a corpus of broken files: every case names the message (a stable part of it),
// the line and the column, so that a user is sent to the right place.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { checkThemeSources } from '../../src/content/check-sources.js';
import { nl } from '../../src/i18n/nl/index.js';
import { builtinLike, fixture, fixtures } from './helpers.js';

type Expected = [line: number, col: number, message: string][];

const corpus: Record<string, Expected> = {
  // YAML syntax
  'unclosed-quote.yaml': [[4, 12, 'aanhalingsteken wordt niet afgesloten']],
  'unclosed-bracket.yaml': [[5, 16, "haakje '[' of '{' wordt niet"]],
  'tab-indent.yaml': [[3, 1, 'tab gebruikt om in te springen']],
  'bad-indent.yaml': [[8, 6, "lijstelement ('- ') verkeerd ingesprongen"]],
  'indented-too-deep.yaml': [[5, 7, 'regel springt dieper in dan de regel erboven']],
  'key-without-colon.yaml': [
    [5, 5, "ontbreekt er een ':' achter een sleutel"],
    [7, 9, 'regel springt dieper in'],
  ],
  'no-space-after-colon.yaml': [[4, 10, "zet een spatie na de ':'"]],
  'colon-in-value.yaml': [[7, 15, "zet een tekst met ': ' tussen aanhalingstekens"]],
  'duplicate-key.yaml': [[5, 5, "sleutel 'title' komt twee keer voor"]],
  'two-documents.yaml': [[8, 1, 'meer dan één YAML-document']],
  // what the file holds as a whole
  'empty.yaml': [[1, 1, "bestand is leeg; verwacht thema’s onder 'themes:'"]],
  'comments-only.yaml': [[1, 1, 'bestand is leeg']],
  'list-root.yaml': [[1, 1, "verwacht thema’s onder 'themes:', maar het bestand bevat een lijst"]],
  'scalar-root.yaml': [[1, 1, "verwacht thema’s onder 'themes:', maar het bestand bevat een tekst"]],
  'alias-bomb.yaml': [[2, 10, 'te veel verwijzingen (*alias)']],
  'unresolved-alias.yaml': [[9, 9, "verwijzing '*inclusietracker' naar een anker"]],
  // the schema
  'title-is-list.yaml': [[5, 7, 'verwacht een tekst, maar vond een lijst']],
  'number-as-id.yaml': [[6, 13, 'verwacht een tekst, maar vond een getal; zet de waarde tussen aanhalingstekens']],
  'unknown-key-top.yaml': [[1, 1, "onbekende sleutel 'titel'; toegestaan: themes"]],
  'unknown-key-nested.yaml': [
    // 'titel' is not also reported as a missing 'title': it is one mistake.
    [4, 5, "onbekende sleutel 'titel'; bedoel je 'title'?"],
    [8, 9, "onbekende sleutel 'voorbeelden'; bedoel je 'examples'?"],
  ],
  'misspelt-root.yaml': [[1, 1, "onbekende sleutel 'theme'; bedoel je 'themes'?"]],
  'missing-field.yaml': [[2, 5, "verplicht veld 'group' ontbreekt"]],
  'questions-empty-value.yaml': [[5, 5, 'verwacht een lijst, maar de waarde is leeg']],
  'empty-theme.yaml': [[5, 16, 'een thema heeft minstens één vraag nodig']],
  'no-themes.yaml': [[1, 9, 'het bestand bevat geen thema’s']],
  'empty-title.yaml': [[4, 12, 'mag niet leeg zijn']],
  // one message per URL, though it fails both `format` and `pattern`
  'bad-url.yaml': [
    [10, 14, 'geen geldige URL (http of https)'],
    [12, 14, 'geen geldige URL (http of https)'],
  ],
  'bad-id.yaml': [
    [2, 9, "id moet kebab-case zijn (kleine letters, cijfers en koppeltekens), bv. 'mijn-thema'"],
    [6, 13, 'id moet kebab-case zijn'],
  ],
  'many-problems.yaml': [
    [8, 9, "onbekende sleutel 'extra'; toegestaan: id, text, examples"],
    [11, 12, 'verwacht een tekst, maar vond een getal'],
    [13, 9, "verplicht veld 'id' ontbreekt"],
    [15, 9, "verplicht veld 'text' ontbreekt"],
  ],
  // checks across themes
  'duplicate-theme-id.yaml': [[8, 9, "thema-id 'mijn-thema' bestaat al (regel 2)"]],
  'duplicate-question-id.yaml': [[10, 13, "vraag-id 'eerste' komt al voor in dit thema (regel 6)"]],
  'unknown-group.yaml': [
    [3, 12, "onbekende groep 'werkin'; bestaande groepen: beleid, werking; bedoel je 'werking'?"],
    [9, 12, "onbekende groep 'praktijk'; bestaande groepen: beleid, werking"],
    [15, 12, "onbekende groep 'Beleid'; bestaande groepen: beleid, werking; bedoel je 'beleid'?"],
  ],
  // every problem in one run: the checks across themes also see themes with schema problems
  'mixed-group-and-schema.yaml': [
    [2, 5, "verplicht veld 'title' ontbreekt"],
    [3, 12, "onbekende groep 'werkin'; bestaande groepen: beleid, werking; bedoel je 'werking'?"],
    [8, 12, "onbekende groep 'praktijk'; bestaande groepen: beleid, werking"],
    [9, 12, 'verwacht een tekst, maar vond een getal'],
    [13, 9, "onbekende sleutel 'extra'; toegestaan: id, text, examples"],
  ],
  'mixed-duplicates-and-schema.yaml': [
    [8, 9, "verplicht veld 'text' ontbreekt"],
    [8, 13, "vraag-id 'eerste' komt al voor in dit thema (regel 6)"],
    [9, 9, "thema-id 'mijn-thema' bestaat al (regel 2)"],
    [11, 5, "onbekende sleutel 'titel'; bedoel je 'title'?"],
    [15, 9, "thema-id 'safe-space' bestaat al in de ingebouwde vragenset (questions/nl/werking.yaml)"],
    [18, 16, 'een thema heeft minstens één vraag nodig'],
  ],
  // an id or group that is itself invalid is reported once, not also as a repeat or an unknown group
  'mixed-invalid-id-not-compared.yaml': [
    [2, 9, 'id moet kebab-case zijn'],
    [8, 9, 'id moet kebab-case zijn'],
    [9, 12, 'verwacht een tekst, maar vond een getal'],
  ],
  // a question that continues the one before it must have one before it (the second theme is fine)
  'first-question-continues.yaml': [[8, 20, "de eerste vraag van een thema heeft geen vraag ervoor"]],
  'builtin-collision.yaml': [
    [2, 9, "thema-id 'safe-space' bestaat al in de ingebouwde vragenset (questions/nl/werking.yaml)"],
  ],
};

describe('a broken theme file', () => {
  it('is in the table below (every fixture has its expected problems)', () => {
    const files = readdirSync(`${fixtures}broken`).filter((name) => name.endsWith('.yaml'));
    expect(files.sort()).toEqual(Object.keys(corpus).sort());
  });

  it.each(Object.entries(corpus))('%s', (name, expected) => {
    const checked = checkThemeSources([fixture(`broken/${name}`)], builtinLike, nl);
    expect(checked.set).toBeUndefined();
    expect(checked.problems.map((p) => [p.file, p.line, p.col, p.message])).toEqual(
      expected.map(([line, col, message]) => [`broken/${name}`, line, col, expect.stringContaining(message)]),
    );
  });

  it('with the same theme id as another file names both files', () => {
    const checked = checkThemeSources([fixture('broken/across/a-eerste.yaml'), fixture('broken/across/b-tweede.yaml')], builtinLike, nl);
    expect(checked.problems).toEqual([
      {
        file: 'broken/across/b-tweede.yaml',
        line: 9,
        col: 9,
        message: expect.stringContaining("thema-id 'gedeeld-thema' bestaat al (broken/across/a-eerste.yaml:2:9)"),
      },
    ]);
  });
});

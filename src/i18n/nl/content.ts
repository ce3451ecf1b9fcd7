/** Texts of the question-file loader and of `resokit validate`: every problem a user can make in a YAML file. */
export const content = {
  cannotRead: (path: string, reason: string) => `kan '${path}' niet lezen: ${reason}`,
  noMatchingFiles: (pattern: string) => `${pattern}: geen enkel bestand past bij dit patroon`,
  noYamlFiles: (folder: string) => `geen .yaml- of .yml-bestanden gevonden in '${folder}'`,
  onlyFolders: (folder: string, folders: readonly string[]) =>
    `geen .yaml- of .yml-bestanden in '${folder}', enkel mappen (${folders.join(', ')}); mappen daarin worden niet gelezen: geef de map met de bestanden zelf, of voor verschillende rondes elk als ronde aan resokit history`,
  builtinMissing: (language: string) =>
    `de ingebouwde vragenset voor taal '${language}' is er (nog) niet; kies een andere taal met --lang`,
  problemsFound: (count: number) => (count === 1 ? '1 probleem gevonden' : `${count} problemen gevonden`),
  validateOk: (themes: number, questions: number, files: number) =>
    `ok: ${themes} ${themes === 1 ? 'thema' : 'thema’s'} en ${questions} ${questions === 1 ? 'vraag' : 'vragen'} ` +
    `in ${files} ${files === 1 ? 'bestand' : 'bestanden'} gecontroleerd, geen problemen`,
  validateAnswersOk: (files: number) =>
    `ok: ${files === 1 ? '1 antwoordenbestand' : `${files} antwoordenbestanden`} gecontroleerd, geen problemen`,
  validateFailed: (problems: number, files: number) =>
    `${problems === 1 ? '1 probleem' : `${problems} problemen`} in ${files === 1 ? '1 bestand' : `${files} bestanden`}`,

  // The file as a whole.
  themesNotAnswers: (file: string) => `${file} is een themabestand (eigen vragen, voor --questions), geen antwoordenbestand.`,
  answersNotThemes: (file: string) =>
    `${file} is een antwoordenbestand, geen themabestand: --questions leest enkel eigen thema’s; antwoorden lees je met resokit report.`,
  /** The page of `resokit form` given where an answers file is expected. */
  formPage: (file: string) =>
    `${file} is de vragenlijst van resokit form (een HTML-pagina), geen antwoordenbestand: open ze in een browser; het antwoordenbestand is wat je onderaan die pagina downloadt (antwoorden-…yaml).`,
  tooLarge: (limit: string) => `bestand is groter dan ${limit}; een vragenbestand is hooguit enkele honderden kilobytes`,
  notUtf8: 'bestand is geen geldige UTF-8-tekst; bewaar het opnieuw als UTF-8',
  emptyFile: (expected: string) => `bestand is leeg; verwacht ${expected}`,
  rootNotMapping: (expected: string, found: string) => `verwacht ${expected}, maar het bestand bevat ${found}`,
  expectedRoot: {
    themeFile: "thema’s onder 'themes:'",
    setFile: "de beschrijving van de vragenset ('id:', 'title:', 'groups:', ...)",
  },
  aliasBomb: 'te veel verwijzingen (*alias) naar ankers (&anker); het bestand is geweigerd',
  unresolvedAlias: (name: string) => `verwijzing '*${name}' naar een anker '&${name}' dat niet (eerder) bestaat`,

  // YAML syntax, by the code of the yaml library's error.
  yaml: {
    TAB_AS_INDENT: 'tab gebruikt om in te springen; YAML laat enkel spaties toe',
    flowUnclosed: "haakje '[' of '{' wordt niet (op de juiste plaats) afgesloten met ']' of '}'",
    listIndent: "lijstelement ('- ') verkeerd ingesprongen: zet de '-' in dezelfde kolom als die van de andere elementen",
    indentedTooDeep: 'regel springt dieper in dan de regel erboven; zet hem in dezelfde kolom als de andere sleutels',
    BAD_INDENT: 'verkeerd ingesprongen: elementen op hetzelfde niveau beginnen in dezelfde kolom',
    DUPLICATE_KEY: (key: string) => `sleutel '${key}' komt twee keer voor; elke sleutel mag maar één keer`,
    unclosedQuote: 'aanhalingsteken wordt niet afgesloten',
    dashMissing: "lijstelement zonder '-' ervoor",
    flowSeparator: "er ontbreekt een ',' of ':' tussen de elementen tussen haakjes",
    commentSpace: "zet een spatie voor '#' (begin van een opmerking)",
    MISSING_CHAR: 'er ontbreekt een teken (een afsluitend haakje, aanhalingsteken of dubbele punt)',
    BLOCK_AS_IMPLICIT_KEY:
      "onverwachte ': ' in een waarde; zet een tekst met ': ' tussen aanhalingstekens, of kijk de inspringing na",
    spaceAfterColon: "zet een spatie na de ':' tussen sleutel en waarde",
    MULTILINE_IMPLICIT_KEY:
      "sleutel over meerdere regels: ontbreekt er een ':' achter een sleutel, of springt een regel verkeerd in?",
    UNEXPECTED_TOKEN: 'onverwacht teken; kijk de inspringing en de leestekens na',
    MULTIPLE_DOCS: "meer dan één YAML-document ('---'); een vragenbestand bevat er één",
    BAD_DQ_ESCAPE: "ongeldige escape met '\\' tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens",
    BAD_SCALAR_START: (char: string) => `een waarde mag niet met '${char}' beginnen; zet ze tussen aanhalingstekens`,
    BLOCK_IN_FLOW: 'een lijst of blok met inspringing binnen haakjes [ ] of { } is niet toegestaan',
    KEY_OVER_1024_CHARS: 'sleutel is langer dan 1024 tekens',
    BAD_ALIAS: "ongeldige naam voor een anker (&) of verwijzing (*)",
    other: (detail: string) => `ongeldige YAML: ${detail}`,
  },

  // The schema, per keyword.
  required: (key: string) => `verplicht veld '${key}' ontbreekt`,
  unknownKey: (key: string) => `onbekende sleutel '${key}'`,
  unknownKeyAllowed: (allowed: readonly string[]) => `toegestaan: ${allowed.join(', ')}`,
  /** Two clauses of one message: 'onbekende sleutel; bedoel je …?' (French: a narrow no-break space before ';'). */
  clauses: (first: string, second: string) => `${first}; ${second}`,
  didYouMean: (suggestion: string) => `bedoel je '${suggestion}'?`,
  expected: (expected: string, found: string) => `verwacht ${expected}, maar vond ${found}`,
  expectedButEmpty: (expected: string) => `verwacht ${expected}, maar de waarde is leeg`,
  quoteHint: 'zet de waarde tussen aanhalingstekens',
  typeNames: {
    string: 'een tekst',
    array: 'een lijst',
    object: "sleutels met waarden ('sleutel: waarde')",
    number: 'een getal',
    integer: 'een geheel getal',
    boolean: 'ja/nee (true/false)',
    null: 'een lege waarde',
  } as Record<string, string>,
  url: 'geen geldige URL (http of https), bv. https://www.resokit.be',
  id: "id moet kebab-case zijn (kleine letters, cijfers en koppeltekens), bv. 'mijn-thema'",
  version: "versie heeft de vorm 1.2.3 (drie getallen met punten)",
  language: "taalcode van twee kleine letters, bv. 'nl'",
  date: 'geen geldige datum; schrijf JJJJ-MM-DD, bv. 2025-03-31',
  dateTime: 'geen geldig tijdstip; schrijf bv. 2025-03-31T14:00:00Z',
  pattern: (pattern: string) => `voldoet niet aan het patroon ${pattern}`,
  format: (format: string) => `geen geldige waarde voor ${format}`,
  notEmpty: 'mag niet leeg zijn',
  tooShort: (limit: number) => `te kort: minstens ${limit} tekens`,
  tooLong: (length: number, limit: number) => `te lang: ${length} tekens, hoogstens ${limit}`,
  noThemes: "het bestand bevat geen thema’s; zet er minstens één onder 'themes:'",
  noQuestions: "een thema heeft minstens één vraag nodig onder 'questions:'",
  noGroups: "de vragenset heeft minstens één groep nodig onder 'groups:'",
  tooFewItems: (limit: number) => `lijst heeft minstens ${limit} ${limit === 1 ? 'element' : 'elementen'} nodig`,
  tooManyItems: (limit: number) => `lijst heeft hoogstens ${limit} ${limit === 1 ? 'element' : 'elementen'}`,
  oneOf: (allowed: readonly string[]) => `moet een van deze waarden zijn: ${allowed.join(', ')}`,
  duplicateFocus: (id: string, line: number) => `focus noemt dezelfde actie twee keer (${id}, ook op regel ${line})`,
  duplicateItem: (value: string, line: number) => `'${value}' staat twee keer in deze lijst (ook op regel ${line})`,
  invalid: 'ongeldige waarde; vergelijk met een bestand dat resokit zelf schreef',

  // Checks across themes and files.
  duplicateThemeId: (id: string, where: string) => `thema-id '${id}' bestaat al (${where}); elk thema heeft een eigen id`,
  atLine: (line: number) => `regel ${line}`,
  builtinThemeId: (id: string, file: string) =>
    `thema-id '${id}' bestaat al in de ingebouwde vragenset (${file}); kies een ander id`,
  duplicateQuestionId: (id: string, line: number) =>
    `vraag-id '${id}' komt al voor in dit thema (regel ${line}); elke vraag van een thema heeft een eigen id`,
  duplicateGroupId: (id: string, line: number) => `groep-id '${id}' komt al voor (regel ${line})`,
  firstQuestionContinues: "de eerste vraag van een thema heeft geen vraag ervoor om op verder te gaan: schrap 'continues: true'",
  unknownGroup: (group: string, known: readonly string[]) =>
    `onbekende groep '${group}'; bestaande groepen: ${known.join(', ')}`,
  setFileInQuestions:
    "een set.yaml hoort niet bij --questions: die voegt enkel thema’s toe aan de ingebouwde set (controleer een eigen set met 'resokit validate map/')",
  secondSetFile: (first: string) => `tweede set-bestand; de vragenset wordt al beschreven in ${first}`,
  languageMismatch: (language: string, folder: string) => `taal '${language}' past niet bij de map ${folder}/`,
};

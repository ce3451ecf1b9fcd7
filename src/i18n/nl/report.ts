/**
 * `resokit report`: the command's help and messages, and the labels of the team report, the
 * comparison and the exports (HTML, JSON, CSV). Shared labels (rating scale, priorities, months,
 * column names of the plan) come from `plan`.
 *
 * Plain text only: every renderer calls these functions with plain text and escapes the result as
 * a whole (Markdown, HTML or CSV), so no string may carry syntax of any of those formats.
 */
const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;

export const report = {

  unknownFormat: (format: string, formats: readonly string[]) =>
    `onbekend formaat '${format}'; kies uit ${formats.join(', ')}`,
  /** `--out verloop.xlsx`: an extension none of the formats has, and no --format. */
  unknownExtension: (file: string, extension: string, formats: readonly string[]) =>
    `--out ${file}: onbekende extensie '${extension}'; kies uit ${formats.map((f) => `.${f}`).join(', ')}, of geef het formaat met --format`,
  bomCsvOnly: '--bom geldt enkel voor --format csv',
  outExists: (file: string) => `${file} bestaat al. Kies een andere naam met --out, of overschrijf met --force.`,
  cannotWrite: (file: string, reason: string) => `kan ${file} niet schrijven: ${reason}`,
  invalidFiles: (count: number) =>
    count === 1 ? '1 antwoordenbestand is ongeldig' : `${count} antwoordenbestanden zijn ongeldig`,
  sameParticipant: (name: string, files: readonly string[]) =>
    `${name} staat in meer dan één bestand (${files.join(', ')}); alle bestanden tellen mee`,
  sameFile: (file: string) => `${file} is meer dan eens opgegeven; het telt één keer mee`,
  /** A file of today's team that is also an earlier one (a copy, a link): same participant, same dates. */
  alsoCompared: (file: string, earlier: string) => `${file} is dezelfde reflectie als ${earlier} van --compare; ze wordt met zichzelf vergeleken`,
  /** Each item: an organisation with its files or participants, e.g. "De Brug (an.yaml en bob.yaml)". */
  severalOrganisations: (organisations: readonly string[]) =>
    `deze bestanden komen van ${organisations.length} organisaties: ${list(organisations)}. Eén teamrapport hoort bij één organisatie; kijk na of de juiste bestanden zijn gekozen.`,
  organisationOf: (organisation: string, who: readonly string[]) => `${organisation} (${list(who)})`,
  written: (file: string) => `Geschreven: ${file}`,

  /** How participants are named: with --anonymous, and for a file without a name. */
  numbered: (n: number) => `Deelnemer ${n}`,
  /** The second file of the same person. */
  repeated: (name: string, n: number) => `${name} (${n})`,
  list,

  title: 'Teamrapport eenzaamheidssensitief werken',
  organisation: 'Organisatie',
  organisations: 'Organisaties',
  period: 'Periode',
  periodRange: (from: string, to: string) => `${from} tot ${to}`,
  participants: 'Deelnemers',
  participantCount: (n: number) => (n === 1 ? '1 deelnemer' : `${n} deelnemers`),
  questionSetVersions: (title: string, versions: readonly string[]) =>
    `${title} (${versions.length === 1 ? 'versie' : 'versies'} ${list(versions)})`,
  inProgressLabel: 'Let op',
  inProgress: (count: number, total: number) =>
    `${count} van de ${total} bestanden ${count === 1 ? 'is' : 'zijn'} nog niet af. Dit rapport toont wat er tot nu toe is ingevuld.`,

  whoTookPart: 'Wie deed mee',
  fileStatus: { 'in-progress': 'nog bezig', complete: 'af' },
  col: {
    participant: 'Deelnemer',
    file: 'Bestand',
    status: 'Status',
    updated: 'Bijgewerkt',
    themes: 'Thema’s',
    open: 'Open vragen',
    level: 'Stand van zaken',
    count: 'Aantal',
    bar: 'Verdeling',
    who: 'Wie',
    spread: 'Spreiding',
    notRated: 'niet ingevuld',
    proposedBy: 'Voorgesteld door',
    proposals: 'Aantal voorstellen',
    focus: 'Gekozen als focus',
    fromPrevious: 'Uit vorige reflectie',
    conflicts: 'Verschillende voorstellen',
    then: 'Toen',
    now: 'Nu',
    change: 'Verandering',
    basis: 'Hoe we dat weten',
  },
  yes: 'ja',
  no: 'nee',

  missing: 'Wat ontbreekt',
  missingIntro:
    'Bestanden van een andere versie van de vragenlijst, bestanden die nog niet af zijn en een andere themakeuze worden toch samengevoegd. Dit ontbreekt per deelnemer:',
  missingInProgress: (open: number) =>
    `nog niet af (${open === 1 ? '1 vraag' : `${open} vragen`} open)`,
  missingThemes: (themes: readonly string[]) => `koos niet: ${list(themes)}`,
  missingQuestions: (theme: string, numbers: readonly number[], version: string) =>
    `${theme}: ${numbers.length === 1 ? 'vraag' : 'vragen'} ${list(numbers.map(String))} ${numbers.length === 1 ? 'staat' : 'staan'} niet in hun versie${version ? ` (${version})` : ''} van de vragenlijst`,
  missingRating: (themes: readonly string[]) => `nog geen stand van zaken voor ${list(themes)}`,

  overview: 'Stand van zaken per thema',
  overviewIntro:
    'De thema’s waar het team het meest van mening verschilt, staan eerst. De spreiding gaat van 0 (iedereen ziet het hetzelfde) tot 1,5 (het team staat in twee gelijke groepen aan beide uiteinden). Weet niet telt mee in de aantallen, niet in de spreiding; met minder dan twee scores is er geen spreiding (n.v.t.).',
  /** A spread with one decimal, as written in this language. */
  decimal: (n: number) => n.toFixed(1).replace('.', ','),
  /** Instead of a spread of 0,0 when fewer than two people gave a rating other than "weet niet". */
  spreadTooFew: (rated: number) => `n.v.t. (${rated === 1 ? '1 score' : 'geen scores'})`,
  chosenBy: (count: number, total: number) => `Gekozen door ${count} van de ${total} deelnemers.`,
  notChosenBy: (names: readonly string[]) => `Niet gekozen door ${list(names)}.`,
  notInVersionOf: (names: readonly string[]) => `Niet in de versie van de vragenlijst van ${list(names)}.`,
  noAnswers: 'Niemand beantwoordde deze vraag.',

  focusIntro: 'Zo vaak werd een actie gekozen om mee te beginnen:',
  focusTimes: (count: number) => (count === 1 ? '1 keer gekozen' : `${count} keer gekozen`),
  noFocusYet: (names: readonly string[]) => `Nog geen focus gekozen: ${list(names)}.`,
  noFocusAtAll: 'Nog niemand koos een focus. Kies samen één tot drie acties om mee te beginnen.',
  proposedBy: (names: readonly string[]) => `voorgesteld door ${list(names)}`,
  actionsIntro:
    'Dezelfde actie van meerdere deelnemers staat er één keer, met wie ze voorstelde. Gaven ze een andere uitvoerder, datum of prioriteit, dan staat elke waarde er met wie ze gaf.',
  /** Different values proposed for one field of an action: "hoog (An) of middel (Bob)". */
  alternatives: (values: readonly string[]) => values.join(' of '),

  agendaDisagreement: 'Verschillende inschattingen',
  agendaDisagreementText: (theme: string, lowest: string, highest: string) =>
    `${theme}: de inschattingen lopen uiteen van ${lowest} tot ${highest}`,
  agendaWho: (names: readonly string[]) => `(${list(names)})`,

  compare: 'Sinds de vorige reflectie',
  compareIntro: (date: string, participant: string | undefined) =>
    participant ? `Vergeleken met de reflectie van ${participant} van ${date}.` : `Vergeleken met de reflectie van ${date}.`,
  direction: {
    up: 'vooruit',
    down: 'achteruit',
    same: 'gelijk gebleven',
    mixed: 'verschilt per deelnemer',
    new: 'nieuw gekozen',
    'not-chosen': 'nu niet gekozen',
    unknown: 'niet te vergelijken',
  },
  ratingCount: (rating: string, count: number) => `${rating} (${count})`,
  earlierActions: 'Acties van de vorige keer',
  noEarlierActions: 'De vorige reflectie had geen acties.',
  earlierStatus: { done: 'gedaan', open: 'nog open', dropped: 'laten vallen', unknown: 'niet vermeld', ambiguous: 'onduidelijk' },
  basis: {
    'followed-up': (names: readonly string[]) => `opgevolgd door ${list(names)}`,
    'proposed-again': (names: readonly string[]) => `opnieuw voorgesteld door ${list(names)}`,
    none: 'niemand vermeldde deze actie',
  },
  newActions: 'Nieuwe acties',
  noNewActions: 'Er zijn geen nieuwe acties.',

  /** The self-contained HTML file: its print note. */
  printHint: 'Dit bestand is gemaakt om af te drukken of als pdf te bewaren.',
  separatorCsvOnly: '--separator geldt enkel voor --format csv',
  unknownSeparator: (value: string) => `Onbekend scheidingsteken '${value}'. Kies ',', ';' of 'tab'.`,
  notAnAnswersFile: (file: string) => `${file} is geen antwoordenbestand: geef het .yaml-bestand dat resokit reflect schreef of dat je onderaan de vragenlijst van resokit form downloadde (antwoorden-…yaml).`,
  outIsFolder: (folder: string) => `${folder} is een map: geef een bestandsnaam, bv. ${folder}/teamrapport.md.`,
};

/**
 * The action plan (Markdown): headings, labels, scale labels and month names.
 *
 * Plain text only: the renderer escapes what it inserts and puts the Markdown around it. Functions
 * receive text that is already Markdown (escaped user text, a formatted date) and must not add
 * Markdown syntax of their own (tests/render/plan-markdown.test.ts checks every string).
 */
export const plan = {
  title: 'Actieplan eenzaamheidssensitief werken',
  /** A label before its value: 'Datum:' (French puts a narrow no-break space before the colon). */
  label: (text: string) => `${text}:`,
  organisation: 'Organisatie',
  date: 'Datum',
  participant: 'Ingevuld door',
  themes: 'Thema’s',
  questionSet: 'Vragenlijst',
  questionSetVersion: (title: string, version: string) => `${title} (versie ${version})`,
  inProgressLabel: 'Let op',
  inProgress: (open: number) =>
    `deze reflectie is nog niet af. Dit actieplan toont wat er tot nu toe is ingevuld` +
    (open === 0 ? '.' : open === 1 ? ' (nog 1 vraag open).' : ` (nog ${open} vragen open).`),
  /** Shown for an empty or missing value. */
  none: '–',

  /** The locale dates are written in (Intl): "27 november 2026". */
  locale: 'nl-BE',

  /** Where the organisation stands on a theme (answers: `rating`). */
  rating: {
    'not-started': 'nog niet mee bezig',
    'first-steps': 'eerste stappen gezet',
    'on-track': 'goed op weg',
    embedded: 'sterk, het zit in onze werking',
    unknown: 'weet niet',
  },
  importance: { low: 'laag', medium: 'middel', high: 'hoog', unknown: 'weet niet' },
  priority: { high: 'hoog', medium: 'middel', low: 'laag' },
  /** An action of this reflection. */
  status: { open: 'te doen', done: 'gedaan', dropped: 'laten vallen' },
  /** An action of the earlier reflection, with what became of it; `unreviewed`: not said yet. */
  previousStatus: { open: 'nog relevant', done: 'gedaan', dropped: 'laten vallen', unreviewed: 'nog te bekijken' },

  overview: 'Overzicht',
  noThemes: 'Er zijn nog geen thema’s gekozen.',
  col: {
    theme: 'Thema',
    rating: 'Stand van zaken',
    importance: 'Belang',
    actions: 'Acties',
    what: 'Wat',
    who: 'Wie',
    due: 'Tegen wanneer',
    priority: 'Prioriteit',
    status: 'Status',
  },

  focus: 'Begin klein',
  focusIntro: 'Hiermee beginnen we:',
  noFocus: 'Er is nog geen focus gekozen. Kies samen één tot drie acties om mee te beginnen.',

  actions: 'Acties',
  noActions: 'Er zijn nog geen acties.',
  noNewActions: 'Deze keer geen nieuwe acties; de acties van de vorige keer staan hieronder.',
  previousActions: 'Acties van de vorige reflectie',
  previousIntro: (date: string) => `Uit de reflectie van ${date}, met wat ervan terechtkwam.`,
  checklist: 'Om af te vinken',
  checklistNote: 'Geschrapte acties staan niet in deze lijst.',
  by: (date: string) => `tegen ${date}`,
  /** Who takes up an action nobody was named for: in the "who" column and after an action in a list. */
  toBeDecided: 'nog te bepalen',
  whoToBeDecided: 'wie: nog te bepalen',
  fromPrevious: 'uit de vorige reflectie',

  ratingLine: 'Stand van zaken',
  importanceLine: 'Belang',
  actionsLine: 'Acties',
  question: (n: number) => `Vraag ${n}.`,
  skipped: '(overgeslagen)',
  unanswered: '(nog niet beantwoord)',
  discuss: '→ te bespreken in het teamoverleg',

  agenda: 'Agenda voor het teamoverleg',
  agendaEmpty: 'Geen open punten: alle vragen zijn beantwoord en niets is aangeduid om te bespreken.',
  agendaDiscuss: 'Te bespreken',
  agendaUnknownRating: 'Weet niet',
  agendaUnknownRatingText: (theme: string) => `${theme}: waar staat onze organisatie?`,
  agendaSkipped: 'Overgeslagen',
  agendaUnanswered: 'Nog niet beantwoord',
  agendaPrevious: 'Vorige actie opvolgen',
  agendaQuestion: (theme: string, n: number, question: string) => `${theme}, vraag ${n}: ${question}`,
  /** A question that goes on from the one before it, shown on its own (Safe space: "Ook als dat wil zeggen …"). */
  continuation: (previous: string, question: string) => `(vervolg op: ${previous}) ${question}`,

  resources: 'Meer lezen',
  sourcesIntro: 'Wij hebben ons voor deze tool laten inspireren door:',

  citation: 'Referentie',
  citationIntro: 'Wil je refereren naar deze tool? Gebruik dan volgende referentie:',
  /** Used when the question set is not at hand (a report from the answers file alone). */
  citationFallback:
    'Verhaegen, I., Claeys, J. Deleu, H., Meys, F., Vos, E., Taamouti, M. (2021). Resokit: methodiek en tools voor sociale professionals om netwerken te versterken en te connecteren met de buurt. Brussel: Odisee Hogeschool (www.resokit.be).',
  madeWith: 'Gemaakt met resokit',
};

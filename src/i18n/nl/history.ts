/**
 * Working in rounds: `resokit history` (its errors and the history document), `report --compare`
 * against an earlier team, and the words of the charts. Shared labels (rating scale, months,
 * column names) come from `plan` and `report`.
 *
 * Plain text only: every renderer escapes the result for its own syntax (Markdown, HTML, SVG, CSV).
 */
const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
const either = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} of ${items.at(-1)}`;
const rounds = (n: number) => (n === 1 ? '1 ronde' : `${n} rondes`);
const days = (n: number) => (n === 1 ? '1 dag' : `${n} dagen`);

export const history = {
  tooFewRounds: 'history volgt een team over minstens twee rondes: geef twee of meer mappen (of globs tussen aanhalingstekens). Voor één ronde: resokit report <map>.',
  badRounds: (count: number) => (count === 1 ? '1 probleem met de rondes; er is niets gemaakt' : `${count} problemen met de rondes; er is niets gemaakt`),
  singleFile: (file: string) =>
    `${file}: één bestand is geen ronde. Waarschijnlijk heeft de shell een glob zonder aanhalingstekens uitgevouwen: geef de map van de ronde, of zet de glob tussen aanhalingstekens, bv. 'ronde-1/*.yaml'.`,
  cannotReadRound: (source: string, reason: string) => `${source}: kan deze ronde niet lezen: ${reason}`,
  emptyRound: (source: string) => `${source}: lege ronde, er zijn geen bestanden`,
  subfoldersSkipped: (folder: string, names: readonly string[]) =>
    `${folder}: ${names.length === 1 ? 'de submap' : 'de submappen'} ${list(names)} ${names.length === 1 ? 'wordt' : 'worden'} niet gelezen; een ronde is de .yaml-bestanden van één map (is een submap een ronde, geef ze dan apart op)`,
  noAnswersFiles: (folder: string) => `${folder}: geen antwoordenbestanden (.yaml) in deze map`,
  noMatchingFolders: (pattern: string) => `${pattern}: geen enkele map past bij dit patroon`,
  sameRound: (where: readonly string[], times: number) =>
    where.length === 1
      ? `${where[0]} is ${times === 2 ? 'twee' : times} keer opgegeven als ronde; geef elke ronde één keer`
      : `${list(where)} zijn dezelfde ronde (dezelfde bestanden), ${times === 2 ? 'twee' : times} keer opgegeven; geef elke ronde één keer`,
  /** As report's warning: each item an organisation with its files. */
  severalOrganisations: (organisations: readonly string[]) =>
    `deze bestanden komen van ${organisations.length} organisaties: ${list(organisations)}. Eén ronde hoort bij één team van één organisatie; kijk na of de juiste bestanden in de ronde staan.`,
  sameFile: (file: string, where: readonly string[]) => `${file} staat in meer dan één ronde (${list(where)}); elk bestand hoort bij één ronde`,
  sameDate: (date: string, where: readonly string[]) =>
    `${list(where)} hebben dezelfde datum (${date}, de middelste bijwerkdatum van hun bestanden); zo kan de volgorde niet bepaald worden`,
  sameAsToday: (value: string) =>
    `${value} is zowel het team van vandaag als het vroegere (--compare ${value}): het zou met zichzelf vergeleken worden. Geef bij --compare de map van een vorige ronde.`,
  spilledGlob: (files: readonly string[], folder: string) =>
    `${list(files)} ${files.length === 1 ? 'komt' : 'komen'} uit ${folder}, de map van een --compare-waarde. Waarschijnlijk heeft de shell een glob zonder aanhalingstekens uitgevouwen: geef de map (--compare ${folder}) of zet de glob tussen aanhalingstekens.`,

  title: 'Verloop over de rondes',
  roundsLabel: 'Rondes',
  roundName: (label: string, date: string) => `${label} (${date})`,
  printHint: 'Dit bestand is gemaakt om af te drukken of als pdf te bewaren. Elke grafiek staat ook als tabel in de tekst.',

  summary: 'Kort samengevat',
  moved: 'Wat het meest bewoog',
  movedLine: (theme: string, verdict: string, from: string, to: string, medians: string) => `${theme}: ${verdict}, van ${from} tot ${to} (mediaan ${medians})`,
  nothingMoved: 'Geen enkel thema bewoog tussen de rondes.',
  stalled: 'Wat vastzit',
  stalledLine: (what: string, open: string) => `${what} (${open})`,
  nothingStalled: 'Geen enkele actie staat al twee of meer rondes open.',
  fresh: 'Wat nieuw is',
  newThemes: (themes: readonly string[]) => `Nieuw opgenomen in de laatste ronde: ${list(themes)}.`,
  newActionCount: (count: number) => (count === 1 ? '1 nieuwe actie in de laatste ronde.' : `${count} nieuwe acties in de laatste ronde.`),
  nothingNew: 'Geen nieuwe thema’s of acties in de laatste ronde.',

  roundsTitle: 'De rondes',
  roundsIntro: 'Elke ronde is een map (of glob) met de antwoordenbestanden van die keer. De datum is de middelste bijwerkdatum van de bestanden.',
  joined: (names: readonly string[]) => `erbij: ${list(names)}`,
  left: (names: readonly string[]) => `niet meer: ${list(names)}`,
  renamed: (before: string, now: string) => `${before} heet nu ${now}`,
  sameTeam: 'hetzelfde team',

  themesTitle: 'Per thema',
  themesIntro:
    'Per ronde hoeveel deelnemers elk niveau gaven, de mediaan en de spreiding (0 = iedereen ziet het hetzelfde, 1,5 = twee gelijke groepen aan beide uiteinden). Vooruit of achteruit: de mediaan verschoof minstens één niveau; meer of minder eensgezind: de spreiding veranderde minstens 0,5.',
  notTakenUp: (where: readonly string[]) => `Niet opgenomen in ${list(where)}.`,
  takenUpEvery: 'Opgenomen in elke ronde.',
  changeLine: (from: string, to: string, verdict: string) => `Van ${from} tot ${to}: ${verdict}.`,
  legend: 'Legende van de tekstbalk',

  coverageTitle: 'Welke thema’s aan bod kwamen',
  coverageIntro:
    'Kies je battles: een team kiest elke ronde enkele thema’s. Hier staat welke thema’s nooit aan bod kwamen, zodat dat een keuze is en geen vergetelheid.',
  never: (themes: readonly string[]) => `Nog nooit opgenomen: ${list(themes)}.`,
  allCovered: 'Elk thema kwam minstens één keer aan bod.',
  roundsOf: (n: number, total: number) => `${n} van ${total}`,

  lifecycleTitle: 'Acties door de rondes',
  lifecycleIntro:
    'Elke actie met de ronde waarin ze voorgesteld werd, wanneer ze als focus gekozen werd en wat er elke volgende ronde van werd. Acties worden gevolgd aan hun vaste id (via reflect --previous en het formulier), anders aan hun tekst. Wat twee acties kan zijn, staat er als onduidelijk. Acties die al twee of meer rondes open staan, staan eerst.',
  noActions: 'In geen enkele ronde werden acties voorgesteld.',
  status: { done: 'gedaan', open: 'nog open', dropped: 'laten vallen', 'not-mentioned': 'niet vermeld', ambiguous: 'onduidelijk' },
  proposed: 'voorgesteld',
  focus: 'focus',
  stalledMark: 'zit vast',
  openFor: (openRounds: number, openDays: number) => `${rounds(openRounds)} open, ${days(openDays)}`,
  closedAfter: (openDays: number) => `afgesloten na ${days(openDays)}`,
  reworded: (texts: readonly string[]) => `eerder geformuleerd als ${list(texts)}`,
  ambiguousWith: (texts: readonly string[]) => `onduidelijk: kan dezelfde zijn als ${either(texts)}`,
  ambiguousNote: (what: string, who: readonly string[], candidates: readonly string[]) =>
    `${what} (${list(who)}) kan ${either(candidates)} zijn`,
  claim: {
    'followed-up': (status: string, who: readonly string[]) => `${status} volgens ${list(who)}`,
    carried: (who: readonly string[]) => `meegenomen door ${list(who)}, nog niet overlopen`,
    'proposed-again': (who: readonly string[]) => `opnieuw voorgesteld door ${list(who)}`,
  },
  matchedBy: { id: 'herkend aan het id', text: 'herkend aan de tekst' },
  nobodyMentioned: 'niemand vermeldde deze actie',

  verdict: {
    forward: 'vooruit',
    back: 'achteruit',
    more: 'meer eensgezind',
    less: 'minder eensgezind',
    same: 'gelijk gebleven',
    notComparable: 'niet te vergelijken',
  },
  verdicts: (parts: readonly string[]) => parts.join(' en '),
  medianBetween: (lower: string, upper: string) => `tussen ${lower} en ${upper}`,
  fromTo: (then: string, now: string) => `${then} → ${now}`,

  compareTitle: 'Sinds de vorige ronde',
  compareIntro: (period: string, count: number) =>
    `Vergeleken met het team van ${period} (${count === 1 ? '1 deelnemer' : `${count} deelnemers`}).`,
  themeNew: 'nieuw gekozen',
  themeNotChosen: 'nu niet gekozen',
  whoChanged: 'Wie kwam erbij, wie niet meer',
  nobodyChanged: 'Dezelfde deelnemers als de vorige keer.',
  joinedLine: (names: readonly string[]) => `Erbij gekomen: ${list(names)}.`,
  leftLine: (names: readonly string[]) => `Niet meer bij: ${list(names)}.`,
  renamedLine: (pairs: readonly string[]) => `Andere naam (herkend aan hun acties): ${list(pairs)}.`,
  earlierActions: 'Acties van de vorige keer',
  noEarlierActions: 'Het team had de vorige keer geen open acties.',
  newActions: 'Nieuwe acties',
  noNewActions: 'Er zijn geen nieuwe acties.',

  col: {
    round: 'Ronde',
    date: 'Datum',
    participants: 'Deelnemers',
    team: 'Wie erbij kwam of niet meer',
    questionSet: 'Vragenlijst',
    distribution: 'Verdeling',
    median: 'Mediaan',
    spread: 'Spreiding',
    verdict: 'Oordeel',
    then: 'Toen',
    now: 'Nu',
    group: 'Groep',
    rounds: 'Rondes',
    proposed: 'Voorgesteld',
    focus: 'Focus',
    current: 'Nu',
    open: 'Open',
    how: 'Hoe we dat weten',
    stalled: 'Zit vast',
    openRounds: 'Rondes open',
    openDays: 'Dagen open',
  },

  chart: {
    ratingsTitle: (theme: string) => `${theme}: stand van zaken per ronde`,
    ratingsDesc: (theme: string, parts: readonly string[]) => `Gestapelde balken, één per ronde, voor ${theme}. ${parts.join(' ')}`,
    roundPart: (round: string, counts: string) => `${round}: ${counts}.`,
    notTaken: 'niet opgenomen',
    count: (label: string, n: number) => `${label} ${n}`,
    teamTitle: 'Stand van zaken per thema',
    teamDesc: (parts: readonly string[]) => `Gestapelde balken, één per thema, van nog niet mee bezig tot sterk verankerd, weet niet apart. ${parts.join(' ')}`,
    compareTitle: (theme: string) => `${theme}: toen en nu`,
    compareDesc: (theme: string, then: string, now: string) => `Twee gestapelde balken voor ${theme}. Toen: ${then}. Nu: ${now}.`,
    timelineTitle: 'Acties door de rondes',
    timelineDesc: (count: number, rounds: number, stalled: number) =>
      `Tijdlijn van ${count === 1 ? '1 actie' : `${count} acties`} over ${rounds} rondes: per actie een vakje per ronde met haar status. ${stalled === 1 ? '1 actie zit vast' : `${stalled} acties zitten vast`}. Dezelfde gegevens staan in de tabel eronder.`,
    table: 'De cijfers van de grafiek',
  },
};

import { plural } from '../plural.js';

/**
 * `resokit form`: the questionnaire as one HTML page. Plain text only: the page builder and the
 * page's script insert every string as text, never as markup. The wording of the questions, the
 * scales and the plan comes from the reflect and plan catalogues.
 */
export const form = {
  /** The default file name (without the date and extension). */
  fileName: 'vragenlijst',
  written: (file: string) => `Vragenlijst geschreven: ${file}`,
  handOut: 'Bezorg dit ene bestand aan elke deelnemer (gedeelde map, Teams of e-mail). Het werkt offline in een browser.',
  outExists: (file: string) => `${file} bestaat al. Kies een andere naam met --out, of overschrijf met --force.`,
  outIsFolder: (folder: string) => `${folder} is een map: geef een bestandsnaam, bv. ${folder}/vragenlijst.html.`,
  themeNotInGroup: (themes: string, group: string) =>
    `${themes} hoort niet bij de groep ${group}. Kies thema’s van die groep (resokit themes --group ${group}), of laat --theme of --group weg.`,
  notBuilt: 'Het script van de vragenlijst ontbreekt: voer npm run build uit.',

  pageTitle: (setTitle: string) => `Vragenlijst: ${setTitle}`,
  welcome: (setTitle: string) =>
    `“${setTitle}” helpt je om het beleid en de werking van je organisatie eenzaamheidssensitiever te maken. ` +
    'Je kiest één of enkele thema’s, beantwoordt de reflectievragen, geeft aan waar jullie staan en noteert concrete acties. ' +
    'Op het einde bewaar je je antwoorden in een bestand voor het teamoverleg.',
  howItWorks:
    'Deze pagina werkt zonder internet. Wat je invult, bewaart de browser op deze computer. ' +
    'Je veilige kopie is het antwoordenbestand dat je onderaan downloadt: bezorg dat aan wie het teamrapport maakt.',
  aboutTool: 'Over deze reflectietool',
  noScript: 'Je browser voert het script van deze pagina niet uit. Je kan de vragenlijst lezen en afdrukken, maar niet invullen en bewaren.',

  about: 'Over jou',
  organisation: 'Naam van je organisatie',
  participant: 'Jouw naam',
  participantHint: 'Zo ziet het team in het rapport wie wat zei.',

  people: 'Deelnemers op deze computer',
  newParticipant: 'Nieuwe deelnemer',
  switchTo: 'Werk van een andere deelnemer openen',
  switchButton: 'Openen',
  noName: '(nog zonder naam)',
  restored: (name: string) => `Het werk van ${name} is teruggezet. Ben jij iemand anders? Kies dan “Nieuwe deelnemer”.`,
  restoredNoName: 'Wat eerder op deze computer werd ingevuld, is teruggezet. Ben jij iemand anders? Kies dan “Nieuwe deelnemer”.',
  started: 'Een nieuwe, lege vragenlijst. Het werk van anderen op deze computer blijft bewaard.',
  switched: (name: string) => `Je ziet nu het werk van ${name}.`,
  noStorage:
    'Deze browser kan niets bewaren op deze computer (bv. in een privévenster). De pagina werkt wel, maar sluit ze niet voor je je antwoorden hebt gedownload.',
  openTwice:
    'Deze vragenlijst is ook open in een ander tabblad of venster. Werk in één ervan verder en sluit het andere. Wat je typt, gaat niet verloren: een wijziging in het ene verschijnt ook in het andere.',
  keptApart:
    'Hetzelfde werk werd tegelijk in een ander tabblad of venster gewijzigd. Om niets te verliezen, bewaart deze pagina haar eigen versie apart: de andere vind je onder “Werk van een andere deelnemer openen”.',
  storageFull: 'De browser kan je laatste wijziging niet meer bewaren (geen ruimte). Download je antwoorden nu.',

  files: 'Verder met een bestand',
  openAnswers: 'Open een antwoordenbestand',
  openAnswersHint: 'Ga verder met een bestand van deze vragenlijst of van resokit reflect.',
  openPrevious: 'Open de antwoorden van vorige keer',
  openPreviousHint: 'Een opvolging: je overloopt eerst de acties van toen, daarna reflecteer je opnieuw.',
  opened: (file: string, name: string) => `${file} is geopend: je gaat verder met het werk van ${name}.`,
  previousOpened: (file: string, count: number) =>
    `${file} is geopend: ${plural('nl', count, { one: '# actie', other: '# acties' })} van vorige keer om te overlopen.`,
  notAnswers: (file: string) => `${file} is geen antwoordenbestand van resokit. Er is niets veranderd op deze pagina.`,
  invalidAnswers: (file: string, where: string) => `${file} is geen geldig antwoordenbestand (${where}). Er is niets veranderd op deze pagina.`,
  otherSet: (file: string, found: string) => `${file} hoort bij een andere vragenset ('${found}'). Er is niets veranderd op deze pagina.`,
  otherLanguage: (file: string, language: string) =>
    `${file} werd ingevuld in ${({ en: 'het Engels', fr: 'het Frans' } as Record<string, string>)[language] ?? language}; deze vragenlijst is in het Nederlands. ` +
    `Ga ermee verder in een vragenlijst in die taal (resokit form --lang ${language}). Er is niets veranderd op deze pagina.`,
  keptThemes: (count: number) =>
    plural('nl', count, {
      one: '# thema uit het bestand staat niet in deze vragenlijst; het blijft ongewijzigd in je antwoordenbestand.',
      other: '# thema’s uit het bestand staan niet in deze vragenlijst; ze blijven ongewijzigd in je antwoordenbestand.',
    }),
  setChanged: (from: string, to: string) => `De vragenset is gewijzigd sinds dit bestand (versie ${from} → ${to}); nieuwe vragen staan open.`,

  previous: 'Acties van vorige keer',
  previousTheme: (title: string) => `Thema: ${title}`,
  previousDue: (date: string) => `Tegen: ${date}`,
  newDue: 'Nieuwe datum (dd/mm/jjjj; leeg = geen datum)',

  chooseThemes: 'Welke thema’s neem je nu onder de loep?',
  themeOption: (title: string, count: string) => `${title} (${count})`,
  fixedThemes: 'Deze vragenlijst gaat over:',

  progressLabel: 'Voortgang',
  progress: (given: number, total: number, themes: number) =>
    themes === 0
      ? 'Kies eerst een of meer thema’s.'
      : `${given} van ${total} vragen beantwoord of overgeslagen, in ${plural('nl', themes, { one: '# thema', other: '# thema’s' })}`,

  question: (n: number) => `Vraag ${n}`,
  examples: 'Bijvoorbeeld:',
  answer: 'Jouw antwoord',
  skip: 'Sla deze vraag over',
  discuss: 'Te bespreken met het team',
  resources: 'Meer lezen',
  source: 'Bron',

  actionsIntro: 'Welke concrete acties stel je voor? Nul of meer.',
  action: (n: number) => `Actie ${n}`,
  what: 'Wat gaan jullie doen?',
  who: 'Wie neemt het op? (leeg = nog te bepalen)',
  due: 'Tegen wanneer? (dd/mm/jjjj, bv. 31/1/2027; leeg = geen datum)',
  priority: 'Prioriteit',
  addAction: 'Een actie toevoegen',
  removeAction: (n: number) => `Actie ${n} schrappen`,
  whatMissing: 'Schrijf wat jullie gaan doen, of schrap deze actie.',

  summary: 'Overzicht',
  summaryIntro: 'Alles kan nog gewijzigd worden: volg een link naar wat je wil aanpassen.',
  summaryQuestions: 'Vragen',
  summaryAnswered: (given: number, total: number) => `${given} van ${total} vragen beantwoord of overgeslagen`,
  summaryDiscuss: (count: number) => plural('nl', count, { one: '# vraag te bespreken', other: '# vragen te bespreken' }),
  summaryActions: (count: number) => plural('nl', count, { one: '# actie', other: '# acties' }),
  change: (what: string) => `Wijzig: ${what}`,
  summaryNone: 'Nog geen thema gekozen.',

  focus: 'Begin klein',
  focusQuestion: 'Met welke één tot drie acties starten jullie?',
  focusNone: 'Er zijn nog geen acties om uit te kiezen.',
  focusAtMostThree: 'Kies er hoogstens drie: begin klein.',

  save: 'Bewaar mijn antwoorden',
  saveHint: 'Je krijgt een bestand antwoorden-….yaml. Dat is je veilige kopie: bezorg het aan wie het teamrapport maakt.',
  savedAs: (file: string) => `Gedownload als ${file}. Vind je het niet terug? Kopieer dan de tekst hieronder in een e-mail.`,
  changedSinceSave: (file: string) =>
    `Gedownload als ${file}, maar je hebt daarna nog iets gewijzigd: dat staat niet in dat bestand. Bewaar opnieuw, of kopieer de tekst hieronder: die is bijgewerkt.`,
  copyTitle: 'Lukt downloaden niet? Kopieer je antwoorden',
  copyLabel: 'Je antwoordenbestand als tekst',
  copy: 'Kopieer',
  copied: 'Gekopieerd. Plak het in een e-mail of in een bestand antwoorden.yaml.',
  copyFailed: 'Kopiëren lukte niet: selecteer de tekst en kopieer hem zelf (Ctrl+C).',
  unsaved: 'Je hebt wijzigingen die nog niet in een gedownload bestand staan.',

  errorTitle: 'Er is een probleem',
  organisationMissing: 'Vul de naam van je organisatie in.',
  participantMissing: 'Vul je naam in.',
  noThemeChosen: 'Kies minstens één thema.',

  answersHeader: (date: string) =>
    `Antwoorden van een Resokit-reflectie (resokit form), ${date}.\n` +
    'Je mag dit bestand lezen en aanpassen; resokit report maakt er het actieplan van.',
};

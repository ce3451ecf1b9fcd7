import { plural } from '../plural.js';
import { plan } from './plan.js';

/** `resokit reflect`: the walk-through, its prompts and its messages. */
export const reflect = {
  keys: {
    space: 'spatie',
    navigate: 'bewegen',
    choose: 'kiezen',
    mark: 'aanduiden',
    submit: 'verder',
  },
  /** Beside ↑ or ↓ where a list is cut above or below the page. */
  listMore: 'meer',
  noTerminal: (themes: string, show: string, report: string) =>
    'resokit reflect stelt vragen en heeft daarvoor een interactieve terminal nodig (geen pijp of /dev/null). ' +
    'Start het in een terminalvenster (op Windows: Windows Terminal of PowerShell; in een oude Git Bash: winpty resokit reflect). ' +
    `Zonder terminal kan je wel: ${themes}, ${show}, ${report}`,
  themePlaceholder: '<thema>',
  welcomeTitle: 'Welkom bij de Resokit-reflectietool',
  welcome: (setTitle: string) =>
    `“${setTitle}” helpt je om het beleid en de werking van je organisatie eenzaamheidssensitiever te maken. ` +
    'Je kiest één of enkele thema’s, beantwoordt de reflectievragen, geeft aan waar jullie staan en noteert concrete acties. ' +
    'Op het einde krijg je een actieplan in Markdown voor het teamoverleg.',
  howToStop: 'Stoppen kan altijd met Ctrl+C: elk antwoord is meteen bewaard en je gaat later verder met --resume.',
  askOrganisation: 'Naam van je organisatie:',
  askParticipant: 'Jouw naam:',
  required: 'Vul iets in.',
  chooseThemes: 'Welke thema’s neem je nu onder de loep? (spatie = aanduiden, enter = verder)',
  chooseThemesHint: 'Begin klein en concreet: één of twee thema’s is genoeg.',
  chooseAtLeastOne: 'Duid minstens één thema aan (spatie), en druk dan op enter.',
  themeHeader: (index: number, total: number, title: string) => `Thema ${index}/${total} · ${title}`,
  progress: (theme: number, themes: number, question: number, questions: number) =>
    `Thema ${theme}/${themes} · vraag ${question}/${questions}`,
  answerHelp: 'Enter = nieuwe regel · Enter op een lege regel = klaar · meteen Enter = overslaan · ↑↓ = andere regel · Ctrl+E = editor',
  answerHelpNoEditor: 'Enter = nieuwe regel · Enter op een lege regel = klaar · meteen Enter = overslaan · ↑↓ = andere regel',
  changeHelp: 'Vul aan of pas aan · ↑↓ = andere regel · Backspace vooraan = samenvoegen met de regel erboven · Enter op een lege regel = klaar · Ctrl+E = editor',
  changeHelpNoEditor: 'Vul aan of pas aan · ↑↓ = andere regel · Backspace vooraan = samenvoegen met de regel erboven · Enter op een lege regel = klaar',
  editorOpen: 'De editor is open; sla op en sluit hem om verder te gaan.',
  editorNotFound: (editor: string) => `Editor '${editor}' niet gevonden. Je tekst blijft staan. Stel VISUAL of EDITOR in, bv. op: code --wait`,
  editorFailed: (editor: string, code: number) => `Editor '${editor}' stopte met een fout (code ${code}). Je tekst blijft staan.`,
  editorDidNotWait: (editor: string) =>
    `Editor '${editor}' kwam meteen terug, zonder wijziging: hij opende het bestand wellicht in een venster dat al open was. Je tekst blijft staan. Sluit dat venster eerst, of laat de editor wachten (code --wait).`,
  draftRestored: 'Wat je de vorige keer al typte, staat klaar.',
  actionDraftRestored: 'Je was een actie aan het noteren toen je stopte. Wat je al typte, staat klaar.',
  changeOriginal: 'Je vorige antwoord, dat blijft staan tot je een nieuw antwoord geeft:',
  clearAnswerQuestion: (n: number) => `Je antwoord op vraag ${n} is nu leeg. Wil je het wissen?`,
  clearAnswerNo: 'Nee, mijn vorige antwoord houden',
  clearAnswerYes: 'Ja, wissen (de vraag telt dan als overgeslagen)',
  changeDraftRestored: (n: number) => `Je was je antwoord op vraag ${n} aan het wijzigen toen je stopte. Wat je al typte, staat klaar.`,
  /** Above a question that goes on from the one before it (Safe space: "Ook als dat wil zeggen …"). */
  continues: (previous: string) => `Vervolg op: ${previous}`,
  ratingQuestion: (title: string) => `Waar staat je organisatie vandaag rond “${title}”?`,
  /** The scale's labels are the plan's: what someone picks is word for word what the plan and reports say. */
  ratings: plan.rating,
  importanceQuestion: 'Hoe belangrijk is dit thema nu voor jullie?',
  importance: plan.importance,
  actionsIntro: 'Welke concrete acties wil je voorstellen? (nul of meer)',
  actionMenu: (count: number) =>
    count === 0 ? 'Een actie toevoegen?' : `${plural('nl', count, { one: '# actie', other: '# acties' })} genoteerd. Nog een actie?`,
  addAction: 'Ja, een actie toevoegen',
  noMoreActions: 'Nee, verder',
  actionWhat: 'Wat gaan jullie doen?',
  actionWho: 'Wie neemt het op? (leeg = nog te bepalen)',
  actionDue: 'Tegen wanneer? (dd/mm/jjjj, bv. 31/1/2027; leeg = geen datum)',
  dueFormat: 'Typ een datum als dd/mm/jjjj (31/1/2027) of jjjj-mm-dd (2027-01-31).',
  dueInvalid: 'Die datum bestaat niet.',
  /** A month above 12, probably typed in another order (12/31/2027). */
  dueNotAMonth: (month: number, order: 'dmy' | 'ymd') =>
    `${month} is geen maand; we lezen ${order === 'dmy' ? 'dag/maand/jaar' : 'jaar-maand-dag'}.`,
  duePast: 'Die datum ligt in het verleden.',
  actionPriority: 'Prioriteit?',
  priorities: plan.priority,
  discussQuestion: 'Welke vragen wil je met het team bespreken? (spatie = aanduiden, enter = verder)',
  skipped: '(overgeslagen)',
  unanswered: '(niet beantwoord)',
  summaryQuestion: 'Wat wil je nakijken of wijzigen?',
  summaryTheme: (title: string) => `Thema nakijken: ${title}`,
  summaryFocus: 'De focus wijzigen',
  summaryDone: 'Klaar: het actieplan opnieuw maken',
  reviewTitle: (title: string) => `Overzicht: ${title}`,
  reviewQuestion: 'Klopt alles? Kies iets om te wijzigen, of ga verder.',
  reviewContinue: 'Alles klopt, verder',
  reviewChangeQuestion: (n: number, preview: string) => `Vraag ${n} wijzigen: ${preview}`,
  reviewChangeRating: 'Waar jullie staan wijzigen',
  reviewChangeImportance: 'Belang wijzigen',
  reviewAddAction: 'Nog een actie toevoegen',
  reviewChangeAction: (what: string) => `Actie aanpassen: ${what}`,
  removeActionQuestion: (what: string) => `De actie „${what}” schrappen?`,
  removeActionNo: 'Nee, de actie houden',
  removeActionYes: 'Ja, schrappen',
  carriedLabel: 'van de vorige keer',
  reviewRemoveAction: (what: string) => `Actie schrappen: ${what}`,
  reviewChangeDiscuss: 'Bespreekpunten wijzigen',
  rating: 'Waar jullie staan',
  importanceLabel: 'Belang',
  actions: 'Acties',
  toDiscuss: 'bespreken',
  focusQuestion: 'Begin klein: met welke één tot drie acties starten jullie? (spatie = aanduiden)',
  focusAtLeastOne: 'Kies minstens één actie.',
  focusAtMostThree: 'Kies er hoogstens drie: begin klein.',
  previousIntro: (date: string, count: number) =>
    `De vorige keer (${date}) stelden jullie ${plural('nl', count, { one: '# actie', other: '# acties' })} voor. Wat is ervan geworden?`,
  previousQuestion: (what: string) => `“${what}”`,
  previousStatus: { done: 'Gedaan', open: 'Nog relevant', dropped: 'Laten vallen' },
  previousNewDue: (date: string) => `De datum (${date}) is voorbij. Nieuwe datum? (dd/mm/jjjj, bv. 31/1/2027; leeg = geen datum)`,
  previousNone: 'Het vorige antwoordenbestand bevat geen acties.',
  resumed: (file: string) => `Verder met ${file}.`,
  resumeAlreadyComplete: 'Deze reflectie was al afgerond. Je kan alles nog nakijken en wijzigen; daarna wordt het actieplan opnieuw gemaakt.',
  replacePlan: (file: string) => `${file} bestaat al. Vervangen door een nieuw actieplan?`,
  replacePlanYes: 'Ja, nakijken en daarna vervangen',
  replacePlanNo: 'Nee, stoppen (er verandert niets)',
  planKept: (file: string) => `Er is niets veranderd; ${file} blijft zoals het was.`,
  questionsReworded: 'Sommige vragen zijn intussen anders verwoord; je antwoorden blijven bij de vraag die je beantwoordde:',
  setChanged: (from: string, to: string) => `De vragenset is gewijzigd sinds deze antwoorden (versie ${from} → ${to}):`,
  questionAdded: (theme: string, question: string) => `nieuwe vraag in ${theme}: ${question}`,
  questionRemoved: (theme: string, question: string) => `vraag niet meer in de set (antwoord bewaard) in ${theme}: ${question}`,
  questionReworded: (theme: string, question: string) => `vraag herschreven in ${theme}: ${question}`,
  themeRemoved: (theme: string) => `thema niet meer in de set (antwoorden bewaard): ${theme}`,
  notWithResume: (flags: string) =>
    `${flags} kan niet samen met --resume: thema’s, naam en organisatie staan al in het antwoordenbestand. Laat het weg; een opvolging van een vorige reflectie begin je met --previous, zonder --resume.`,
  otherSet: (file: string, found: string, expected: string) =>
    `${file} hoort bij een andere vragenset ('${found}', niet '${expected}').`,
  answersInvalid: (file: string) => `${file} is geen geldig antwoordenbestand.`,
  outputExists: (file: string) => `${file} bestaat al. Kies een andere map met --out, of overschrijf met --force.`,
  cannotWrite: (dir: string, reason: string) => `Kan niet schrijven in ${dir}: ${reason}`,
  cannotRead: (file: string, reason: string) => `Kan ${file} niet lezen: ${reason}`,
  saved: (file: string) => `Antwoorden bewaard in ${file}`,
  interrupted: 'Onderbroken. Niets is verloren.',
  continueWith: (command: string) => `Verder gaan: ${command}`,
  written: 'Geschreven:',
  fileNames: { answers: 'antwoorden', plan: 'actieplan', participant: 'deelnemer' },
  notAFolder: 'dit is geen map',
  answersHeader: (date: string) =>
    `Antwoorden van een Resokit-reflectie (resokit reflect), ${date}.\n` +
    'Je mag dit bestand lezen en aanpassen; resokit report maakt er opnieuw het actieplan van.',
  expectedAnswersRoot: 'een antwoordenbestand van resokit reflect (met format, questionSet, themes, ...)',
  unknownFocus: (id: string) => `de focus verwijst naar actie '${id}', die niet in dit bestand staat`,
  duplicateActionId: (id: string) => `actie-id '${id}' komt meer dan eens voor in dit bestand`,
  nothingSaved: 'Onderbroken voor er iets te bewaren was.',
  terminated: 'resokit werd gestopt; je antwoorden zijn bewaard.',
  saveFailing: (file: string, reason: string) =>
    `Opslaan in ${file} lukt niet: ${reason}. Je antwoorden blijven bewaard zolang resokit open is; bij elke wijziging proberen we opnieuw.`,
  saveWorksAgain: (file: string) => `Opslaan lukt weer: ${file}`,
  askOtherFolder: (reason: string) => `Je antwoorden kunnen niet bewaard worden (${reason}). In welke map mogen ze? (leeg = je thuismap)`,
  otherFolderFails: (dir: string, reason: string) => `Ook in ${dir} lukt het niet: ${reason}. Kies een andere map.`,
  olderCopyLeft: (file: string) => `In ${file} staat nog een oudere versie: ga verder met het nieuwe bestand.`,
  savedElsewhere: 'De oorspronkelijke map lukte niet; je antwoorden staan nu elders.',
  lastResort: (command: string) =>
    'Je antwoorden konden nergens bewaard worden. Hieronder staat het volledige antwoordenbestand: ' +
    `kopieer alles tot de lijn ----- naar een bestand antwoorden.yaml, en ga verder met: ${command}`,
  planNotWritten: (file: string, reason: string, command: string) =>
    `Het actieplan kon niet geschreven worden in ${file}: ${reason}. Je antwoorden zijn bewaard; maak het actieplan met: ${command}`,
  nothingSavedAnywhere: 'Je antwoorden konden nergens bewaard worden; ze staan hierboven, kopieer ze.',
  forgotQuestions: (path: string, command: string) =>
    `Deze antwoorden gebruiken eigen thema’s uit ${path}. Vergat je --questions ${path}? Verder gaan: ${command}`,
  printable: (command: string) => `Afdrukbare versie: ${command}`,
  done: 'Klaar! Neem het actieplan mee naar het teamoverleg.',
};

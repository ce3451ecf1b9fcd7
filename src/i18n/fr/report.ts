import type { Messages } from '../messages.js';
import { plural } from '../plural.js';
import { de } from './elision.js';

const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;

const participants = (n: number) => plural('fr', n, { one: '# participant', other: '# participants' });

export const report: Messages['report'] = {

  unknownFormat: (format, formats) => `format inconnu « ${format} » ; choisissez parmi ${formats.join(', ')}`,
  unknownExtension: (file, extension, formats) =>
    `--out ${file}\u202f: extension inconnue «\u00a0${extension}\u00a0»\u202f; choisissez parmi ${formats.map((f) => `.${f}`).join(', ')}, ou donnez le format avec --format`,
  bomCsvOnly: '--bom ne vaut que pour --format csv',
  outExists: (file) => `${file} existe déjà. Choisissez un autre nom avec --out, ou remplacez-le avec --force.`,
  cannotWrite: (file, reason) => `impossible d’écrire ${file} : ${reason}`,
  invalidFiles: (count) =>
    plural('fr', count, { one: '# fichier de réponses n’est pas valable', other: '# fichiers de réponses ne sont pas valables' }),
  sameParticipant: (name, files) =>
    `${name} figure dans plus d’un fichier (${files.join(', ')}) ; tous les fichiers sont pris en compte`,
  sameFile: (file) => `${file} est donné plus d’une fois ; il ne compte qu’une fois`,
  alsoCompared: (file, earlier) => `${file} est la même réflexion que ${earlier} de --compare ; elle est comparée à elle-même`,
  severalOrganisations: (organisations) =>
    `ces fichiers viennent de ${organisations.length} organisations : ${list(organisations)}. Un rapport d’équipe concerne une seule organisation ; vérifiez que ce sont les bons fichiers.`,
  organisationOf: (organisation, who) => `${organisation} (${list(who)})`,
  written: (file) => `Écrit : ${file}`,

  numbered: (n) => `Participant ${n}`,
  repeated: (name, n) => `${name} (${n})`,
  list,

  title: 'Rapport d’équipe pour un travail attentif à la solitude',
  organisation: 'Organisation',
  organisations: 'Organisations',
  period: 'Période',
  periodRange: (from, to) => `du ${from} au ${to}`,
  participants: 'Participants',
  participantCount: participants,
  questionSetVersions: (title, versions) => `${title} (${versions.length === 1 ? 'version' : 'versions'} ${list(versions)})`,
  inProgressLabel: 'Attention',
  inProgress: (count, total) =>
    `${count} des ${total} fichiers ${plural('fr', count, { one: 'n’est pas encore terminé', other: 'ne sont pas encore terminés' })}. Ce rapport montre ce qui a été rempli jusqu’ici.`,

  whoTookPart: 'Qui a participé',
  fileStatus: { 'in-progress': 'en cours', complete: 'terminé' },
  col: {
    participant: 'Participant',
    file: 'Fichier',
    status: 'Statut',
    updated: 'Mis à jour',
    themes: 'Thèmes',
    open: 'Questions ouvertes',
    level: 'État des lieux',
    count: 'Nombre',
    bar: 'Répartition',
    who: 'Qui',
    spread: 'Dispersion',
    notRated: 'pas rempli',
    proposedBy: 'Proposée par',
    proposals: 'Nombre de propositions',
    focus: 'Choisie pour commencer',
    fromPrevious: 'De la réflexion précédente',
    conflicts: 'Propositions différentes',
    then: 'Avant',
    now: 'Maintenant',
    change: 'Évolution',
    basis: 'Comment nous le savons',
  },
  yes: 'oui',
  no: 'non',

  missing: 'Ce qui manque',
  missingIntro:
    'Les fichiers d’une autre version du questionnaire, les fichiers pas encore terminés et un autre choix de thèmes sont quand même réunis. Voici ce qui manque, par participant :',
  missingInProgress: (open) =>
    `pas encore terminé (${plural('fr', open, { one: '# question ouverte', other: '# questions ouvertes' })})`,
  missingThemes: (themes) => `n’a pas choisi : ${list(themes)}`,
  missingQuestions: (theme, numbers, version) =>
    `${theme} : ${numbers.length === 1 ? 'la question' : 'les questions'} ${list(numbers.map(String))} ${numbers.length === 1 ? 'ne figure' : 'ne figurent'} pas dans leur version${version ? ` (${version})` : ''} du questionnaire`,
  missingRating: (themes) => `pas encore d’état des lieux pour ${list(themes)}`,

  overview: 'État des lieux par thème',
  overviewIntro:
    'Les thèmes sur lesquels les avis de l’équipe divergent le plus viennent en premier. La dispersion va de 0 (tout le monde voit la chose de la même manière) à 1,5 (l’équipe est partagée en deux groupes égaux aux deux extrêmes). « Je ne sais pas » compte dans les nombres, pas dans la dispersion ; avec moins de deux évaluations, il n’y a pas de dispersion (s.o.).',
  decimal: (n) => n.toFixed(1).replace('.', ','),
  spreadTooFew: (rated) => `s.o. (${rated === 1 ? '1 évaluation' : 'aucune évaluation'})`,
  chosenBy: (count, total) => `Choisi par ${count} des ${participants(total)}.`,
  notChosenBy: (names) => `Pas choisi par ${list(names)}.`,
  notInVersionOf: (names) => `Absent de la version du questionnaire ${de(list(names))}.`,
  noAnswers: 'Personne n’a répondu à cette question.',

  focusIntro: 'Combien de fois une action a été choisie pour commencer :',
  focusTimes: (count) => `choisie ${count} fois`,
  noFocusYet: (names) => `Pas encore d’actions choisies pour commencer : ${list(names)}.`,
  noFocusAtAll: 'Personne n’a encore choisi d’actions pour commencer. Choisissez ensemble une à trois actions par lesquelles commencer.',
  proposedBy: (names) => `proposée par ${list(names)}`,
  actionsIntro:
    'Une même action proposée par plusieurs participants figure une seule fois, avec qui l’a proposée. S’ils ont donné une autre personne responsable, une autre date ou une autre priorité, chaque valeur figure avec qui l’a donnée.',
  alternatives: (values) => values.join(' ou '),

  agendaDisagreement: 'Avis différents',
  agendaDisagreementText: (theme, lowest, highest) => `${theme} : les avis vont de « ${lowest} » à « ${highest} »`,
  agendaWho: (names) => `(${list(names)})`,

  compare: 'Depuis la réflexion précédente',
  compareIntro: (date, participant) =>
    participant ? `Comparé à la réflexion ${de(participant)} du ${date}.` : `Comparé à la réflexion du ${date}.`,
  direction: {
    up: 'en progrès',
    down: 'en recul',
    same: 'inchangé',
    mixed: 'varie selon les participants',
    new: 'nouvellement choisi',
    'not-chosen': 'pas choisi cette fois',
    unknown: 'impossible à comparer',
  },
  ratingCount: (rating, count) => `${rating} (${count})`,
  earlierActions: 'Actions de la fois précédente',
  noEarlierActions: 'La réflexion précédente n’avait pas d’actions.',
  earlierStatus: { done: 'faite', open: 'encore ouverte', dropped: 'abandonnée', unknown: 'pas mentionnée', ambiguous: 'incertain' },
  basis: {
    'followed-up': (names) => `suivie par ${list(names)}`,
    'proposed-again': (names) => `proposée à nouveau par ${list(names)}`,
    none: 'personne n’a mentionné cette action',
  },
  newActions: 'Nouvelles actions',
  noNewActions: 'Il n’y a pas de nouvelles actions.',

  printHint: 'Ce fichier est fait pour être imprimé ou enregistré en PDF.',
  separatorCsvOnly: '--separator ne vaut que pour --format csv',
  unknownSeparator: (value) => `Séparateur inconnu « ${value} ». Choisissez ',', ';' ou 'tab'.`,
  notAnAnswersFile: (file) =>
    `${file} n’est pas un fichier de réponses : donnez le fichier .yaml qu’a écrit resokit reflect ou que vous avez téléchargé au bas du questionnaire de resokit form (reponses-…yaml).`,
  outIsFolder: (folder) => `${folder} est un dossier : donnez un nom de fichier, p. ex. ${folder}/rapport-equipe.md.`,
};

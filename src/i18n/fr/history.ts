import type { Messages } from '../messages.js';
import { plural } from '../plural.js';

const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
const either = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ou ${items.at(-1)}`;
const rounds = (n: number) => plural('fr', n, { one: '# tour', other: '# tours' });
const days = (n: number) => plural('fr', n, { one: '# jour', other: '# jours' });

export const history: Messages['history'] = {
  tooFewRounds: 'history suit une équipe sur au moins deux tours : donnez deux dossiers ou plus (ou des motifs entre guillemets). Pour un seul tour : resokit report <dossier>.',
  badRounds: (count) => plural('fr', count, { one: '# problème dans les tours ; rien n’a été produit', other: '# problèmes dans les tours ; rien n’a été produit' }),
  singleFile: (file) =>
    `${file} : un seul fichier n’est pas un tour. Le shell a sans doute développé un motif sans guillemets : donnez le dossier du tour, ou mettez le motif entre guillemets, p. ex. 'tour-1/*.yaml'.`,
  cannotReadRound: (source, reason) => `${source} : impossible de lire ce tour : ${reason}`,
  emptyRound: (source) => `${source} : tour vide, il n’y a aucun fichier`,
  subfoldersSkipped: (folder, names) =>
    `${folder} : ${names.length === 1 ? 'le sous-dossier' : 'les sous-dossiers'} ${list(names)} ${names.length === 1 ? 'n’est pas lu' : 'ne sont pas lus'} ; un tour, ce sont les fichiers .yaml d’un seul dossier (si un sous-dossier est un tour, donnez-le à part)`,
  noAnswersFiles: (folder) => `${folder} : aucun fichier de réponses (.yaml) dans ce dossier`,
  noMatchingFolders: (pattern) => `${pattern} : aucun dossier ne correspond à ce motif`,
  sameRound: (where, times) =>
    where.length === 1
      ? `${where[0]} est donné ${times === 2 ? 'deux' : times} fois comme tour ; donnez chaque tour une seule fois`
      : `${list(where)} sont le même tour (les mêmes fichiers), donné ${times === 2 ? 'deux' : times} fois ; donnez chaque tour une seule fois`,
  severalOrganisations: (organisations) =>
    `ces fichiers viennent de ${organisations.length} organisations : ${list(organisations)}. Un tour concerne une seule équipe d’une seule organisation ; vérifiez que ce sont les bons fichiers dans ce tour.`,
  sameFile: (file, where) => `${file} figure dans plus d’un tour (${list(where)}) ; chaque fichier appartient à un seul tour`,
  sameDate: (date, where) =>
    `${list(where)} ont la même date (${date}, la date de mise à jour médiane de leurs fichiers) ; leur ordre ne peut donc pas être établi`,
  sameAsToday: (value) =>
    `${value} est à la fois l’équipe d’aujourd’hui et celle d’avant (--compare ${value}) : elle serait comparée à elle-même. Donnez à --compare le dossier d’un tour précédent.`,
  spilledGlob: (files, folder) =>
    `${list(files)} ${files.length === 1 ? 'vient' : 'viennent'} de ${folder}, le dossier d’une valeur de --compare. Le shell a sans doute développé un motif sans guillemets : donnez le dossier (--compare ${folder}) ou mettez le motif entre guillemets.`,

  title: 'Évolution au fil des tours',
  roundsLabel: 'Tours',
  roundName: (label, date) => `${label} (${date})`,
  printHint: 'Ce fichier est fait pour être imprimé ou enregistré en PDF. Chaque graphique figure aussi sous forme de tableau dans le texte.',

  summary: 'En bref',
  moved: 'Ce qui a le plus bougé',
  movedLine: (theme, verdict, from, to, medians) => `${theme} : ${verdict}, de ${from} à ${to} (médiane ${medians})`,
  nothingMoved: 'Aucun thème n’a bougé d’un tour à l’autre.',
  stalled: 'Ce qui est bloqué',
  stalledLine: (what, open) => `${what} (${open})`,
  nothingStalled: 'Aucune action n’est ouverte depuis deux tours ou plus.',
  fresh: 'Ce qui est nouveau',
  newThemes: (themes) => `Abordés pour la première fois au dernier tour : ${list(themes)}.`,
  newActionCount: (count) => plural('fr', count, { one: '# nouvelle action au dernier tour.', other: '# nouvelles actions au dernier tour.' }),
  nothingNew: 'Aucun nouveau thème ni aucune nouvelle action au dernier tour.',

  roundsTitle: 'Les tours',
  roundsIntro: 'Chaque tour est un dossier (ou un motif) qui contient les fichiers de réponses de ce moment-là. Sa date est la date de mise à jour médiane des fichiers.',
  joined: (names) => `arrivés : ${list(names)}`,
  left: (names) => `partis : ${list(names)}`,
  renamed: (before, now) => `${before} s’appelle désormais ${now}`,
  sameTeam: 'la même équipe',

  themesTitle: 'Par thème',
  themesIntro:
    'Par tour, combien de participants ont donné chaque niveau, la médiane et la dispersion (0 = tout le monde voit la chose de la même façon, 1,5 = deux groupes égaux aux deux extrêmes). En avant ou en arrière : la médiane a bougé d’au moins un niveau ; plus ou moins d’accord : la dispersion a changé d’au moins 0,5.',
  notTakenUp: (where) => `Pas abordé en ${list(where)}.`,
  takenUpEvery: 'Abordé à chaque tour.',
  changeLine: (from, to, verdict) => `De ${from} à ${to} : ${verdict}.`,
  legend: 'Légende de la barre de texte',

  coverageTitle: 'Les thèmes abordés',
  coverageIntro:
    'Choisissez vos combats : à chaque tour, une équipe retient quelques thèmes. Voici ceux qui n’ont jamais été abordés, pour que les laisser de côté soit un choix et non un oubli.',
  never: (themes) => `Jamais abordés : ${list(themes)}.`,
  allCovered: 'Chaque thème a été abordé au moins une fois.',
  roundsOf: (n, total) => `${n} sur ${total}`,

  lifecycleTitle: 'Les actions au fil des tours',
  lifecycleIntro:
    'Chaque action avec le tour où elle a été proposée, le moment où elle a été choisie comme priorité et ce qu’elle est devenue à chaque tour suivant. Les actions sont suivies par leur identifiant stable (via reflect --previous et le formulaire), sinon par leur texte. Ce qui peut correspondre à deux actions est signalé comme incertain. Les actions ouvertes depuis deux tours ou plus viennent en premier.',
  noActions: 'Aucune action n’a été proposée, à aucun tour.',
  status: { done: 'faite', open: 'toujours ouverte', dropped: 'abandonnée', 'not-mentioned': 'non mentionnée', ambiguous: 'incertain' },
  proposed: 'proposée',
  focus: 'priorité',
  stalledMark: 'bloquée',
  openFor: (openRounds, openDays) => `ouverte depuis ${rounds(openRounds)}, ${days(openDays)}`,
  closedAfter: (openDays) => `clôturée après ${days(openDays)}`,
  reworded: (texts) => `formulée auparavant : ${list(texts)}`,
  ambiguousWith: (texts) => `incertain : peut être la même que ${either(texts)}`,
  ambiguousNote: (what, who, candidates) => `${what} (${list(who)}) peut être ${either(candidates)}`,
  claim: {
    'followed-up': (status, who) => `${status} selon ${list(who)}`,
    carried: (who) => `reprise par ${list(who)}, pas encore passée en revue`,
    'proposed-again': (who) => `proposée à nouveau par ${list(who)}`,
  },
  matchedBy: { id: 'reconnue à son identifiant', text: 'reconnue à son texte' },
  nobodyMentioned: 'personne n’a mentionné cette action',

  verdict: {
    forward: 'en avant',
    back: 'en arrière',
    more: 'plus d’accord',
    less: 'moins d’accord',
    same: 'inchangé',
    notComparable: 'pas comparable',
  },
  verdicts: (parts) => parts.join(' et '),
  medianBetween: (lower, upper) => `entre ${lower} et ${upper}`,
  fromTo: (then, now) => `${then} → ${now}`,

  compareTitle: 'Depuis le tour précédent',
  compareIntro: (period, count) => `Comparé à l’équipe de ${period} (${plural('fr', count, { one: '# participant', other: '# participants' })}).`,
  themeNew: 'nouvellement choisi',
  themeNotChosen: 'plus choisi maintenant',
  whoChanged: 'Qui est arrivé, qui est parti',
  nobodyChanged: 'Les mêmes participants que la fois précédente.',
  joinedLine: (names) => `Arrivés : ${list(names)}.`,
  leftLine: (names) => `Partis : ${list(names)}.`,
  renamedLine: (pairs) => `Autre nom (reconnu à ses actions) : ${list(pairs)}.`,
  earlierActions: 'Les actions de la fois précédente',
  noEarlierActions: 'La fois précédente, l’équipe n’avait aucune action ouverte.',
  newActions: 'Nouvelles actions',
  noNewActions: 'Il n’y a pas de nouvelles actions.',

  col: {
    round: 'Tour',
    date: 'Date',
    participants: 'Participants',
    team: 'Arrivées et départs',
    questionSet: 'Questionnaire',
    distribution: 'Répartition',
    median: 'Médiane',
    spread: 'Dispersion',
    verdict: 'Verdict',
    then: 'Avant',
    now: 'Maintenant',
    group: 'Groupe',
    rounds: 'Tours',
    proposed: 'Proposée',
    focus: 'Priorité',
    current: 'Maintenant',
    open: 'Ouverte',
    how: 'Comment on le sait',
    stalled: 'Bloquée',
    openRounds: 'Tours ouverte',
    openDays: 'Jours ouverte',
  },

  chart: {
    ratingsTitle: (theme) => `${theme} : où en est l’organisation, par tour`,
    ratingsDesc: (theme, parts) => `Barres empilées, une par tour, pour ${theme}. ${parts.join(' ')}`,
    roundPart: (round, counts) => `${round} : ${counts}.`,
    notTaken: 'pas abordé',
    count: (label, n) => `${label} ${n}`,
    teamTitle: 'État des lieux par thème',
    teamDesc: (parts) => `Barres empilées, une par thème, de pas encore à bien ancré, ne sait pas à part. ${parts.join(' ')}`,
    compareTitle: (theme) => `${theme} : avant et maintenant`,
    compareDesc: (theme, then, now) => `Deux barres empilées pour ${theme}. Avant : ${then}. Maintenant : ${now}.`,
    timelineTitle: 'Les actions au fil des tours',
    timelineDesc: (count, rounds, stalled) =>
      `Frise de ${plural('fr', count, { one: '# action', other: '# actions' })} sur ${rounds} tours : par action, une case par tour avec son statut. ${plural('fr', stalled, { one: '# action est bloquée', other: '# actions sont bloquées' })}. Les mêmes données figurent dans le tableau ci-dessous.`,
    table: 'Les chiffres du graphique',
  },
};

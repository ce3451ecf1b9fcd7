import type { Messages } from '../messages.js';
import { plural } from '../plural.js';
import { plan } from './plan.js';

const actions = (n: number) => plural('fr', n, { one: '# action', other: '# actions' });

export const reflect: Messages['reflect'] = {
  keys: {
    space: 'espace',
    navigate: 'se déplacer',
    choose: 'choisir',
    mark: 'cocher',
    submit: 'continuer',
  },
  listMore: 'autres',
  noTerminal: (themes, show, report) =>
    'resokit reflect pose des questions et a besoin pour cela d’un terminal interactif (pas d’un tube ni de /dev/null). ' +
    'Lancez-le dans une fenêtre de terminal (sous Windows : Windows Terminal ou PowerShell ; dans un ancien Git Bash : winpty resokit reflect). ' +
    `Sans terminal, vous pouvez quand même utiliser : ${themes}, ${show}, ${report}`,
  themePlaceholder: '<theme>',
  welcomeTitle: 'Bienvenue dans l’outil de réflexion Resokit',
  welcome: (setTitle) =>
    `« ${setTitle} » vous aide à rendre la politique et le fonctionnement de votre organisation plus attentifs à la solitude. ` +
    'Vous choisissez un ou quelques thèmes, vous répondez aux questions de réflexion, vous indiquez où vous en êtes et vous notez des actions concrètes. ' +
    'À la fin, vous recevez un plan d’action en Markdown pour la réunion d’équipe.',
  howToStop: 'Vous pouvez toujours arrêter avec Ctrl+C : chaque réponse est enregistrée tout de suite et vous reprenez plus tard avec --resume.',
  askOrganisation: 'Nom de votre organisation :',
  askParticipant: 'Votre nom :',
  required: 'Écrivez quelque chose.',
  chooseThemes: 'Quels thèmes voulez-vous examiner maintenant ? (espace = cocher, entrée = continuer)',
  chooseThemesHint: 'Commencez petit et concret : un ou deux thèmes suffisent.',
  chooseAtLeastOne: 'Cochez au moins un thème (espace), puis appuyez sur entrée.',
  themeHeader: (index, total, title) => `Thème ${index}/${total} · ${title}`,
  progress: (theme, themes, question, questions) => `Thème ${theme}/${themes} · question ${question}/${questions}`,
  answerHelp:
    'Entrée = nouvelle ligne · Entrée sur une ligne vide = terminé · Entrée tout de suite = passer · ↑↓ = autre ligne · Ctrl+E = éditeur',
  answerHelpNoEditor: 'Entrée = nouvelle ligne · Entrée sur une ligne vide = terminé · Entrée tout de suite = passer · ↑↓ = autre ligne',
  changeHelp:
    'Complétez ou modifiez · ↑↓ = autre ligne · Retour arrière en début de ligne = joindre à la ligne du dessus · Entrée sur une ligne vide = terminé · Ctrl+E = éditeur',
  changeHelpNoEditor:
    'Complétez ou modifiez · ↑↓ = autre ligne · Retour arrière en début de ligne = joindre à la ligne du dessus · Entrée sur une ligne vide = terminé',
  editorOpen: 'L’éditeur est ouvert ; enregistrez et fermez-le pour continuer.',
  editorNotFound: (editor) =>
    `Éditeur « ${editor} » introuvable. Votre texte reste là. Réglez VISUAL ou EDITOR, p. ex. sur : code --wait`,
  editorFailed: (editor, code) => `L’éditeur « ${editor} » s’est arrêté sur une erreur (code ${code}). Votre texte reste là.`,
  editorDidNotWait: (editor) =>
    `L’éditeur « ${editor} » est revenu tout de suite, sans modification : il a sans doute ouvert le fichier dans une fenêtre déjà ouverte. Votre texte reste là. Fermez d’abord cette fenêtre, ou faites attendre l’éditeur (code --wait).`,
  draftRestored: 'Ce que vous aviez déjà tapé la dernière fois est prêt.',
  actionDraftRestored: 'Vous étiez en train de noter une action quand vous avez arrêté. Ce que vous aviez tapé est prêt.',
  changeOriginal: 'Votre réponse précédente, qui reste tant que vous n’en donnez pas une nouvelle :',
  clearAnswerQuestion: (n) => `Votre réponse à la question ${n} est maintenant vide. Voulez-vous l’effacer ?`,
  clearAnswerNo: 'Non, garder ma réponse précédente',
  clearAnswerYes: 'Oui, l’effacer (la question compte alors comme passée)',
  changeDraftRestored: (n) =>
    `Vous étiez en train de modifier votre réponse à la question ${n} quand vous avez arrêté. Ce que vous aviez tapé est prêt.`,
  continues: (previous) => `Suite de : ${previous}`,
  ratingQuestion: (title) => `Où en est votre organisation aujourd’hui pour « ${title} » ?`,
  ratings: plan.rating,
  importanceQuestion: 'Quelle importance a ce thème pour vous en ce moment ?',
  importance: plan.importance,
  actionsIntro: 'Quelles actions concrètes voulez-vous proposer ? (zéro ou plus)',
  actionMenu: (count) =>
    count === 0
      ? 'Ajouter une action ?'
      : `${actions(count)} ${plural('fr', count, { one: 'notée', other: 'notées' })}. Encore une action ?`,
  addAction: 'Oui, ajouter une action',
  noMoreActions: 'Non, continuer',
  actionWhat: 'Qu’allez-vous faire ?',
  actionWho: 'Qui s’en charge ? (vide = à déterminer)',
  actionDue: 'Pour quand ? (jj/mm/aaaa, p. ex. 31/1/2027 ; vide = pas de date)',
  dueFormat: 'Tapez une date sous la forme jj/mm/aaaa (31/1/2027) ou aaaa-mm-jj (2027-01-31).',
  dueInvalid: 'Cette date n’existe pas.',
  dueNotAMonth: (month, order) =>
    `${month} n’est pas un mois ; nous lisons ${order === 'dmy' ? 'jour/mois/année' : 'année-mois-jour'}.`,
  duePast: 'Cette date est déjà passée.',
  actionPriority: 'Priorité ?',
  priorities: plan.priority,
  discussQuestion: 'Quelles questions voulez-vous discuter avec l’équipe ? (espace = cocher, entrée = continuer)',
  skipped: '(passée)',
  unanswered: '(sans réponse)',
  summaryQuestion: 'Que voulez-vous revoir ou modifier ?',
  summaryTheme: (title) => `Revoir le thème : ${title}`,
  summaryFocus: 'Changer les actions pour commencer',
  summaryDone: 'Terminé : refaire le plan d’action',
  reviewTitle: (title) => `Récapitulatif : ${title}`,
  reviewQuestion: 'Tout est juste ? Choisissez ce que vous voulez modifier, ou continuez.',
  reviewContinue: 'Tout est juste, continuer',
  reviewChangeQuestion: (n, preview) => `Modifier la question ${n} : ${preview}`,
  reviewChangeRating: 'Modifier l’état des lieux',
  reviewChangeImportance: 'Modifier l’importance',
  reviewAddAction: 'Ajouter une autre action',
  reviewChangeAction: (what) => `Modifier l’action : ${what}`,
  removeActionQuestion: (what) => `Supprimer l’action «\u00a0${what}\u00a0» ?`,
  removeActionNo: 'Non, garder l’action',
  removeActionYes: 'Oui, la supprimer',
  carriedLabel: 'de la dernière fois',
  reviewRemoveAction: (what) => `Supprimer l’action : ${what}`,
  reviewChangeDiscuss: 'Modifier les points à discuter',
  rating: 'État des lieux',
  importanceLabel: 'Importance',
  actions: 'Actions',
  toDiscuss: 'à discuter',
  focusQuestion: 'Commencez petit : par quelles actions (une à trois) commencez-vous ? (espace = cocher)',
  focusAtLeastOne: 'Choisissez au moins une action.',
  focusAtMostThree: 'Choisissez-en trois au plus : commencez petit.',
  previousIntro: (date, count) =>
    `La fois précédente (${date}), vous avez proposé ${actions(count)}. ${plural('fr', count, { one: 'Qu’est-elle devenue', other: 'Que sont-elles devenues' })} ?`,
  previousQuestion: (what) => `« ${what} »`,
  previousStatus: { done: 'Faite', open: 'Toujours d’actualité', dropped: 'Abandonnée' },
  previousNewDue: (date) =>
    `La date (${date}) est passée. Nouvelle date ? (jj/mm/aaaa, p. ex. 31/1/2027 ; vide = pas de date)`,
  previousNone: 'Le fichier de réponses précédent ne contient pas d’actions.',
  resumed: (file) => `Reprise de ${file}.`,
  resumeAlreadyComplete:
    'Cette réflexion était déjà terminée. Vous pouvez encore tout revoir et tout modifier ; ensuite, le plan d’action est refait.',
  replacePlan: (file) => `${file} existe déjà. Le remplacer par un nouveau plan d’action ?`,
  replacePlanYes: 'Oui, revoir puis remplacer',
  replacePlanNo: 'Non, arrêter (rien ne change)',
  planKept: (file) => `Rien n’a changé ; ${file} reste tel quel.`,
  questionsReworded: 'Certaines questions ont été reformulées depuis ; vos réponses restent liées à la question à laquelle vous avez répondu :',
  setChanged: (from, to) => `La série de questions a changé depuis ces réponses (version ${from} → ${to}) :`,
  questionAdded: (theme, question) => `nouvelle question dans ${theme} : ${question}`,
  questionRemoved: (theme, question) => `question retirée de la série (réponse conservée) dans ${theme} : ${question}`,
  questionReworded: (theme, question) => `question reformulée dans ${theme} : ${question}`,
  themeRemoved: (theme) => `thème retiré de la série (réponses conservées) : ${theme}`,
  notWithResume: (flags) =>
    `${flags} ne va pas avec --resume : les thèmes, le nom et l’organisation sont déjà dans le fichier de réponses. Retirez-le ; un suivi d’une réflexion précédente se commence avec --previous, sans --resume.`,
  otherSet: (file, found, expected) => `${file} appartient à une autre série de questions (« ${found} », pas « ${expected} »).`,
  answersInvalid: (file) => `${file} n’est pas un fichier de réponses valable.`,
  outputExists: (file) => `${file} existe déjà. Choisissez un autre dossier avec --out, ou remplacez-le avec --force.`,
  cannotWrite: (dir, reason) => `Impossible d’écrire dans ${dir} : ${reason}`,
  cannotRead: (file, reason) => `Impossible de lire ${file} : ${reason}`,
  saved: (file) => `Réponses enregistrées dans ${file}`,
  interrupted: 'Interrompu. Rien n’est perdu.',
  continueWith: (command) => `Pour reprendre : ${command}`,
  written: 'Écrit :',
  fileNames: { answers: 'reponses', plan: 'plan-action', participant: 'participant' },
  notAFolder: 'ce n’est pas un dossier',
  answersHeader: (date) =>
    `Réponses d’une réflexion Resokit (resokit reflect), ${date}.\n` +
    'Vous pouvez lire et modifier ce fichier ; resokit report en refait le plan d’action.',
  expectedAnswersRoot: 'un fichier de réponses de resokit reflect (avec format, questionSet, themes, ...)',
  unknownFocus: (id) => `les actions pour commencer renvoient à l’action « ${id} », qui ne figure pas dans ce fichier`,
  duplicateActionId: (id) => `l’id d’action « ${id} » apparaît plus d’une fois dans ce fichier`,
  nothingSaved: 'Interrompu avant qu’il y ait quelque chose à enregistrer.',
  terminated: 'resokit a été arrêté ; vos réponses sont enregistrées.',
  saveFailing: (file, reason) =>
    `L’enregistrement dans ${file} échoue : ${reason}. Vos réponses sont gardées tant que resokit reste ouvert ; à chaque modification, nous essayons à nouveau.`,
  saveWorksAgain: (file) => `L’enregistrement fonctionne de nouveau : ${file}`,
  askOtherFolder: (reason) =>
    `Vos réponses ne peuvent pas être enregistrées (${reason}). Dans quel dossier peuvent-elles aller ? (vide = votre dossier personnel)`,
  otherFolderFails: (dir, reason) => `Dans ${dir} non plus, cela ne marche pas : ${reason}. Choisissez un autre dossier.`,
  olderCopyLeft: (file) => `Une version plus ancienne reste dans ${file} : continuez avec le nouveau fichier.`,
  savedElsewhere: 'Le dossier d’origine n’a pas marché ; vos réponses sont maintenant ailleurs.',
  lastResort: (command) =>
    'Vos réponses n’ont pu être enregistrées nulle part. Voici ci-dessous le fichier de réponses complet : ' +
    `copiez tout jusqu’à la ligne ----- dans un fichier reponses.yaml, et reprenez avec : ${command}`,
  planNotWritten: (file, reason, command) =>
    `Le plan d’action n’a pas pu être écrit dans ${file} : ${reason}. Vos réponses sont enregistrées ; faites le plan d’action avec : ${command}`,
  nothingSavedAnywhere: 'Vos réponses n’ont pu être enregistrées nulle part ; elles figurent ci-dessus, copiez-les.',
  forgotQuestions: (path, command) =>
    `Ces réponses utilisent des thèmes propres venant de ${path}. Avez-vous oublié --questions ${path} ? Pour reprendre : ${command}`,
  printable: (command) => `Version à imprimer : ${command}`,
  done: 'Terminé ! Emportez le plan d’action à la réunion d’équipe.',
};

import type { Messages } from '../messages.js';
import { plural } from '../plural.js';
import { de } from './elision.js';

const actions = (n: number) => plural('fr', n, { one: '# action', other: '# actions' });
const themes = (n: number) => plural('fr', n, { one: '# thème', other: '# thèmes' });

export const form: Messages['form'] = {
  // Not 'questionnaire' alone: that is the English default, and both forms may be made in one folder.
  fileName: 'questionnaire-fr',
  written: (file) => `Questionnaire écrit\u202f: ${file}`,
  handOut: 'Remettez ce seul fichier à chaque participant (dossier partagé, Teams ou e-mail). Il fonctionne hors ligne dans un navigateur.',
  outExists: (file) => `${file} existe déjà. Choisissez un autre nom avec --out, ou remplacez-le avec --force.`,
  outIsFolder: (folder) => `${folder} est un dossier\u202f: donnez un nom de fichier, p.\u00a0ex. ${folder}/questionnaire.html.`,
  themeNotInGroup: (themes, group) =>
    `${themes} n’appartient pas au groupe ${group}. Choisissez des thèmes de ce groupe (resokit themes --group ${group}), ou omettez --theme ou --group.`,
  notBuilt: 'Le script du questionnaire manque\u202f: lancez npm run build.',

  pageTitle: (setTitle) => `Questionnaire\u202f: ${setTitle}`,
  welcome: (setTitle) =>
    `«\u00a0${setTitle}\u00a0» vous aide à rendre la politique et le fonctionnement de votre organisation plus attentifs à la solitude. ` +
    'Vous choisissez un ou quelques thèmes, répondez aux questions de réflexion, indiquez où vous en êtes et notez des actions concrètes. ' +
    'À la fin, vous enregistrez vos réponses dans un fichier pour la réunion d’équipe.',
  howItWorks:
    'Cette page fonctionne sans internet. Ce que vous remplissez, le navigateur le garde sur cet ordinateur. ' +
    'Votre copie sûre est le fichier de réponses que vous téléchargez en bas\u202f: remettez-le à qui fait le rapport d’équipe.',
  aboutTool: 'À propos de cet outil de réflexion',
  noScript: 'Votre navigateur n’exécute pas le script de cette page. Vous pouvez lire et imprimer le questionnaire, mais pas le remplir ni l’enregistrer.',

  about: 'À propos de vous',
  organisation: 'Nom de votre organisation',
  participant: 'Votre nom',
  participantHint: 'Ainsi l’équipe voit dans le rapport qui a dit quoi.',

  people: 'Participants sur cet ordinateur',
  newParticipant: 'Nouveau participant',
  switchTo: 'Ouvrir le travail d’un autre participant',
  switchButton: 'Ouvrir',
  noName: '(pas encore de nom)',
  restored: (name) => `Le travail ${de(name)} a été rétabli. Vous êtes quelqu’un d’autre\u202f? Choisissez alors «\u00a0Nouveau participant\u00a0».`,
  restoredNoName: 'Ce qui avait été rempli sur cet ordinateur a été rétabli. Vous êtes quelqu’un d’autre\u202f? Choisissez alors «\u00a0Nouveau participant\u00a0».',
  started: 'Un nouveau questionnaire vide. Le travail des autres sur cet ordinateur reste gardé.',
  switched: (name) => `Vous voyez maintenant le travail ${de(name)}.`,
  noStorage:
    'Ce navigateur ne peut rien garder sur cet ordinateur (p.\u00a0ex. dans une fenêtre privée). La page fonctionne quand même, mais ne la fermez pas avant d’avoir téléchargé vos réponses.',
  openTwice:
    'Ce questionnaire est aussi ouvert dans un autre onglet ou une autre fenêtre. Continuez dans l’un des deux et fermez l’autre. Rien de ce que vous tapez n’est perdu\u202f: une modification dans l’un apparaît aussi dans l’autre.',
  keptApart:
    'Le même travail a été modifié en même temps dans un autre onglet ou une autre fenêtre. Pour ne rien perdre, cette page garde sa propre version à part\u202f: vous trouvez l’autre sous «\u00a0Ouvrir le travail d’un autre participant\u00a0».',
  storageFull: 'Le navigateur ne peut plus garder votre dernière modification (plus de place). Téléchargez vos réponses maintenant.',

  files: 'Continuer à partir d’un fichier',
  openAnswers: 'Ouvrir un fichier de réponses',
  openAnswersHint: 'Continuez un fichier de ce questionnaire ou de resokit reflect.',
  openPrevious: 'Ouvrir les réponses de la fois précédente',
  openPreviousHint: 'Un suivi\u202f: vous passez d’abord en revue les actions d’alors, puis vous réfléchissez à nouveau.',
  opened: (file, name) => `${file} est ouvert\u202f: vous continuez le travail ${de(name)}.`,
  previousOpened: (file, count) => `${file} est ouvert\u202f: ${actions(count)} de la fois précédente à passer en revue.`,
  notAnswers: (file) => `${file} n’est pas un fichier de réponses de resokit. Rien n’a changé sur cette page.`,
  invalidAnswers: (file, where) => `${file} n’est pas un fichier de réponses valide (${where}). Rien n’a changé sur cette page.`,
  otherSet: (file, found) => `${file} appartient à un autre ensemble de questions ('${found}'). Rien n’a changé sur cette page.`,
  otherLanguage: (file, language) =>
    `${file} a été rempli en ${({ nl: 'néerlandais', en: 'anglais' } as Record<string, string>)[language] ?? language}\u202f; ce questionnaire est en français. ` +
    `Continuez-le dans un questionnaire dans cette langue (resokit form --lang ${language}). Rien n’a changé sur cette page.`,
  keptThemes: (count) =>
    plural('fr', count, {
      one: '# thème du fichier n’est pas dans ce questionnaire\u202f; il reste inchangé dans votre fichier de réponses.',
      other: '# thèmes du fichier ne sont pas dans ce questionnaire\u202f; ils restent inchangés dans votre fichier de réponses.',
    }),
  setChanged: (from, to) => `L’ensemble de questions a changé depuis ce fichier (version ${from} → ${to})\u202f; les nouvelles questions sont ouvertes.`,

  previous: 'Actions de la fois précédente',
  previousTheme: (title) => `Thème\u202f: ${title}`,
  previousDue: (date) => `Pour le\u202f: ${date}`,
  newDue: 'Nouvelle date (jj/mm/aaaa\u202f; vide = pas de date)',

  chooseThemes: 'Quels thèmes examinez-vous maintenant\u202f?',
  themeOption: (title, count) => `${title} (${count})`,
  fixedThemes: 'Ce questionnaire porte sur\u202f:',

  progressLabel: 'Progression',
  progress: (given, total, count) =>
    count === 0 ? 'Choisissez d’abord un ou plusieurs thèmes.' : `${given} questions sur ${total} répondues ou passées, dans ${themes(count)}`,

  question: (n) => `Question ${n}`,
  examples: 'Par exemple\u202f:',
  answer: 'Votre réponse',
  skip: 'Passer cette question',
  discuss: 'À discuter en équipe',
  resources: 'Pour en savoir plus',
  source: 'Source',

  actionsIntro: 'Quelles actions concrètes proposez-vous\u202f? Zéro ou plus.',
  action: (n) => `Action ${n}`,
  what: 'Qu’allez-vous faire\u202f?',
  who: 'Qui s’en charge\u202f? (vide = à décider)',
  due: 'Pour quand\u202f? (jj/mm/aaaa, p.\u00a0ex. 31/1/2027\u202f; vide = pas de date)',
  priority: 'Priorité',
  addAction: 'Ajouter une action',
  removeAction: (n) => `Supprimer l’action ${n}`,
  whatMissing: 'Écrivez ce que vous allez faire, ou supprimez cette action.',

  summary: 'Vue d’ensemble',
  summaryIntro: 'Tout peut encore être modifié\u202f: suivez un lien vers ce que vous voulez changer.',
  summaryQuestions: 'Questions',
  summaryAnswered: (given, total) => `${given} questions sur ${total} répondues ou passées`,
  summaryDiscuss: (count) => plural('fr', count, { one: '# question à discuter', other: '# questions à discuter' }),
  summaryActions: actions,
  change: (what) => `Modifier\u202f: ${what}`,
  summaryNone: 'Pas encore de thème choisi.',

  focus: 'Commencer petit',
  focusQuestion: 'Par quelles une à trois actions commencez-vous\u202f?',
  focusNone: 'Il n’y a pas encore d’actions parmi lesquelles choisir.',
  focusAtMostThree: 'Choisissez-en trois au plus\u202f: commencez petit.',

  save: 'Enregistrer mes réponses',
  saveHint: 'Vous recevez un fichier reponses-….yaml. C’est votre copie sûre\u202f: remettez-le à qui fait le rapport d’équipe.',
  savedAs: (file) => `Téléchargé sous ${file}. Vous ne le trouvez pas\u202f? Copiez alors le texte ci-dessous dans un e-mail.`,
  changedSinceSave: (file) =>
    `Téléchargé sous ${file}, mais vous avez modifié quelque chose depuis\u202f: ce n’est pas dans ce fichier. Enregistrez à nouveau, ou copiez le texte ci-dessous\u202f: il est à jour.`,
  copyTitle: 'Le téléchargement ne marche pas\u202f? Copiez vos réponses',
  copyLabel: 'Votre fichier de réponses en texte',
  copy: 'Copier',
  copied: 'Copié. Collez-le dans un e-mail ou dans un fichier reponses.yaml.',
  copyFailed: 'La copie n’a pas marché\u202f: sélectionnez le texte et copiez-le vous-même (Ctrl+C).',
  unsaved: 'Vous avez des modifications qui ne sont pas encore dans un fichier téléchargé.',

  errorTitle: 'Il y a un problème',
  organisationMissing: 'Indiquez le nom de votre organisation.',
  participantMissing: 'Indiquez votre nom.',
  noThemeChosen: 'Choisissez au moins un thème.',

  answersHeader: (date) =>
    `Réponses d’une réflexion Resokit (resokit form), ${date}.\n` +
    'Vous pouvez lire et modifier ce fichier\u202f; resokit report en fait le plan d’action.',
};

import type { Messages } from '../messages.js';
import { plural } from '../plural.js';

export const browse: Messages['browse'] = {
  questionCount: (n) => plural('fr', n, { one: '# question', other: '# questions' }),
  themeCount: (n) => plural('fr', n, { one: '# thème', other: '# thèmes' }),
  total: (themes, questions) =>
    `${plural('fr', themes, { one: '# thème', other: '# thèmes' })} · ${plural('fr', questions, { one: '# question', other: '# questions' })}`,
  showHint: (command) => `Lire un thème en entier : ${command}`,
  unknownGroup: (group, groups) => `Groupe inconnu « ${group} ». Choisissez parmi : ${groups}.`,
  unknownTheme: (id) => `Thème inconnu « ${id} ».`,
  knownThemes: 'Thèmes disponibles :',
  fileNotTheme: (file) =>
    `resokit show affiche un thème et prend pour cela son identifiant (resokit themes les donne), pas un fichier comme ${file}. Un fichier de réponses se lit avec resokit report, ou se vérifie avec resokit validate.`,
  outIsFolder: (folder) => `${folder} est un dossier : donnez un nom de fichier, p. ex. ${folder}/theme.md.`,
  group: 'Groupe',
  questions: 'Questions',
  note: 'Note',
  source: 'Source',
  resources: 'Pour aller plus loin',
};

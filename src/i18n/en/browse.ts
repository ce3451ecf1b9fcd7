import type { Messages } from '../messages.js';

export const browse: Messages['browse'] = {
  questionCount: (n) => (n === 1 ? '1 question' : `${n} questions`),
  themeCount: (n) => (n === 1 ? '1 theme' : `${n} themes`),
  total: (themes, questions) => `${themes} themes · ${questions} questions`,
  showHint: (command) => `Read a theme in full with: ${command}`,
  unknownGroup: (group, groups) => `Unknown group '${group}'. Choose from: ${groups}.`,
  unknownTheme: (id) => `Unknown theme '${id}'.`,
  knownThemes: 'Available themes:',
  fileNotTheme: (file) =>
    `resokit show shows one theme and takes its id for that (resokit themes lists them), not a file such as ${file}. An answers file is read by resokit report, or checked by resokit validate.`,
  outIsFolder: (folder) => `${folder} is a folder: give a file name, e.g. ${folder}/theme.md.`,
  group: 'Group',
  questions: 'Questions',
  note: 'Note',
  source: 'Source',
  resources: 'Further reading',
};

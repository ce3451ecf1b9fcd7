import type { Messages } from '../messages.js';

export const browse: Messages['browse'] = {
  questionCount: (n) => (n === 1 ? '1 question' : `${n} questions`),
  themeCount: (n) => (n === 1 ? '1 theme' : `${n} themes`),
  total: (themes, questions) => `${themes} themes · ${questions} questions`,
  showHint: (command) => `Read a theme in full with: ${command}`,
  unknownGroup: (group, groups) => `Unknown group '${group}'. Choose from: ${groups}.`,
  unknownTheme: (id) => `Unknown theme '${id}'.`,
  knownThemes: 'Available themes:',
  group: 'Group',
  questions: 'Questions',
  note: 'Note',
  source: 'Source',
  resources: 'Further reading',
};

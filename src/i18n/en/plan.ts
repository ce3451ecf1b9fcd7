import type { Messages } from '../messages.js';

export const plan: Messages['plan'] = {
  title: 'Action plan: loneliness-sensitive work',
  label: (text) => `${text}:`,
  organisation: 'Organisation',
  date: 'Date',
  participant: 'Filled in by',
  themes: 'Themes',
  questionSet: 'Questions',
  questionSetVersion: (title, version) => `${title} (version ${version})`,
  inProgressLabel: 'Note',
  inProgress: (open) =>
    `this reflection is not finished yet. This action plan shows what has been filled in so far` +
    (open === 0 ? '.' : open === 1 ? ' (1 question still open).' : ` (${open} questions still open).`),
  none: '–',

  locale: 'en-GB',

  rating: {
    'not-started': 'not started yet',
    'first-steps': 'first steps taken',
    'on-track': 'well on the way',
    embedded: 'strong, it is part of how we work',
    unknown: 'don’t know',
  },
  importance: { low: 'low', medium: 'medium', high: 'high', unknown: 'don’t know' },
  priority: { high: 'high', medium: 'medium', low: 'low' },
  status: { open: 'to do', done: 'done', dropped: 'dropped' },
  previousStatus: { open: 'still relevant', done: 'done', dropped: 'dropped', unreviewed: 'to be reviewed' },

  overview: 'Overview',
  noThemes: 'No themes have been chosen yet.',
  col: {
    theme: 'Theme',
    rating: 'Where we stand',
    importance: 'Importance',
    actions: 'Actions',
    what: 'What',
    who: 'Who',
    due: 'By when',
    priority: 'Priority',
    status: 'Status',
  },

  focus: 'Start small',
  focusIntro: 'We start with:',
  noFocus: 'No focus has been chosen yet. Together, pick one to three actions to start with.',

  actions: 'Actions',
  noActions: 'There are no actions yet.',
  noNewActions: 'No new actions this time; the actions of last time are below.',
  previousActions: 'Actions from the previous reflection',
  previousIntro: (date) => `From the reflection of ${date}, with what became of them.`,
  checklist: 'To tick off',
  checklistNote: 'Dropped actions are not in this list.',
  by: (date) => `by ${date}`,
  toBeDecided: 'to be decided',
  whoToBeDecided: 'who: to be decided',
  fromPrevious: 'from the previous reflection',

  ratingLine: 'Where we stand',
  importanceLine: 'Importance',
  actionsLine: 'Actions',
  question: (n) => `Question ${n}.`,
  skipped: '(skipped)',
  unanswered: '(not answered yet)',
  discuss: '→ to discuss in the team meeting',

  agenda: 'Agenda for the team meeting',
  agendaEmpty: 'No open points: every question has been answered and nothing was marked to discuss.',
  agendaDiscuss: 'Discuss',
  agendaUnknownRating: 'Don’t know',
  agendaUnknownRatingText: (theme) => `${theme}: where does our organisation stand?`,
  agendaSkipped: 'Skipped',
  agendaUnanswered: 'Not answered yet',
  agendaPrevious: 'Follow up an earlier action',
  agendaQuestion: (theme, n, question) => `${theme}, question ${n}: ${question}`,
  continuation: (previous, question) => `(continuing: ${previous}) ${question}`,

  resources: 'Further reading',
  sourcesIntro: 'This tool was inspired by:',

  citation: 'Reference',
  citationIntro: 'Want to refer to this tool? Please use the following reference:',
  citationFallback:
    'Verhaegen, I., Claeys, J. Deleu, H., Meys, F., Vos, E., Taamouti, M. (2021). Resokit: methodiek en tools voor sociale professionals om netwerken te versterken en te connecteren met de buurt. Brussel: Odisee Hogeschool (www.resokit.be).',
  madeWith: 'Made with resokit',
};

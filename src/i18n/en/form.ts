import type { Messages } from '../messages.js';
import { plural } from '../plural.js';

const actions = (n: number) => plural('en', n, { one: '# action', other: '# actions' });
const themes = (n: number) => plural('en', n, { one: '# theme', other: '# themes' });

export const form: Messages['form'] = {
  fileName: 'questionnaire',
  written: (file) => `Questionnaire written: ${file}`,
  handOut: 'Give this one file to every participant (a shared folder, Teams or e-mail). It works offline in a browser.',
  outExists: (file) => `${file} already exists. Choose another name with --out, or overwrite it with --force.`,
  outIsFolder: (folder) => `${folder} is a folder: give a file name, e.g. ${folder}/questionnaire.html.`,
  themeNotInGroup: (themes, group) =>
    `${themes} is not in the group ${group}. Choose themes of that group (resokit themes --group ${group}), or leave out --theme or --group.`,
  notBuilt: 'The questionnaire’s script is missing: run npm run build.',

  pageTitle: (setTitle) => `Questionnaire: ${setTitle}`,
  welcome: (setTitle) =>
    `“${setTitle}” helps you make your organisation’s policy and practice more sensitive to loneliness. ` +
    'You pick one or a few themes, answer the reflection questions, say where you stand and write down concrete actions. ' +
    'At the end you save your answers in a file for the team meeting.',
  howItWorks:
    'This page works without internet. What you fill in is kept by the browser on this computer. ' +
    'Your safe copy is the answers file you download at the bottom: give it to whoever makes the team report.',
  aboutTool: 'About this reflection tool',
  noScript: 'Your browser does not run this page’s script. You can read and print the questionnaire, but not fill it in and save it.',

  about: 'About you',
  organisation: 'Name of your organisation',
  participant: 'Your name',
  participantHint: 'So the team sees in the report who said what.',

  people: 'Participants on this computer',
  newParticipant: 'New participant',
  switchTo: 'Open another participant’s work',
  switchButton: 'Open',
  noName: '(no name yet)',
  restored: (name) => `${name}’s work has been restored. Are you someone else? Then choose “New participant”.`,
  restoredNoName: 'What was filled in earlier on this computer has been restored. Are you someone else? Then choose “New participant”.',
  started: 'A new, empty questionnaire. The work of others on this computer stays kept.',
  switched: (name) => `You now see ${name}’s work.`,
  noStorage:
    'This browser cannot keep anything on this computer (e.g. in a private window). The page still works, but do not close it before you have downloaded your answers.',
  openTwice:
    'This questionnaire is also open in another tab or window. Go on in one of them and close the other. Nothing you type is lost: a change in one shows in the other too.',
  keptApart:
    'The same work was changed in another tab or window at the same time. So that nothing is lost, this page keeps its own version apart: you find the other under “Open another participant’s work”.',
  storageFull: 'The browser cannot keep your last change any more (no space). Download your answers now.',

  files: 'Continue from a file',
  openAnswers: 'Open an answers file',
  openAnswersHint: 'Continue a file of this questionnaire or of resokit reflect.',
  openPrevious: 'Open last time’s answers',
  openPreviousHint: 'A follow-up: you first go through the actions of then, and then reflect again.',
  opened: (file, name) => `${file} is open: you continue ${name}’s work.`,
  previousOpened: (file, count) => `${file} is open: ${actions(count)} of last time to go through.`,
  notAnswers: (file) => `${file} is not a resokit answers file. Nothing on this page has changed.`,
  invalidAnswers: (file, where) => `${file} is not a valid answers file (${where}). Nothing on this page has changed.`,
  otherSet: (file, found) => `${file} belongs to another question set ('${found}'). Nothing on this page has changed.`,
  otherLanguage: (file, language) =>
    `${file} was filled in ${({ nl: 'Dutch', fr: 'French' } as Record<string, string>)[language] ?? language}; this questionnaire is in English. ` +
    `Go on with it in a questionnaire in that language (resokit form --lang ${language}). Nothing on this page has changed.`,
  keptThemes: (count) => `${themes(count)} of the file ${count === 1 ? 'is' : 'are'} not in this questionnaire; ${count === 1 ? 'it stays' : 'they stay'} unchanged in your answers file.`,
  setChanged: (from, to) => `The question set has changed since this file (version ${from} → ${to}); new questions are open.`,

  previous: 'Actions of last time',
  previousTheme: (title) => `Theme: ${title}`,
  previousDue: (date) => `Due: ${date}`,
  newDue: 'New date (dd/mm/yyyy; empty = no date)',

  chooseThemes: 'Which themes do you look at now?',
  themeOption: (title, count) => `${title} (${count})`,
  fixedThemes: 'This questionnaire is about:',

  progressLabel: 'Progress',
  progress: (given, total, count) =>
    count === 0 ? 'First choose one or more themes.' : `${given} of ${total} questions answered or skipped, in ${themes(count)}`,

  question: (n) => `Question ${n}`,
  examples: 'For example:',
  answer: 'Your answer',
  skip: 'Skip this question',
  discuss: 'To discuss with the team',
  resources: 'Further reading',
  source: 'Source',

  actionsIntro: 'Which concrete actions do you propose? None or more.',
  action: (n) => `Action ${n}`,
  what: 'What will you do?',
  who: 'Who takes it up? (empty = to be decided)',
  due: 'By when? (dd/mm/yyyy, e.g. 31/1/2027; empty = no date)',
  priority: 'Priority',
  addAction: 'Add an action',
  removeAction: (n) => `Remove action ${n}`,
  whatMissing: 'Write what you will do, or remove this action.',

  summary: 'Summary',
  summaryIntro: 'Everything can still be changed: follow a link to what you want to change.',
  summaryQuestions: 'Questions',
  summaryAnswered: (given, total) => `${given} of ${total} questions answered or skipped`,
  summaryDiscuss: (count) => plural('en', count, { one: '# question to discuss', other: '# questions to discuss' }),
  summaryActions: actions,
  change: (what) => `Change: ${what}`,
  summaryNone: 'No theme chosen yet.',

  focus: 'Start small',
  focusQuestion: 'Which one to three actions do you start with?',
  focusNone: 'There are no actions to choose from yet.',
  focusAtMostThree: 'Choose three at most: start small.',

  save: 'Save my answers',
  saveHint: 'You get a file answers-….yaml. That is your safe copy: give it to whoever makes the team report.',
  savedAs: (file) => `Downloaded as ${file}. Cannot find it? Then copy the text below into an e-mail.`,
  changedSinceSave: (file) => `Downloaded as ${file}, but you changed something since: that is not in that file. Save again, or copy the text below: it is up to date.`,
  copyTitle: 'Download not working? Copy your answers',
  copyLabel: 'Your answers file as text',
  copy: 'Copy',
  copied: 'Copied. Paste it into an e-mail or into a file answers.yaml.',
  copyFailed: 'Copying did not work: select the text and copy it yourself (Ctrl+C).',
  unsaved: 'You have changes that are not in a downloaded file yet.',

  errorTitle: 'There is a problem',
  organisationMissing: 'Fill in the name of your organisation.',
  participantMissing: 'Fill in your name.',
  noThemeChosen: 'Choose at least one theme.',

  answersHeader: (date) =>
    `Answers of a Resokit reflection (resokit form), ${date}.\n` +
    'You may read and edit this file; resokit report makes the action plan from it.',
};

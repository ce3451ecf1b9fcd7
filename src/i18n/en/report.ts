import type { Messages } from '../messages.js';

const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : items.length === 2 ? `${items[0]} and ${items[1]}` : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

export const report: Messages['report'] = {

  unknownFormat: (format, formats) => `unknown format '${format}'; choose from ${formats.join(', ')}`,
  unknownExtension: (file, extension, formats) =>
    `--out ${file}: unknown extension '${extension}'; choose from ${formats.map((f) => `.${f}`).join(', ')}, or give the format with --format`,
  bomCsvOnly: '--bom only applies to --format csv',
  outExists: (file) => `${file} already exists. Choose another name with --out, or overwrite with --force.`,
  cannotWrite: (file, reason) => `cannot write ${file}: ${reason}`,
  invalidFiles: (count) => (count === 1 ? '1 answers file is invalid' : `${count} answers files are invalid`),
  sameParticipant: (name, files) => `${name} is in more than one file (${files.join(', ')}); every file counts`,
  sameFile: (file) => `${file} was given more than once; it counts once`,
  alsoCompared: (file, earlier) => `${file} is the same reflection as ${earlier} from --compare; it is compared with itself`,
  severalOrganisations: (organisations) =>
    `these files come from ${organisations.length} organisations: ${list(organisations)}. One team report belongs to one organisation; check that the right files were chosen.`,
  organisationOf: (organisation, who) => `${organisation} (${list(who)})`,
  written: (file) => `Written: ${file}`,

  numbered: (n) => `Participant ${n}`,
  repeated: (name, n) => `${name} (${n})`,
  list,

  title: 'Team report: loneliness-sensitive work',
  organisation: 'Organisation',
  organisations: 'Organisations',
  period: 'Period',
  periodRange: (from, to) => `${from} to ${to}`,
  participants: 'Participants',
  participantCount: (n) => (n === 1 ? '1 participant' : `${n} participants`),
  questionSetVersions: (title, versions) => `${title} (${versions.length === 1 ? 'version' : 'versions'} ${list(versions)})`,
  inProgressLabel: 'Note',
  inProgress: (count, total) =>
    `${count} of the ${total} files ${count === 1 ? 'is' : 'are'} not finished yet. This report shows what has been filled in so far.`,

  whoTookPart: 'Who took part',
  fileStatus: { 'in-progress': 'in progress', complete: 'finished' },
  col: {
    participant: 'Participant',
    file: 'File',
    status: 'Status',
    updated: 'Updated',
    themes: 'Themes',
    open: 'Open questions',
    level: 'Where we stand',
    count: 'Count',
    bar: 'Distribution',
    who: 'Who',
    spread: 'Spread',
    notRated: 'not filled in',
    proposedBy: 'Proposed by',
    proposals: 'Number of proposals',
    focus: 'Chosen as focus',
    fromPrevious: 'From previous reflection',
    conflicts: 'Differing proposals',
    then: 'Then',
    now: 'Now',
    change: 'Change',
    basis: 'How we know',
  },
  yes: 'yes',
  no: 'no',

  missing: 'What is missing',
  missingIntro:
    'Files from another version of the questions, files that are not finished and a different choice of themes are merged all the same. This is missing, per participant:',
  missingInProgress: (open) => `not finished (${open === 1 ? '1 question' : `${open} questions`} open)`,
  missingThemes: (themes) => `did not choose ${list(themes)}`,
  missingQuestions: (theme, numbers, version) =>
    `${theme}: ${numbers.length === 1 ? 'question' : 'questions'} ${list(numbers.map(String))} ${numbers.length === 1 ? 'is' : 'are'} not in their version${version ? ` (${version})` : ''} of the questions`,
  missingRating: (themes) => `no rating yet for ${list(themes)}`,

  overview: 'Where we stand, per theme',
  overviewIntro:
    'The themes the team disagrees on most come first. The spread goes from 0 (everyone sees it the same way) to 1.5 (the team is split in two equal groups at both ends). Don’t know counts in the numbers, not in the spread; with fewer than two ratings there is no spread (n/a).',
  decimal: (n) => n.toFixed(1),
  spreadTooFew: (rated) => `n/a (${rated === 1 ? '1 rating' : 'no ratings'})`,
  chosenBy: (count, total) => `Chosen by ${count} of the ${total} participants.`,
  notChosenBy: (names) => `Not chosen by ${list(names)}.`,
  notInVersionOf: (names) => `Not in the version of the questions of ${list(names)}.`,
  noAnswers: 'Nobody answered this question.',

  focusIntro: 'How often an action was chosen to start with:',
  focusTimes: (count) => (count === 1 ? 'chosen once' : `chosen ${count} times`),
  noFocusYet: (names) => `No focus chosen yet: ${list(names)}.`,
  noFocusAtAll: 'Nobody has chosen a focus yet. Together, pick one to three actions to start with.',
  proposedBy: (names) => `proposed by ${list(names)}`,
  actionsIntro:
    'The same action from several participants is listed once, with who proposed it. Where they gave a different owner, date or priority, each value is shown with who gave it.',
  alternatives: (values) => values.join(' or '),

  agendaDisagreement: 'Different views',
  agendaDisagreementText: (theme, lowest, highest) => `${theme}: the ratings range from ${lowest} to ${highest}`,
  agendaWho: (names) => `(${list(names)})`,

  compare: 'Since the previous reflection',
  compareIntro: (date, participant) =>
    participant ? `Compared with the reflection of ${participant} of ${date}.` : `Compared with the reflection of ${date}.`,
  direction: {
    up: 'forward',
    down: 'backward',
    same: 'unchanged',
    mixed: 'differs per participant',
    new: 'newly chosen',
    'not-chosen': 'not chosen now',
    unknown: 'cannot compare',
  },
  ratingCount: (rating, count) => `${rating} (${count})`,
  earlierActions: 'Actions of last time',
  noEarlierActions: 'The previous reflection had no actions.',
  earlierStatus: { done: 'done', open: 'still open', dropped: 'dropped', unknown: 'not mentioned', ambiguous: 'unclear' },
  basis: {
    'followed-up': (names) => `followed up by ${list(names)}`,
    'proposed-again': (names) => `proposed again by ${list(names)}`,
    none: 'nobody mentioned this action',
  },
  newActions: 'New actions',
  noNewActions: 'There are no new actions.',

  printHint: 'This file is made to be printed or saved as a PDF.',
  separatorCsvOnly: '--separator only applies to --format csv',
  unknownSeparator: (value) => `Unknown separator '${value}'. Choose ',', ';' or 'tab'.`,
  notAnAnswersFile: (file) => `${file} is not an answers file: give the .yaml file resokit reflect wrote or that you downloaded at the bottom of the resokit form questionnaire (answers-…yaml).`,
  outIsFolder: (folder) => `${folder} is a folder: give a file name, e.g. ${folder}/team-report.md.`,
};

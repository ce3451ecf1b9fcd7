import type { Messages } from '../messages.js';

const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : items.length === 2 ? `${items[0]} and ${items[1]}` : `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;
const either = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : items.length === 2 ? `${items[0]} or ${items[1]}` : `${items.slice(0, -1).join(', ')}, or ${items.at(-1)}`;
const rounds = (n: number) => (n === 1 ? '1 round' : `${n} rounds`);
const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

export const history: Messages['history'] = {
  tooFewRounds: 'history follows a team over at least two rounds: give two or more folders (or quoted globs). For one round: resokit report <folder>.',
  badRounds: (count) => (count === 1 ? '1 problem with the rounds; nothing was made' : `${count} problems with the rounds; nothing was made`),
  singleFile: (file) =>
    `${file}: a single file is not a round. The shell has probably expanded an unquoted glob: give the round’s folder, or quote the glob, e.g. 'round-1/*.yaml'.`,
  cannotReadRound: (source, reason) => `${source}: cannot read this round: ${reason}`,
  emptyRound: (source) => `${source}: empty round, there are no files`,
  subfoldersSkipped: (folder, names) =>
    `${folder}: ${names.length === 1 ? 'the subfolder' : 'the subfolders'} ${list(names)} ${names.length === 1 ? 'is' : 'are'} not read; a round is the .yaml files of one folder (if a subfolder is a round, give it on its own)`,
  noAnswersFiles: (folder) => `${folder}: no answers files (.yaml) in this folder`,
  noMatchingFolders: (pattern) => `${pattern}: no folder matches this pattern`,
  sameRound: (where, times) =>
    where.length === 1
      ? `${where[0]} is given ${times === 2 ? 'twice' : `${times} times`} as a round; give each round once`
      : `${list(where)} are the same round (the same files), given ${times === 2 ? 'twice' : `${times} times`}; give each round once`,
  severalOrganisations: (organisations) =>
    `these files come from ${organisations.length} organisations: ${list(organisations)}. One round belongs to one team of one organisation; check that the right files are in the round.`,
  sameFile: (file, where) => `${file} is in more than one round (${list(where)}); each file belongs to one round`,
  sameDate: (date, where) =>
    `${list(where)} have the same date (${date}, the middle updated date of their files), so their order cannot be told`,
  sameAsToday: (value) =>
    `${value} is both today's team and the earlier one (--compare ${value}): it would be compared with itself. Give --compare the folder of an earlier round.`,
  spilledGlob: (files, folder) =>
    `${list(files)} ${files.length === 1 ? 'comes' : 'come'} from ${folder}, the folder of a --compare value. The shell has probably expanded an unquoted glob: give the folder (--compare ${folder}) or quote the glob.`,

  title: 'History over the rounds',
  roundsLabel: 'Rounds',
  roundName: (label, date) => `${label} (${date})`,
  printHint: 'This file is made to be printed or saved as PDF. Every chart is also given as a table in the text.',

  summary: 'In short',
  moved: 'What moved most',
  movedLine: (theme, verdict, from, to, medians) => `${theme}: ${verdict}, from ${from} to ${to} (median ${medians})`,
  nothingMoved: 'No theme moved between the rounds.',
  stalled: 'What is stuck',
  stalledLine: (what, open) => `${what} (${open})`,
  nothingStalled: 'No action has been open for two or more rounds.',
  fresh: 'What is new',
  newThemes: (themes) => `Taken up for the first time in the last round: ${list(themes)}.`,
  newActionCount: (count) => (count === 1 ? '1 new action in the last round.' : `${count} new actions in the last round.`),
  nothingNew: 'No new themes or actions in the last round.',

  roundsTitle: 'The rounds',
  roundsIntro: 'Each round is a folder (or glob) holding that time’s answers files. Its date is the middle updated date of the files.',
  joined: (names) => `joined: ${list(names)}`,
  left: (names) => `left: ${list(names)}`,
  renamed: (before, now) => `${before} is now ${now}`,
  sameTeam: 'the same team',

  themesTitle: 'Per theme',
  themesIntro:
    'Per round how many participants gave each level, the median and the spread (0 = everyone sees it the same way, 1.5 = two equal groups at both ends). Forward or back: the median moved by at least one level; more or less agreement: the spread changed by at least 0.5.',
  notTakenUp: (where) => `Not taken up in ${list(where)}.`,
  takenUpEvery: 'Taken up in every round.',
  changeLine: (from, to, verdict) => `From ${from} to ${to}: ${verdict}.`,
  legend: 'Key to the text bar',

  coverageTitle: 'Which themes were taken up',
  coverageIntro:
    'Choose your battles: each round a team picks a few themes. Here are the themes that never came up, so that leaving them is a choice, not an oversight.',
  never: (themes) => `Never taken up: ${list(themes)}.`,
  allCovered: 'Every theme was taken up at least once.',
  roundsOf: (n, total) => `${n} of ${total}`,

  lifecycleTitle: 'Actions over the rounds',
  lifecycleIntro:
    'Each action with the round it was proposed in, when it was chosen as focus, and what became of it in each later round. Actions are followed by their stable id (through reflect --previous and the form), else by their text. What could be two actions is marked unclear. Actions open for two or more rounds come first.',
  noActions: 'No actions were proposed in any round.',
  status: { done: 'done', open: 'still open', dropped: 'dropped', 'not-mentioned': 'not mentioned', ambiguous: 'unclear' },
  proposed: 'proposed',
  focus: 'focus',
  stalledMark: 'stuck',
  openFor: (openRounds, openDays) => `open for ${rounds(openRounds)}, ${days(openDays)}`,
  closedAfter: (openDays) => `closed after ${days(openDays)}`,
  reworded: (texts) => `earlier worded as ${list(texts)}`,
  ambiguousWith: (texts) => `unclear: may be the same as ${either(texts)}`,
  ambiguousNote: (what, who, candidates) => `${what} (${list(who)}) may be ${either(candidates)}`,
  claim: {
    'followed-up': (status, who) => `${status} according to ${list(who)}`,
    carried: (who) => `carried over by ${list(who)}, not reviewed yet`,
    'proposed-again': (who) => `proposed again by ${list(who)}`,
  },
  matchedBy: { id: 'recognised by its id', text: 'recognised by its text' },
  nobodyMentioned: 'nobody mentioned this action',

  verdict: {
    forward: 'forward',
    back: 'back',
    more: 'more agreement',
    less: 'less agreement',
    same: 'the same',
    notComparable: 'cannot be compared',
  },
  verdicts: (parts) => parts.join(' and '),
  medianBetween: (lower, upper) => `between ${lower} and ${upper}`,
  fromTo: (then, now) => `${then} → ${now}`,

  compareTitle: 'Since the previous round',
  compareIntro: (period, count) => `Compared with the team of ${period} (${count === 1 ? '1 participant' : `${count} participants`}).`,
  themeNew: 'newly chosen',
  themeNotChosen: 'not chosen now',
  whoChanged: 'Who joined, who left',
  nobodyChanged: 'The same participants as last time.',
  joinedLine: (names) => `Joined: ${list(names)}.`,
  leftLine: (names) => `Left: ${list(names)}.`,
  renamedLine: (pairs) => `Another name (recognised by their actions): ${list(pairs)}.`,
  earlierActions: 'Actions of last time',
  noEarlierActions: 'Last time the team had no open actions.',
  newActions: 'New actions',
  noNewActions: 'There are no new actions.',

  col: {
    round: 'Round',
    date: 'Date',
    participants: 'Participants',
    team: 'Who joined or left',
    questionSet: 'Question set',
    distribution: 'Distribution',
    median: 'Median',
    spread: 'Spread',
    verdict: 'Verdict',
    then: 'Then',
    now: 'Now',
    group: 'Group',
    rounds: 'Rounds',
    proposed: 'Proposed',
    focus: 'Focus',
    current: 'Now',
    open: 'Open',
    how: 'How we know',
    stalled: 'Stuck',
    openRounds: 'Rounds open',
    openDays: 'Days open',
  },

  chart: {
    ratingsTitle: (theme) => `${theme}: where the organisation stands, per round`,
    ratingsDesc: (theme, parts) => `Stacked bars, one per round, for ${theme}. ${parts.join(' ')}`,
    roundPart: (round, counts) => `${round}: ${counts}.`,
    notTaken: 'not taken up',
    count: (label, n) => `${label} ${n}`,
    teamTitle: 'Where the team stands, per theme',
    teamDesc: (parts) => `Stacked bars, one per theme, from not yet to embedded, don’t know apart. ${parts.join(' ')}`,
    compareTitle: (theme) => `${theme}: then and now`,
    compareDesc: (theme, then, now) => `Two stacked bars for ${theme}. Then: ${then}. Now: ${now}.`,
    timelineTitle: 'Actions over the rounds',
    timelineDesc: (count, rounds, stalled) =>
      `Timeline of ${count === 1 ? '1 action' : `${count} actions`} over ${rounds} rounds: per action one box per round with its status. ${stalled === 1 ? '1 action is stuck' : `${stalled} actions are stuck`}. The same data is in the table below.`,
    table: 'The chart’s figures',
  },
};

/** The history's functional core: from checked rounds of answers files to the history model. No I/O, no clock. */
export { buildHistory, type HistoryOptions } from './build.js';
export { actionLifecycle, type LifecycleRound } from './lifecycle.js';
export type * from './model.js';
export { roundDate, roundLabels, roundProblems, sortRounds, type RoundInput, type RoundProblem } from './rounds.js';

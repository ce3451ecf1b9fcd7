/**
 * The history of a team over rounds, as data: what `resokit history` knows after reading every
 * round. Every renderer (Markdown, HTML, JSON, CSV) works from this model alone. Rounds are indexed
 * in date order; participants are referred to by their label, as in a team report.
 */
import type { Claim, FollowedStatus } from '../report/action-match.js';
import type { RatingMoment, Verdict } from '../report/verdict.js';

export interface HistoryRound {
  /** The folder's name (or the glob as given when two rounds share a folder). */
  label: string;
  /** The folder or glob as the user gave it. */
  source: string;
  /** The median `updated` day of its files, YYYY-MM-DD: the round's date. */
  date: string;
  /** Participant labels, in file order ("Deelnemer n" with --anonymous: one number per person in every round). */
  participants: string[];
  /** Files as the user named them; absent with --anonymous. */
  files?: string[];
  /** Distinct question sets (id, version, language) of its files. */
  questionSets: Array<{ id: string; version: string; language: string }>;
  /** Compared with the round before (with --anonymous by number, without renames); absent for the first round. */
  membership?: { joined: string[]; left: string[]; renamed: Array<{ before: string; now: string }> };
}

/** A theme in one round. */
export interface ThemePoint {
  round: number;
  /** Somebody in the round chose the theme. */
  taken: boolean;
  /** Participants who chose it. */
  chosenBy: number;
  /** Ratings, median and spread; only when taken. */
  moment?: RatingMoment;
}

export interface HistoryTheme {
  id: string;
  title: string;
  group: string;
  /** One point per round, in round order. */
  points: ThemePoint[];
  /** Rounds (indexes) in which nobody took it up. */
  notTakenUp: number[];
  /** From the first to the last round with a median: absent with fewer than two. */
  change?: { from: number; to: number; verdict: Verdict };
}

/** A theme of the question set (or of the files) and in how many rounds it was taken up. */
export interface CoverageItem {
  id: string;
  title: string;
  group: string;
  /** The group's title in the history's language (its id without a question set). */
  groupTitle: string;
  rounds: number;
}

/** An action's status in one round. */
export interface LifecycleStep {
  round: number;
  status: FollowedStatus;
  claims: Claim[];
  /** Participants who chose it as focus in this round. */
  focus: string[];
  /** Actions of this round that could be this one or another: shown, not guessed. */
  ambiguous: Array<{ what: string; participants: string[]; candidates: string[] }>;
}

export interface LifecycleAction {
  /** As written most recently. */
  what: string;
  /** Every text it had, when it was reworded (recognised by its id). */
  texts: string[];
  themeId: string;
  themeTitle: string;
  /** The round it was first proposed in. */
  proposed: number;
  /** Rounds in which somebody chose it as focus. */
  focusRounds: number[];
  /** From the round it was proposed in on, until it was done or dropped (or up to the last round). */
  steps: LifecycleStep[];
  /** The status of its last step. */
  current: FollowedStatus;
  /** Rounds in which it was open. */
  openRounds: number;
  /** Days from the proposal to when it was closed, or to the last round while it is open. */
  openDays: number;
  /** Open in two or more rounds and not done or dropped since (its last status may be not mentioned or unclear). */
  stalled: boolean;
  /** This action could not be told apart from these earlier ones (by id or text). */
  ambiguousWith: string[];
}

export interface HistorySummary {
  /** The largest change of the median (first to last round with one), ties broken by the change of spread; at most three. */
  moved: Array<{ themeId: string; title: string; verdict: Verdict; from: number; to: number }>;
  /** Indexes into `actions`. */
  stalled: number[];
  /** Themes taken up in the last round that the round before did not take up. */
  newThemes: Array<{ id: string; title: string }>;
  /** Indexes into `actions` of those proposed in the last round. */
  newActions: number[];
}

export interface History {
  /** In date order. */
  rounds: HistoryRound[];
  summary: HistorySummary;
  /** Every theme taken up in some round, in the order of the question set. */
  themes: HistoryTheme[];
  /** Every theme of the question set (then any other the files hold), and those never taken up. */
  coverage: { themes: CoverageItem[]; never: CoverageItem[] };
  /** Stalled first, then the other open ones, then the rest; each by the round it was proposed in. */
  actions: LifecycleAction[];
  /** Distinct organisation names. */
  organisations: string[];
  /** Title of the question set in the history's language. */
  questionSetTitle: string;
}

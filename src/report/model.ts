/**
 * The report as data: what `resokit report` knows after reading one or more answers files (and an
 * earlier one with --compare). One file is an action plan (`SingleReport`), several a team report
 * (`TeamReport`). Every renderer (Markdown, HTML, JSON, CSV) works from this model alone, so the
 * formats cannot disagree. Participants are referred to by their label: their name, or "Deelnemer
 * 1" with --anonymous; labels are unique within a report.
 */
import type { Action, ActionStatus, Importance, Priority, Rating, RatingLevel } from '../answers/model.js';
import type { Claim, FollowedStatus } from './action-match.js';
import type { AgendaItem, AnswerState } from './plan.js';
import type { RatingMoment, Verdict } from './verdict.js';

export interface ReportParticipant {
  label: string;
  /** The file as the user named it; absent with --anonymous (file names usually carry the name). */
  file?: string;
  organisation: string;
  status: 'in-progress' | 'complete';
  /** ISO 8601, from the file. */
  updated: string;
  questionSet: { id: string; version: string; language: string; title: string };
  /** Ids of the themes this participant chose, in the order of their file. */
  themes: string[];
  /** Questions of the chosen themes not answered yet (nor skipped). */
  openQuestions: number;
}

export interface RatingSpread {
  /** How many participants gave each level, "weet niet" (`unknown`) included. */
  counts: Record<Rating, number>;
  /** Participants who gave one of the four levels. */
  rated: number;
  /** Participants who answered "weet niet": counted, but left out of `spread`. */
  unknown: number;
  /** Participants who chose the theme but did not rate it (yet). */
  notRated: number;
  /**
   * How much the team disagrees: the standard deviation of the levels on a 0–3 scale (nog niet mee
   * bezig = 0 ... verankerd = 3), rounded to two decimals. 0 = everyone gave the same level (or fewer
   * than two gave one); 1.5 = half the team at each end.
   */
  spread: number;
  /** Steps between the lowest and the highest level given (0–3). */
  range: number;
  lowest?: RatingLevel;
  highest?: RatingLevel;
}

export interface ParticipantAnswer {
  participant: string;
  state: AnswerState;
  /** What was typed; only when `state` is answered. */
  answer?: string;
  discuss: boolean;
}

export interface TeamQuestion {
  id: string;
  /** The question as in the question set, else as in the first file that has it. */
  text: string;
  /** 1-based position in the theme as this report lists its questions. */
  number: number;
  answers: ParticipantAnswer[];
  /** Participants who chose the theme but whose file does not have this question (another version). */
  absentFrom: string[];
  /**
   * The question set at hand has this question (always true without a set). A question only older
   * files have was dropped from the set: newer files lack it by design, which is not "missing".
   */
  inQuestionSet: boolean;
}

export interface TeamTheme {
  id: string;
  /** The title shown: with the group added when two themes of the report share a title. */
  title: string;
  group: string;
  /** Participants who chose the theme, in participant order. */
  participants: string[];
  notChosenBy: string[];
  ratings: RatingSpread;
  byParticipant: Array<{ participant: string; rating?: Rating; importance?: Importance }>;
  importance: Record<Importance, number>;
  questions: TeamQuestion[];
  /** Number of actions proposed under this theme (before folding). */
  actions: number;
}

/** One participant's version of a (folded) action; `id` is the action's id in their file. */
export interface Proposal extends Action {
  participant: string;
  /** Carried over from that participant's earlier reflection (previous.actions). */
  fromPrevious: boolean;
  /** Chosen by that participant as one of the actions to start with. */
  focus: boolean;
}

/** One value proposed for a field of an action, and who proposed it. */
export interface ProposedValue {
  value: string;
  participants: string[];
}

export interface ActionConflicts {
  who?: ProposedValue[];
  due?: ProposedValue[];
  priority?: ProposedValue[];
  /** One said it is done (or dropped) where another has it open: the folded status is open. */
  status?: ProposedValue[];
}

/** An action as the team sees it: identical proposals (case, spaces, punctuation aside) folded into one. */
export interface TeamAction {
  /** The folding key: the text lower-cased, punctuation and runs of white space as one space. */
  key: string;
  /** As the first participant wrote it. */
  what: string;
  themes: Array<{ id: string; title: string }>;
  /** Every distinct non-empty "who", in order. */
  who: string[];
  /** The earliest due date proposed. */
  due?: string;
  /** The highest priority proposed. */
  priority: Priority;
  /** open when any proposal is open; else done when any is done; else dropped. */
  status: ActionStatus;
  /** Every proposal comes from an earlier reflection. */
  fromPrevious: boolean;
  /** Who carried it over from their earlier reflection (also when others proposed it anew). */
  fromPreviousBy: string[];
  /**
   * Where the folded proposals disagree: every value given (who, due date, priority), each with who
   * gave it. Only the fields with two or more different values; a proposal without a value is not
   * a disagreement. `who`, `due` and `priority` above are the merged values.
   */
  conflicts: ActionConflicts;
  proposals: Proposal[];
  /** How many participants chose it as focus. */
  focus: number;
}

interface AgendaQuestionRef {
  themeId: string;
  themeTitle: string;
  questionId: string;
  number: number;
  question: string;
}

/**
 * One point of the team's meeting agenda: the participants' agendas (planAgenda) merged, plus the
 * themes where ratings lie two or more steps apart.
 */
export type TeamAgendaItem =
  | ({ kind: 'discuss' | 'skipped' | 'unanswered'; participants: string[] } & AgendaQuestionRef)
  | { kind: 'disagreement'; themeId: string; themeTitle: string; lowest: RatingLevel; highest: RatingLevel }
  | { kind: 'unknown-rating'; themeId: string; themeTitle: string; participants: string[] }
  | { kind: 'previous-action'; what: string; themeId: string; themeTitle: string; due?: string; participants: string[] };

/** What one participant's file lacks compared to the rest of the report. */
export type MissingItem =
  | { kind: 'in-progress'; open: number }
  | { kind: 'themes-not-chosen'; themes: Array<{ id: string; title: string }> }
  | { kind: 'questions-not-in-file'; themeId: string; themeTitle: string; version: string; questions: Array<{ id: string; number: number; text: string }> }
  | { kind: 'not-rated'; themes: Array<{ id: string; title: string }> };

export interface FocusCount {
  /** Index into `TeamReport.actions`. */
  action: number;
  what: string;
  count: number;
  participants: string[];
}

/** How a theme's rating moved since the earlier reflection. */
export type Direction = 'up' | 'down' | 'same' | 'mixed' | 'new' | 'not-chosen' | 'unknown';

export interface ThemeChange {
  themeId: string;
  title: string;
  /** The earlier rating; absent when the earlier file did not have the theme or did not rate it. */
  then?: Rating;
  thenChosen: boolean;
  now: Array<{ participant: string; rating?: Rating }>;
  direction: Direction;
}

/** done / open / dropped as the new files tell it; unknown when nobody said and nobody proposed it again. */
/** `ambiguous`: the participants who followed it up disagree (done for one, still open for another). */
export type EarlierStatus = ActionStatus | 'unknown' | 'ambiguous';

export interface EarlierAction {
  what: string;
  themeId: string;
  themeTitle: string;
  who?: string;
  due?: string;
  priority: Priority;
  status: EarlierStatus;
  /**
   * How the status was found: `followed-up` — from the new files' previous.actions (what the
   * participants said became of it); `proposed-again` — the same text is among the new actions;
   * `none` — neither.
   */
  basis: 'followed-up' | 'proposed-again' | 'none';
  /** Who followed it up or proposed it again. */
  participants: string[];
  /** With `ambiguous`: who said what, each status once, in the order first said. */
  said?: Array<{ status: ActionStatus; participants: string[] }>;
}

export interface Comparison {
  /** `participant` and `file` are left out with --anonymous. `date` is the earlier file's `updated`. */
  earlier: { participant?: string; organisation: string; date: string; file?: string };
  themes: ThemeChange[];
  earlierActions: EarlierAction[];
  /** Indexes into the report's `actions` of the actions that were not there last time. */
  newActions: number[];
}

/** A theme then (the earlier team) and now: its ratings, median and spread, and the verdict. */
export interface ThemeShift {
  themeId: string;
  title: string;
  /** `compared`: chosen then and now; `new`: only now; `not-chosen`: only then. */
  change: 'compared' | 'new' | 'not-chosen';
  then?: RatingMoment;
  now?: RatingMoment;
  /** Only when compared. */
  verdict?: Verdict;
}

/** An action of the earlier team, and what the new files say became of it. */
export interface FollowedAction {
  what: string;
  themeId: string;
  themeTitle: string;
  who?: string;
  due?: string;
  priority: Priority;
  status: FollowedStatus;
  claims: Claim[];
  /** New actions that could be this one or another earlier one: shown, not guessed. */
  ambiguous: Array<{ what: string; participants: string[]; candidates: string[] }>;
}

/** report --compare with an earlier team (several files): team against team. */
export interface TeamComparison {
  /** `files` left out with --anonymous. */
  earlier: { participants: number; period: { from: string; to: string }; files?: string[] };
  /** Who joined and who left (compared by name; a renamed participant found by their actions' ids). Absent with --anonymous. */
  participants?: { joined: string[]; left: string[]; renamed: Array<{ before: string; now: string }> };
  themes: ThemeShift[];
  earlierActions: FollowedAction[];
  /** Indexes into the report's `actions` (a plan's for one file) of the actions that match no earlier one. */
  newActions: number[];
}

/** A theme of the plan, in the order of the file. */
export interface PlanTheme {
  id: string;
  /** The title as in the file, with its group when two themes of the file share a title. */
  title: string;
  group: string;
  rating?: Rating;
  importance?: Importance;
  /** Number of actions of this reflection under this theme. */
  actions: number;
  /** Every question as it was asked, numbered as in the file, with its answer. */
  questions: Array<{ id: string; number: number; question: string; state: AnswerState; answer?: string; discuss: boolean }>;
}

/** An action of the plan: of this reflection, or carried over from the earlier one (--previous). */
export interface PlanAction extends Action {
  themeId: string;
  themeTitle: string;
  /** Carried over from the earlier reflection; its status says what became of it. */
  fromPrevious: boolean;
  /** Carried over only: whether the participant said yet what became of it. */
  reviewed?: boolean;
}

/** The action plan of one answers file, in the order of the file (see buildPlan). */
export interface Plan {
  organisation: string;
  /** The name as in the file; the label with --anonymous. */
  participant: string;
  /** ISO 8601, from the file: the plan's date. */
  updated: string;
  status: 'in-progress' | 'complete';
  questionSet?: { id: string; version: string; language: string; title: string };
  /** Questions not answered yet (nor skipped). */
  openQuestions: number;
  themes: PlanTheme[];
  /** This reflection's actions in theme order, then the carried-over ones. */
  actions: PlanAction[];
  /** The earlier reflection the actions were carried over from (its file left out with --anonymous). */
  previous?: { file?: string; date: string };
  /** Indexes into `actions` of the one to three actions to start with, in the order chosen. */
  focus: number[];
  agenda: AgendaItem[];
}

/** One answers file: its action plan, and with --compare the comparison. */
export interface SingleReport extends Plan {
  kind: 'single';
  /** The file as the user named it; absent with --anonymous. */
  file?: string;
  /** `newActions` index into the plan's `actions`. */
  comparison?: Comparison;
  teamComparison?: TeamComparison;
}

export type Report = SingleReport | TeamReport;

export interface TeamReport {
  /** Several answers files. */
  kind: 'team';
  participants: ReportParticipant[];
  /** Distinct organisation names, in participant order. */
  organisations: string[];
  /** Only when the files come from more than one organisation (a warning): who is in which. */
  severalOrganisations?: Array<{ organisation: string; participants: string[] }>;
  /** Earliest and latest `updated` date of the files (YYYY-MM-DD). */
  period: { from: string; to: string };
  /** Distinct question sets (id + version) the files were made with. */
  questionSets: Array<{ id: string; version: string; title: string }>;
  /** Most disagreement first; ties in the order of the question set. */
  themes: TeamTheme[];
  actions: TeamAction[];
  focus: { chosen: FocusCount[]; none: string[] };
  agenda: TeamAgendaItem[];
  /** Only participants who lack something. */
  missing: Array<{ participant: string; items: MissingItem[] }>;
  comparison?: Comparison;
  teamComparison?: TeamComparison;
}

export type { AgendaItem, AnswerState };

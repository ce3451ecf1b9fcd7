/**
 * The answers file: everything one participant said in one reflection. It is written after every
 * answer (YAML, described by schemas/answers.schema.json) and must stand on its own: question texts
 * are copied in, so a report can be made without the question set.
 */

export const ANSWERS_FORMAT = 'resokit-answers/2';
/** The first format: action ids numbered per file (a1, p1), no questionsPath. Still read, upgraded in memory. */
export const ANSWERS_FORMAT_1 = 'resokit-answers/1';

/** Where the organisation stands on a theme. Stored as a key; labels come from the catalogue. */
export const ratingLevels = ['not-started', 'first-steps', 'on-track', 'embedded'] as const;
export type RatingLevel = (typeof ratingLevels)[number];
export type Rating = RatingLevel | 'unknown';

export const importanceLevels = ['low', 'medium', 'high'] as const;
export type Importance = (typeof importanceLevels)[number] | 'unknown';

export const priorities = ['high', 'medium', 'low'] as const;
export type Priority = (typeof priorities)[number];

/** Follow-up of an earlier action (--previous): done, still relevant (open), or dropped. */
export type ActionStatus = 'open' | 'done' | 'dropped';

export interface Action {
  /**
   * Given when the action is created ("a-" and 10 random characters) and kept through edits and
   * --previous, so the same action can be followed across files and rounds; the focus refers to it.
   * Unique within a file.
   */
  id: string;
  what: string;
  who?: string;
  /** A real date, YYYY-MM-DD. */
  due?: string;
  priority: Priority;
  status: ActionStatus;
}

export interface QuestionAnswer {
  id: string;
  /** The question as it was asked (copied in so the file stands on its own). */
  question: string;
  /** What was typed; absent while not yet answered. */
  answer?: string;
  /** An empty answer: the participant chose to skip this question. */
  skipped?: boolean;
  /** Typed but not yet submitted when the session was interrupted; offered again on resume. */
  draft?: string;
  /** Marked "to discuss with the team": lands on the meeting agenda. */
  discuss?: boolean;
}

/** The fields of an action as they are typed, one after the other. */
export const actionFields = ['what', 'who', 'due', 'priority'] as const;
export type ActionField = (typeof actionFields)[number];

/**
 * An action being written or changed when the session stopped: offered again on resume, from the
 * field it stopped at, so that nothing typed is lost. The fields before `at` are given; `typing` is
 * what stood on the line of field `at`.
 */
export interface ActionDraft {
  /** The action being changed; absent while a new one is written. */
  id?: string;
  what?: string;
  who?: string;
  /** A real date, YYYY-MM-DD. */
  due?: string;
  priority?: Priority;
  at: ActionField;
  typing?: string;
}

export interface ThemeAnswers {
  id: string;
  title: string;
  group: string;
  answers: QuestionAnswer[];
  rating?: Rating;
  importance?: Importance;
  actions: Action[];
  /** The action step is finished (zero actions is a valid outcome). */
  actionsDone?: boolean;
  /** The discuss marks were chosen. */
  discussDone?: boolean;
  /** The participant reviewed the theme and moved on. */
  reviewed?: boolean;
  /** An action half written when the session stopped. */
  actionDraft?: ActionDraft;
}

/** An action of an earlier reflection, carried over with what became of it. */
export interface CarriedAction extends Action {
  theme: string;
  themeTitle: string;
  /** Absent until the participant said what became of it. */
  reviewed?: boolean;
}

export interface AnswersFile {
  format: typeof ANSWERS_FORMAT;
  questionSet: { id: string; version: string; language: string; title: string };
  /** The --questions file or folder the reflection was made with (absolute); absent without one. */
  questionsPath?: string;
  organisation: string;
  participant: string;
  /** ISO 8601 timestamps. */
  created: string;
  updated: string;
  status: 'in-progress' | 'complete';
  themes: ThemeAnswers[];
  /** Earlier actions (--previous), in the order they were reviewed. */
  previous?: { file: string; date: string; actions: CarriedAction[] };
  /** Ids of the one to three actions to start with ("begin klein"); absent until chosen. */
  focus?: string[];
}

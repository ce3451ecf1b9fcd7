/** The question set as the rest of resokit sees it, after loading and validation. */

export interface Question {
  id: string;
  text: string;
  examples?: string[];
  /** The text goes on from the question before it; shown alone, it needs that question with it. */
  continues?: boolean;
}

export interface Note {
  title?: string;
  text: string;
  source?: string;
  url?: string;
}

export interface Resource {
  title: string;
  url?: string;
  description?: string;
}

export interface Theme {
  id: string;
  group: string;
  title: string;
  questions: Question[];
  notes?: Note[];
  resources?: Resource[];
  /** The file the theme was loaded from, as shown to the user (for messages naming both files). */
  file: string;
}

export interface Group {
  id: string;
  title: string;
  description?: string;
}

export interface Citation {
  intro?: string;
  text: string;
  url?: string;
}

export interface QuestionSet {
  id: string;
  version: string;
  language: string;
  title: string;
  translationOf?: { language: string; version?: string; title: string; note?: string };
  introduction: string;
  notes?: Note[];
  guidance: string;
  groups: Group[];
  sources: Resource[];
  citation: Citation;
  closing?: string;
  /** All themes, built-in first, in group order and then file order. */
  themes: Theme[];
}

/** A file to load: its name as shown in messages and its raw content (bytes are checked for UTF-8). */
export interface SourceFile {
  path: string;
  content: Uint8Array | string;
}

/** One problem in one file, located at the offending key or value (1-based line and column). */
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.col}: ${problem.message}`;
}

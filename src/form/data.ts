import type { Group, QuestionSet, Theme } from '../content/types.js';

/** A theme as the page's script needs it: what an answers file copies in, nothing to display. */
export interface FormTheme {
  id: string;
  group: string;
  title: string;
  questions: Array<{ id: string; text: string }>;
}

/**
 * What the page builder hands the page's script (as JSON in the page): the set's identity, the
 * themes offered, and the form's own identity, which keys what the browser stores.
 */
export interface FormData {
  formId: string;
  set: Pick<QuestionSet, 'id' | 'version' | 'language' | 'title'>;
  groups: Array<Pick<Group, 'id' | 'title'>>;
  themes: FormTheme[];
  /** --theme: the offered themes are the reflection's themes; there is no choice. */
  fixed: boolean;
  /** --org: filled in for everyone. */
  organisation?: string;
  /** --questions, as an absolute path: the answers files say which own themes they answer (as reflect's do). */
  questionsPath?: string;
}

export function formData(
  set: QuestionSet,
  themes: readonly Theme[],
  options: { fixed: boolean; organisation?: string; questionsPath?: string; formId: string },
): FormData {
  return {
    formId: options.formId,
    set: { id: set.id, version: set.version, language: set.language, title: set.title },
    groups: set.groups.map((g) => ({ id: g.id, title: g.title })),
    themes: themes.map((t) => ({ id: t.id, group: t.group, title: t.title, questions: t.questions.map((q) => ({ id: q.id, text: q.text })) })),
    fixed: options.fixed,
    ...(options.organisation ? { organisation: options.organisation } : {}),
    ...(options.questionsPath ? { questionsPath: options.questionsPath } : {}),
  };
}

/**
 * JSON that can stand inside a <script type="application/json"> element: `<` escaped, so that no
 * text (a theme titled "</script>") can end the element early.
 */
export function embeddedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

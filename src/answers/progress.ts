import type { AnswersFile } from './model.js';
import { openActions } from './edit.js';

/** What the walk-through asks next. Derived from the file alone, so resuming needs no extra state. */
export type Step =
  | { kind: 'previous'; index: number }
  | { kind: 'question'; theme: number; question: number }
  | { kind: 'rating'; theme: number }
  | { kind: 'importance'; theme: number }
  | { kind: 'actions'; theme: number }
  | { kind: 'discuss'; theme: number }
  | { kind: 'review'; theme: number }
  | { kind: 'focus' }
  | { kind: 'done' };

export function nextStep(file: AnswersFile): Step {
  const carried = file.previous?.actions.findIndex((a) => !a.reviewed) ?? -1;
  if (carried >= 0) return { kind: 'previous', index: carried };
  for (const [theme, t] of file.themes.entries()) {
    const question = t.answers.findIndex((a) => a.answer === undefined && !a.skipped);
    if (question >= 0) return { kind: 'question', theme, question };
    if (t.rating === undefined) return { kind: 'rating', theme };
    if (t.importance === undefined) return { kind: 'importance', theme };
    if (!t.actionsDone) return { kind: 'actions', theme };
    if (!t.discussDone) return { kind: 'discuss', theme };
    if (!t.reviewed) return { kind: 'review', theme };
  }
  if (file.focus === undefined && openActions(file).length > 0) return { kind: 'focus' };
  return { kind: 'done' };
}

/**
 * Work that a stopped session left half done, which `nextStep` cannot see: an action being written
 * or changed, or an answer being changed in the review (its draft beside the given answer). A
 * resumed walk-through offers these first, in every state, a finished reflection included.
 */
export type PendingDraft = { kind: 'action'; theme: number } | { kind: 'change'; theme: number; question: number };

export function pendingDraft(file: AnswersFile): PendingDraft | undefined {
  for (const [theme, t] of file.themes.entries()) {
    if (t.actionDraft) return { kind: 'action', theme };
    const question = t.answers.findIndex(
      (a) => a.draft !== undefined && (a.answer !== undefined || a.skipped === true) && a.draft.trim() !== (a.answer ?? ''),
    );
    if (question >= 0) return { kind: 'change', theme, question };
  }
  return undefined;
}

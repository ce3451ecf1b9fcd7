import { formatDate } from '../../text/format-date.js';
import type { QuestionSet } from '../../content/types.js';
import type { Messages } from '../../i18n/messages.js';
import type { Plan, PlanAction } from '../../report/model.js';
import { inline, singleLine } from '../markdown/escape.js';

export type PlanMessages = Messages['plan'];

/** What every section of the plan gets: its inputs and nothing else (no clock, no environment). */
export interface PlanContext {
  plan: Plan;
  set: QuestionSet | undefined;
  p: PlanMessages;
}

/**
 * Escaped text for the middle of a line (after a label, in a heading, in a sentence), or the
 * catalogue's placeholder when it is empty.
 */
export function text(value: string | undefined, p: PlanMessages): string {
  return inline(String(value ?? '')).trim() || inline(p.none);
}

/** Escaped text that starts a line or a list item's content (block markers escaped), or the placeholder. */
export function lineText(value: string | undefined, p: PlanMessages): string {
  return singleLine(String(value ?? '')) || inline(p.none);
}

/**
 * A label in bold. Safe for any text only where the `**` stand at the start of a line or after a
 * space, and before a space or the end of the line (CommonMark's flanking rules then always hold);
 * every use in the plan is like that. Empty text gives '' (never `****`, a thematic break).
 */
export function strong(label: string): string {
  const escaped = singleLine(label);
  return escaped ? `**${escaped}**` : '';
}

/** A label in italics, under the same conditions as `strong`. */
export function em(label: string): string {
  const escaped = singleLine(label);
  return escaped ? `*${escaped}*` : '';
}

/** A date formatted and escaped, ready to insert (see `formatDate`); empty gives the placeholder. */
export { formatDate };

export function date(value: string, p: PlanMessages): string {
  return text(formatDate(value, p), p);
}

/** The status label of an action: an earlier one says what became of it. Plain text. */
export function statusLabel(action: PlanAction, p: PlanMessages): string {
  if (!action.fromPrevious) return p.status[action.status] ?? action.status;
  if (action.status === 'open' && !action.reviewed) return p.previousStatus.unreviewed;
  return p.previousStatus[action.status] ?? action.status;
}

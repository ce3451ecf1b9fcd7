import { formatDate } from '../../text/format-date.js';
import type { Action, AnswersFile, CarriedAction, QuestionAnswer, ThemeAnswers } from '../../answers/model.js';
import type { QuestionSet } from '../../content/types.js';
import type { Messages } from '../../i18n/messages.js';
import { userText } from '../markdown/line.js';

export type PlanMessages = Messages['plan'];

/** What every section of the plan gets: its inputs and nothing else (no clock, no environment). */
export interface PlanContext {
  answers: AnswersFile;
  set: QuestionSet | undefined;
  p: PlanMessages;
  /** The title shown for a theme of the answers file (with its group when two titles are equal). */
  themeLabels: ReadonlyMap<string, string>;
}

export function planContext(answers: AnswersFile, set: QuestionSet | undefined, m: Messages): PlanContext {
  return { answers, set, p: m.plan, themeLabels: themeLabels(answers.themes ?? [], set) };
}

/**
 * Theme titles may repeat ("Buurtvervlechting" is in both groups): those get their group, e.g.
 * "Buurtvervlechting (Werking)", the group's title taken from the set when it is at hand.
 */
function themeLabels(themes: readonly ThemeAnswers[], set: QuestionSet | undefined): Map<string, string> {
  const count = new Map<string, number>();
  const title = (theme: ThemeAnswers) => String(theme.title ?? '').trim();
  for (const theme of themes) count.set(title(theme), (count.get(title(theme)) ?? 0) + 1);
  const labels = new Map<string, string>();
  for (const theme of themes) {
    if (labels.has(theme.id)) continue;
    const group = set?.groups.find((g) => g.id === theme.group)?.title ?? theme.group;
    labels.set(theme.id, (count.get(title(theme)) ?? 0) > 1 && group ? `${theme.title} (${group})` : theme.title);
  }
  return labels;
}

export function themeLabel(ctx: PlanContext, theme: ThemeAnswers): string {
  return ctx.themeLabels.get(theme.id) ?? theme.title;
}

/**
 * User text for the middle of a line (after a label, in a heading, in a sentence), marked to be
 * escaped once the line is complete (see markdown/line.ts), or the catalogue's placeholder.
 */
export function text(value: string | undefined, p: PlanMessages): string {
  return userText(String(value ?? '')) || userText(p.none);
}

/** User text that starts a line or a list item's content (block markers are escaped then too). */
export function lineText(value: string | undefined, p: PlanMessages): string {
  return text(value, p);
}

/**
 * A label in bold. Safe for any text only where the `**` stand at the start of a line or after a
 * space, and before a space or the end of the line (CommonMark's flanking rules then always hold);
 * every use in the plan is like that. Empty text gives '' (never `****`, a thematic break).
 */
export function strong(label: string): string {
  const marked = userText(label);
  return marked ? `**${marked}**` : '';
}

/** A label in italics, under the same conditions as `strong`. */
export function em(label: string): string {
  const marked = userText(label);
  return marked ? `*${marked}*` : '';
}

/** A date formatted and escaped, ready to insert (see `formatDate`); empty gives the placeholder. */
export { formatDate };

export function date(value: string, p: PlanMessages): string {
  return text(formatDate(value, p), p);
}


export type AnswerState = 'answered' | 'skipped' | 'unanswered';

/** An empty answer counts as skipped (that is how the walk-through skips); no answer is unanswered. */
export function answerState(answer: QuestionAnswer): AnswerState {
  if (answer.skipped) return 'skipped';
  if (answer.answer == null) return 'unanswered';
  return answer.answer.trim() === '' ? 'skipped' : 'answered';
}

/** An action of the plan: of this reflection, or carried over from the earlier one. */
export interface PlanAction {
  action: Action;
  themeId: string;
  themeLabel: string;
  /** Set when the action comes from the earlier reflection. */
  previous?: CarriedAction;
}

/** This reflection's actions in theme order, then the earlier reflection's in their order. */
export function planActions(ctx: PlanContext): PlanAction[] {
  const current = (ctx.answers.themes ?? []).flatMap((theme) =>
    (theme.actions ?? []).map((action) => ({ action, themeId: theme.id, themeLabel: themeLabel(ctx, theme) })),
  );
  const previous = (ctx.answers.previous?.actions ?? []).map((action) => ({
    action,
    themeId: action.theme,
    themeLabel: ctx.themeLabels.get(action.theme) ?? action.themeTitle ?? action.theme,
    previous: action,
  }));
  return [...current, ...previous];
}

/** The status label of an action: an earlier one says what became of it. Plain text. */
export function statusLabel(item: PlanAction, p: PlanMessages): string {
  if (!item.previous) return p.status[item.action.status] ?? item.action.status;
  if (item.previous.status === 'open' && !item.previous.reviewed) return p.previousStatus.unreviewed;
  return p.previousStatus[item.previous.status] ?? item.previous.status;
}

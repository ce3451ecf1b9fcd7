import { normalise, singleLine } from '../markdown/escape.js';
import { table } from '../markdown/table.js';
import { date, lineText, formatDate, planActions, statusLabel, type PlanAction, type PlanContext } from './context.js';
import { actionDetails } from './focus.js';

/** Whether text shows anything once control characters and surrounding whitespace are gone. */
const shows = (value: string | undefined) => normalise(value ?? '').trim() !== '';

function actionsTable(items: readonly PlanAction[], ctx: PlanContext): string {
  const { p } = ctx;
  return table(
    [p.col.theme, p.col.what, p.col.who, p.col.due, p.col.priority, p.col.status],
    items.map((item) => [
      item.themeLabel || p.none,
      shows(item.action.what) ? item.action.what! : p.none,
      shows(item.action.who) ? item.action.who! : p.toBeDecided,
      item.action.due?.trim() ? formatDate(item.action.due, p) : p.none,
      p.priority[item.action.priority] ?? item.action.priority ?? p.none,
      statusLabel(item, p),
    ]),
  );
}

/**
 * All actions: this reflection's as a table, the earlier reflection's as a table with what became of
 * them, then every action that is not dropped as a checklist (`- [x]` when done). Dropped actions
 * stay in the tables (status "geschrapt") and are left out of the checklist, which says so.
 */
export function actionsSection(ctx: PlanContext): string[] {
  const { answers, p } = ctx;
  const all = planActions(ctx);
  const current = all.filter((item) => !item.previous);
  const previous = all.filter((item) => item.previous);
  const parts = [`## ${singleLine(p.actions)}`, current.length ? actionsTable(current, ctx) : singleLine(previous.length ? p.noNewActions : p.noActions)];
  if (previous.length) {
    parts.push(
      `### ${singleLine(p.previousActions)}`,
      p.previousIntro(date(answers.previous?.date ?? '', p)),
      actionsTable(previous, ctx),
    );
  }
  const checklist = all.filter((item) => item.action.status !== 'dropped');
  if (checklist.length) {
    parts.push(
      `### ${singleLine(p.checklist)}`,
      checklist
        .map((item) => {
          const box = item.action.status === 'done' ? '[x]' : '[ ]';
          const extra = item.previous ? [singleLine(p.fromPrevious)] : [];
          return `- ${box} ${lineText(item.action.what, p)} — ${actionDetails(item, ctx, extra)}`;
        })
        .join('\n'),
    );
    if (checklist.length < all.length) parts.push(singleLine(p.checklistNote));
  }
  return parts;
}

import type { PlanAction } from '../../report/model.js';
import { singleLine } from '../markdown/escape.js';
import { table } from '../markdown/table.js';
import { date, lineText, formatDate, statusLabel, type PlanContext } from './context.js';
import { actionDetails } from './focus.js';

function actionsTable(actions: readonly PlanAction[], ctx: PlanContext): string {
  const { p } = ctx;
  return table(
    [p.col.theme, p.col.what, p.col.who, p.col.due, p.col.priority, p.col.status],
    actions.map((action) => [
      action.themeTitle || p.none,
      action.what?.trim() ? action.what : p.none,
      action.who?.trim() ? action.who : p.none,
      action.due?.trim() ? formatDate(action.due, p) : p.none,
      p.priority[action.priority] ?? action.priority ?? p.none,
      statusLabel(action, p),
    ]),
  );
}

/**
 * All actions: this reflection's as a table, the earlier reflection's as a table with what became of
 * them, then every action that is not dropped as a checklist (`- [x]` when done). Dropped actions
 * stay in the tables (status "geschrapt") and are left out of the checklist, which says so.
 */
export function actionsSection(ctx: PlanContext): string[] {
  const { plan, p } = ctx;
  const current = plan.actions.filter((action) => !action.fromPrevious);
  const previous = plan.actions.filter((action) => action.fromPrevious);
  const parts = [`## ${singleLine(p.actions)}`, current.length ? actionsTable(current, ctx) : singleLine(previous.length ? p.noNewActions : p.noActions)];
  if (previous.length) {
    parts.push(`### ${singleLine(p.previousActions)}`, p.previousIntro(date(plan.previous?.date ?? '', p)), actionsTable(previous, ctx));
  }
  const checklist = plan.actions.filter((action) => action.status !== 'dropped');
  if (checklist.length) {
    parts.push(
      `### ${singleLine(p.checklist)}`,
      checklist
        .map((action) => {
          const box = action.status === 'done' ? '[x]' : '[ ]';
          const extra = action.fromPrevious ? [singleLine(p.fromPrevious)] : [];
          return `- ${box} ${lineText(action.what, p)} — ${actionDetails(action, ctx, extra)}`;
        })
        .join('\n'),
    );
    if (checklist.length < plan.actions.length) parts.push(singleLine(p.checklistNote));
  }
  return parts;
}

import { inline, singleLine } from '../markdown/escape.js';
import { date, lineText, planActions, text, type PlanAction, type PlanContext } from './context.js';

/** "Theme · who · by 15 January 2027": what follows an action's text in a list. Markdown. */
export function actionDetails(item: PlanAction, ctx: PlanContext, extra: string[] = []): string {
  const { p } = ctx;
  const details = [text(item.themeLabel, ctx.p)];
  details.push(item.action.who?.trim() ? text(item.action.who, p) : inline(p.whoToBeDecided));
  if (item.action.due?.trim()) details.push(p.by(date(item.action.due, p)));
  return [...details, ...extra].join(' · ');
}

/**
 * The focus ids resolved to actions: this reflection's actions first, then the earlier ones (ids
 * are unique within a file; an id that matches nothing is left out).
 */
export function focusActions(ctx: PlanContext): PlanAction[] {
  const actions = planActions(ctx);
  const seen = new Set<string>();
  const focus: PlanAction[] = [];
  for (const id of ctx.answers.focus ?? []) {
    if (seen.has(id)) continue;
    seen.add(id);
    const found = actions.find((item) => item.action.id === id);
    if (found) focus.push(found);
  }
  return focus;
}

/** "Begin klein": the one to three actions to start with, or a line that none was chosen yet. */
export function focusSection(ctx: PlanContext): string[] {
  const { p } = ctx;
  const focus = focusActions(ctx);
  const heading = `## ${singleLine(p.focus)}`;
  if (focus.length === 0) return [heading, singleLine(p.noFocus)];
  return [
    heading,
    singleLine(p.focusIntro),
    focus
      .map((item, i) => {
        const extra = item.previous ? [singleLine(p.fromPrevious)] : [];
        return `${i + 1}. ${lineText(item.action.what, p)} — ${actionDetails(item, ctx, extra)}`;
      })
      .join('\n'),
  ];
}

import type { PlanAction } from '../../report/model.js';
import { singleLine } from '../markdown/escape.js';
import { date, lineText, text, type PlanContext } from './context.js';

/** "Theme · who · by 15 January 2027": what follows an action's text in a list. Markdown. */
export function actionDetails(action: PlanAction, ctx: PlanContext, extra: string[] = []): string {
  const { p } = ctx;
  const details = [text(action.themeTitle, p)];
  if (action.who?.trim()) details.push(text(action.who, p));
  if (action.due?.trim()) details.push(p.by(date(action.due, p)));
  return [...details, ...extra].join(' · ');
}

/** "Begin klein": the one to three actions to start with, or a line that none was chosen yet. */
export function focusSection(ctx: PlanContext): string[] {
  const { plan, p } = ctx;
  const heading = `## ${singleLine(p.focus)}`;
  if (plan.focus.length === 0) return [heading, singleLine(p.noFocus)];
  return [
    heading,
    singleLine(p.focusIntro),
    plan.focus
      .map((index, i) => {
        const action = plan.actions[index]!;
        const extra = action.fromPrevious ? [singleLine(p.fromPrevious)] : [];
        return `${i + 1}. ${lineText(action.what, p)} — ${actionDetails(action, ctx, extra)}`;
      })
      .join('\n'),
  ];
}

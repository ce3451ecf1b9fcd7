import { singleLine } from '../markdown/escape.js';
import { table } from '../markdown/table.js';
import type { PlanContext } from './context.js';

/** One row per theme: where the organisation stands, how important it is now, how many actions. */
export function summarySection(ctx: PlanContext): string[] {
  const { plan, p } = ctx;
  const heading = `## ${singleLine(p.overview)}`;
  if (plan.themes.length === 0) return [heading, singleLine(p.noThemes)];
  const rows = plan.themes.map((theme) => [
    theme.title || p.none,
    theme.rating ? (p.rating[theme.rating] ?? theme.rating) : p.none,
    theme.importance ? (p.importance[theme.importance] ?? theme.importance) : p.none,
    String(theme.actions),
  ]);
  return [
    heading,
    table([p.col.theme, p.col.rating, p.col.importance, p.col.actions], rows, ['left', 'left', 'left', 'right']),
  ];
}

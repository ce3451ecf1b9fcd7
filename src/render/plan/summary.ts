import { singleLine } from '../markdown/escape.js';
import { table } from '../markdown/table.js';
import { themeLabel, type PlanContext } from './context.js';

/** One row per theme: where the organisation stands, how important it is now, how many actions. */
export function summarySection(ctx: PlanContext): string[] {
  const { answers, p } = ctx;
  const themes = answers.themes ?? [];
  const heading = `## ${singleLine(p.overview)}`;
  if (themes.length === 0) return [heading, singleLine(p.noThemes)];
  const rows = themes.map((theme) => [
    themeLabel(ctx, theme) || p.none,
    theme.rating ? (p.rating[theme.rating] ?? theme.rating) : p.none,
    theme.importance ? (p.importance[theme.importance] ?? theme.importance) : p.none,
    String((theme.actions ?? []).length),
  ]);
  return [
    heading,
    table([p.col.theme, p.col.rating, p.col.importance, p.col.actions], rows, ['left', 'left', 'left', 'right']),
  ];
}

import type { PlanTheme } from '../../report/model.js';
import { block } from '../markdown/escape.js';
import { em, strong, text, type PlanContext } from './context.js';

function questionMarkdown(question: PlanTheme['questions'][number], ctx: PlanContext): string[] {
  const { p } = ctx;
  const parts = [`${strong(p.question(question.number))} ${text(question.question, p)}`];
  if (question.state === 'answered') parts.push(block(question.answer ?? '', '> '));
  else parts.push(em(question.state === 'skipped' ? p.skipped : p.unanswered));
  if (question.discuss) parts.push(em(p.discuss));
  return parts;
}

function themeMarkdown(theme: PlanTheme, ctx: PlanContext): string[] {
  const { p } = ctx;
  const rating = theme.rating ? (p.rating[theme.rating] ?? theme.rating) : p.none;
  const importance = theme.importance ? (p.importance[theme.importance] ?? theme.importance) : p.none;
  return [
    `## ${text(theme.title, p)}`,
    [
      `${strong(p.label(p.ratingLine))} ${text(rating, p)}`,
      `${strong(p.label(p.importanceLine))} ${text(importance, p)}`,
      `${strong(p.label(p.actionsLine))} ${theme.actions}`,
    ].join(' · '),
    ...theme.questions.flatMap((question) => questionMarkdown(question, ctx)),
  ];
}

/** Per theme: its rating and importance, then every question as asked and its answer. */
export function themesSection(ctx: PlanContext): string[] {
  return ctx.plan.themes.flatMap((theme) => themeMarkdown(theme, ctx));
}

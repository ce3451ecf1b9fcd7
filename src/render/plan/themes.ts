import type { QuestionAnswer, ThemeAnswers } from '../../answers/model.js';
import { block } from '../markdown/escape.js';
import { answerState, em, strong, text, themeLabel, type PlanContext } from './context.js';

function answerMarkdown(answer: QuestionAnswer, index: number, ctx: PlanContext): string[] {
  const { p } = ctx;
  const parts = [`${strong(p.question(index + 1))} ${text(answer.question, p)}`];
  const state = answerState(answer);
  if (state === 'answered') parts.push(block(answer.answer ?? '', '> '));
  else parts.push(em(state === 'skipped' ? p.skipped : p.unanswered));
  if (answer.discuss) parts.push(em(p.discuss));
  return parts;
}

function themeMarkdown(theme: ThemeAnswers, ctx: PlanContext): string[] {
  const { p } = ctx;
  const rating = theme.rating ? (p.rating[theme.rating] ?? theme.rating) : p.none;
  const importance = theme.importance ? (p.importance[theme.importance] ?? theme.importance) : p.none;
  return [
    `## ${text(themeLabel(ctx, theme), p)}`,
    [
      `${strong(`${p.ratingLine}:`)} ${text(rating, p)}`,
      `${strong(`${p.importanceLine}:`)} ${text(importance, p)}`,
      `${strong(`${p.actionsLine}:`)} ${(theme.actions ?? []).length}`,
    ].join(' · '),
    ...(theme.answers ?? []).flatMap((answer, index) => answerMarkdown(answer, index, ctx)),
  ];
}

/** Per theme: its rating and importance, then every question as asked and its answer. */
export function themesSection(ctx: PlanContext): string[] {
  return (ctx.answers.themes ?? []).flatMap((theme) => themeMarkdown(theme, ctx));
}


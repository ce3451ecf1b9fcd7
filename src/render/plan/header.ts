import { inline, singleLine } from '../markdown/escape.js';
import { answerState, date, strong, text, themeLabel, type PlanContext } from './context.js';

/** Title, who/when/what as a short list, and a warning when the reflection is not finished. */
export function headerSection(ctx: PlanContext): string[] {
  const { answers, p } = ctx;
  const themes = answers.themes ?? [];
  const item = (label: string, value: string) => `- ${strong(`${label}:`)} ${value}`;
  const questionSet = answers.questionSet
    ? p.questionSetVersion(text(answers.questionSet.title, p), text(answers.questionSet.version, p))
    : inline(p.none);
  const parts = [
    `# ${singleLine(p.title)}`,
    [
      item(p.organisation, text(answers.organisation, p)),
      item(p.date, date(answers.updated ?? '', p)),
      item(p.participant, text(answers.participant, p)),
      item(p.themes, themes.length ? themes.map((theme) => text(themeLabel(ctx, theme), p)).join(', ') : inline(p.none)),
      item(p.questionSet, questionSet),
    ].join('\n'),
  ];
  if (answers.status === 'in-progress') {
    const open = themes.flatMap((theme) => theme.answers ?? []).filter((a) => answerState(a) === 'unanswered').length;
    parts.push(`> ${strong(`${p.inProgressLabel}:`)} ${p.inProgress(open)}`);
  }
  return parts;
}

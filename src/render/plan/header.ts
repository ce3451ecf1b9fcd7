import { inline, singleLine } from '../markdown/escape.js';
import { date, strong, text, type PlanContext } from './context.js';

/** Title, who/when/what as a short list, and a warning when the reflection is not finished. */
export function headerSection(ctx: PlanContext): string[] {
  const { plan, p } = ctx;
  const item = (label: string, value: string) => `- ${strong(p.label(label))} ${value}`;
  const questionSet = plan.questionSet
    ? p.questionSetVersion(text(plan.questionSet.title, p), text(plan.questionSet.version, p))
    : inline(p.none);
  const parts = [
    `# ${singleLine(p.title)}`,
    [
      item(p.organisation, text(plan.organisation, p)),
      item(p.date, date(plan.updated ?? '', p)),
      item(p.participant, text(plan.participant, p)),
      item(p.themes, plan.themes.length ? plan.themes.map((theme) => text(theme.title, p)).join(', ') : inline(p.none)),
      item(p.questionSet, questionSet),
    ].join('\n'),
  ];
  if (plan.status === 'in-progress') parts.push(`> ${strong(p.label(p.inProgressLabel))} ${p.inProgress(plan.openQuestions)}`);
  return parts;
}

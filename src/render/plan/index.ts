import type { AnswersFile } from '../../answers/model.js';
import type { QuestionSet } from '../../content/types.js';
import type { Messages } from '../../i18n/messages.js';
import type { Plan } from '../../report/model.js';
import { buildPlan } from '../../report/plan.js';
import { actionsSection } from './actions.js';
import { agendaSection } from './agenda.js';
import { citationSection } from './citation.js';
import type { PlanContext } from './context.js';
import { markdownDocument } from '../markdown/line.js';
import { focusSection } from './focus.js';
import { headerSection } from './header.js';
import { resourcesSection } from './resources.js';
import { summarySection } from './summary.js';
import { themesSection } from './themes.js';

export { answerState, planAgenda, type AgendaItem, type AgendaQuestion, type AnswerState } from '../../report/plan.js';
export { formatDate } from './context.js';

/**
 * A plan (buildPlan) as Markdown (CommonMark + GFM). Pure: the same inputs give the same bytes (the
 * date shown is the file's `updated`). `set` adds the resources and the set's citation; without it
 * they are left out and the catalogue's citation is used. Whatever the user typed is escaped (see
 * markdown/escape.ts).
 */
export function planMarkdown(plan: Plan, set: QuestionSet | undefined, m: Messages): string {
  const ctx: PlanContext = { plan, set, p: m.plan };
  const blocks = [
    ...headerSection(ctx),
    ...summarySection(ctx),
    ...focusSection(ctx),
    ...actionsSection(ctx),
    ...themesSection(ctx),
    ...agendaSection(ctx),
    ...resourcesSection(plan.themes, set, m.plan),
    ...citationSection(set, m.plan),
  ];
  return markdownDocument(blocks.filter((b) => b !== ''));
}

/**
 * The action plan `reflect` writes for one answers file; `resokit report` of that file renders the
 * same model (see src/report/plan.ts), so it rebuilds exactly these bytes.
 */
export function renderPlanMarkdown(answers: AnswersFile, set: QuestionSet | undefined, m: Messages): string {
  return planMarkdown(buildPlan(answers, set), set, m);
}

import type { AnswersFile } from '../../answers/model.js';
import type { QuestionSet } from '../../content/types.js';
import type { Messages } from '../../i18n/messages.js';
import { actionsSection } from './actions.js';
import { agendaSection } from './agenda.js';
import { citationSection } from './citation.js';
import { planContext } from './context.js';
import { finalizeMarkdown } from '../markdown/line.js';
import { focusSection } from './focus.js';
import { headerSection } from './header.js';
import { resourcesSection } from './resources.js';
import { summarySection } from './summary.js';
import { themesSection } from './themes.js';

export { planAgenda, type AgendaItem, type AgendaQuestion } from './agenda.js';
export { answerState, formatDate, type AnswerState } from './context.js';

/**
 * The action plan of one answers file as Markdown (CommonMark + GFM). Pure: the same inputs give the
 * same bytes (the date shown is `answers.updated`), so `resokit report` rebuilds exactly what
 * `reflect` wrote. `set` adds the resources and the set's citation; without it they are left out
 * and the catalogue's citation is used. Whatever the user typed is escaped (see markdown/escape.ts).
 */
export function renderPlanMarkdown(answers: AnswersFile, set: QuestionSet | undefined, m: Messages): string {
  const ctx = planContext(answers, set, m);
  const blocks = [
    ...headerSection(ctx),
    ...summarySection(ctx),
    ...focusSection(ctx),
    ...actionsSection(ctx),
    ...themesSection(ctx),
    ...agendaSection(ctx),
    ...resourcesSection(ctx),
    ...citationSection(ctx),
  ];
  return finalizeMarkdown(`${blocks.filter((b) => b !== '').join('\n\n')}\n`);
}

import type { Style } from '../cli/style.js';
import type { QuestionSet } from '../content/types.js';
import type { Messages } from '../i18n/messages.js';
import { wrap } from '../text/wrap.js';

/** What this is, the tool's own guidance ("Begin klein en concreet"), and how to stop and resume. */
export function renderWelcome(set: QuestionSet, m: Messages, style: Style, width: number): string {
  const [lead = '', ...rest] = set.guidance.split(/(?<=\.)\s+/);
  return [
    '',
    style.title(m.reflect.welcomeTitle),
    '',
    wrap(m.reflect.welcome(set.title), width),
    '',
    wrap(`${lead} ${rest.join(' ')}`.trim(), width).replace(lead, style.heading(lead)),
    '',
    style.dim(wrap(m.reflect.howToStop, width)),
    '',
    '',
  ].join('\n');
}

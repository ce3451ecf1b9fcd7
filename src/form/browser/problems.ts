import { parseDueDate, typedDate } from '../../text/parse-date.js';
import type { FormData } from '../data.js';
import { formIds as ids } from '../ids.js';
import type { FormMessages } from './messages.js';
import { chosenThemes, type FormState } from './state.js';

/** A problem with one field of the page: shown next to it and, on Save, in the summary at the top. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * What is wrong with a typed due date, if anything (as `reflect` asks for one). A date already in
 * the file (`original`) may lie in the past: it was valid when it was given.
 */
export function dueProblem(text: string, today: string, m: FormMessages, original?: string): string | undefined {
  if (text.trim() === '') return undefined;
  const parsed = parseDueDate(text, today);
  if (parsed.ok) return undefined;
  if (parsed.reason === 'format') return m.reflect.dueFormat;
  if (parsed.reason !== 'invalid') return original !== undefined && text.trim() === typedDate(original) ? undefined : m.reflect.duePast;
  return parsed.notAMonth !== undefined ? m.reflect.dueNotAMonth(parsed.notAMonth, parsed.order) : m.reflect.dueInvalid;
}

/** Everything that stops a download, in the order of the page. Pure. */
export function formProblems(state: FormState, data: FormData, today: string, m: FormMessages): FieldProblem[] {
  const f = m.form;
  const problems: FieldProblem[] = [];
  const { file } = state;
  if (!file.organisation.trim()) problems.push({ field: ids.organisation, message: f.organisationMissing });
  if (!file.participant.trim()) problems.push({ field: ids.participant, message: f.participantMissing });
  for (const action of file.previous?.actions ?? []) {
    if (action.status !== 'open' || !action.reviewed) continue;
    const message = dueProblem(state.dues[action.id] ?? '', today, m, action.due);
    if (message) problems.push({ field: ids.carriedDue(action.id), message });
  }
  if (!data.fixed && state.chosen.length === 0 && data.themes[0]) problems.push({ field: ids.chooseTheme(0), message: f.noThemeChosen });
  for (const theme of chosenThemes(state)) {
    for (const action of theme.actions) {
      const due = state.dues[action.id] ?? '';
      if (!action.what.trim() && (action.who?.trim() || due.trim())) problems.push({ field: ids.actionField(action.id, 'what'), message: f.whatMissing });
      const message = dueProblem(due, today, m, action.due);
      if (message) problems.push({ field: ids.actionField(action.id, 'due'), message });
    }
  }
  const focus = file.focus ?? [];
  if (focus.length > 3) problems.push({ field: ids.focusOption(focus[0]!), message: f.focusAtMostThree });
  return problems;
}

import type { Style } from '../cli/style.js';
import type { QuestionSet } from '../content/types.js';
import type { Messages } from '../i18n/messages.js';
import {
  addAction,
  answerQuestion,
  finishActions,
  markReviewed,
  openActions,
  removeAction,
  saveActionDraft,
  saveDraft,
  setCarriedStatus,
  setDiscuss,
  setFocus,
  setImportance,
  setRating,
  updateAction,
} from '../answers/edit.js';
import {
  actionFields,
  importanceLevels,
  priorities,
  ratingLevels,
  type ActionDraft,
  type ActionField,
  type ActionStatus,
  type AnswersFile,
  type Importance,
  type Priority,
  type Rating,
} from '../answers/model.js';
import { nextStep, pendingDraft, type PendingDraft } from '../answers/progress.js';
import type { Asker } from '../prompts/ask.js';
import { formatDate } from '../text/format-date.js';
import { isoDate } from '../text/parse-date.js';
import { truncate, wrap } from '../text/wrap.js';
import { noteText, resourceText } from '../render/theme-text.js';

export interface WalkthroughDeps {
  ask: Asker;
  print: (text: string) => void;
  /** Autosave: called after every change, before the next question is asked. */
  save: (file: AnswersFile) => Promise<void>;
  set: QuestionSet;
  m: Messages;
  style: Style;
  width: number;
  now: () => Date;
}


/**
 * The walk-through. It owns its pointer: the next step is always derived from the answers file
 * (`nextStep`), so the review can send the participant back to any answer, and a resumed file
 * continues exactly where it stopped.
 */
export async function walkThrough(start: AnswersFile, deps: WalkthroughDeps): Promise<AnswersFile> {
  const { ask, print, m, style, width, now } = deps;
  const r = m.reflect;
  let file = start;
  const introduced = new Set<number>();
  // A finished reflection that changes no longer matches its plan: it is in progress again until
  // its last step, so that a session stopped halfway comes back to the summary, not to "nothing changed".
  const unfinished = (next: AnswersFile): AnswersFile => (next.status === 'complete' ? { ...next, status: 'in-progress' } : next);
  const commit = async (next: AnswersFile, finishing = false) => {
    file = finishing ? next : unfinished(next);
    await deps.save(file);
  };

  const introduceTheme = (index: number) => {
    if (introduced.has(index)) return;
    introduced.add(index);
    const t = file.themes[index]!;
    const theme = deps.set.themes.find((x) => x.id === t.id);
    const lines = ['', style.title(r.themeHeader(index + 1, file.themes.length, t.title))];
    for (const note of theme?.notes ?? []) lines.push(...noteText(note, width, m, style));
    if (theme?.resources?.length) {
      lines.push(style.heading(`  ${m.browse.resources}`));
      for (const resource of theme.resources) lines.push(...resourceText(resource, width, style, '  '));
    }
    print(`${lines.join('\n')}\n`);
  };

  /** `changing`: an answer given before, changed from the review; `restored`: with the text typed last time. */
  const askAnswer = async (themeIndex: number, questionIndex: number, changing: boolean, restored?: string) => {
    const t = file.themes[themeIndex]!;
    const a = t.answers[questionIndex]!;
    const question = deps.set.themes.find((x) => x.id === t.id)?.questions.find((q) => q.id === a.id);
    const head = [style.dim(r.progress(themeIndex + 1, file.themes.length, questionIndex + 1, t.answers.length))];
    // "Ook als dat wil zeggen …" goes on from the question before it: show that one too.
    if (question?.continues && questionIndex > 0) head.push(style.dim(wrap(r.continues(t.answers[questionIndex - 1]!.question), width, '', '')));
    for (const example of question?.examples ?? []) head.push(style.dim(wrap(example, width, '  – ', '    ')));
    if (a.draft && !changing) head.push(style.dim(r.draftRestored));
    print(`\n${head.join('\n')}\n`);
    const text = await ask.multiline(a.question, {
      initial: restored ?? (changing ? (a.answer ?? '') : a.draft),
      changing,
      onDraft: (draft) => {
        file = unfinished(saveDraft(file, themeIndex, questionIndex, draft, now()));
        void deps.save(file);
      },
    });
    // Emptying an answer given before (Ctrl+U, then Enter) would throw it away: only when asked twice.
    const original = changing ? a.answer : undefined;
    const keep =
      original !== undefined &&
      !/\S/.test(text) &&
      !(await ask.select(r.clearAnswerQuestion(questionIndex + 1), [
        { name: r.clearAnswerNo, value: false },
        { name: r.clearAnswerYes, value: true },
      ], false));
    await commit(answerQuestion(file, themeIndex, questionIndex, keep ? original : text, now()));
  };

  const askRating = async (theme: number) => {
    const current = file.themes[theme]!.rating;
    const rating = await ask.select<Rating>(
      r.ratingQuestion(file.themes[theme]!.title),
      [...ratingLevels, 'unknown' as const].map((value) => ({ name: r.ratings[value], value })),
      current,
    );
    await commit(setRating(file, theme, rating, now()));
  };

  const askImportance = async (theme: number) => {
    const current = file.themes[theme]!.importance;
    const importance = await ask.select<Importance>(
      r.importanceQuestion,
      [...[...importanceLevels].reverse(), 'unknown' as const].map((value) => ({ name: r.importance[value], value })),
      current,
    );
    await commit(setImportance(file, theme, importance, now()));
  };

  /** A label in a list, on one line of the terminal (the list's pointer takes two columns). */
  const label = (text: string) => truncate(text, width - 2);

  /**
   * Writes a new action (`start` without id) or changes one, field by field. What stands is saved
   * as a draft at every key, so a stopped session resumes at the field it stopped at, with the text
   * that was on its line.
   */
  const enterAction = async (theme: number, start: ActionDraft) => {
    let draft = start;
    const keep = (next: ActionDraft, save: (f: AnswersFile) => unknown) => {
      draft = next;
      file = unfinished(saveActionDraft(file, theme, draft, now()));
      return save(file);
    };
    const later = (field: ActionField) => actionFields.indexOf(field) >= actionFields.indexOf(start.at);
    const typed = (field: ActionField) => (field === start.at ? start.typing : undefined);
    const onDraft = (at: ActionField) => (typing: string) => void keep({ ...draft, at, typing }, deps.save);
    /** A field given: saved, and the draft moves on to the next one. */
    const give = async (fields: Partial<ActionDraft>, at: ActionField) => {
      const { typing: _typing, ...rest } = { ...draft, ...fields };
      await keep({ ...rest, at }, deps.save);
    };
    if (later('what')) {
      await give({ what: await ask.text(r.actionWhat, { required: true, initial: typed('what') ?? draft.what ?? '', onDraft: onDraft('what') }) }, 'who');
    }
    if (later('who')) {
      await give({ who: await ask.text(r.actionWho, { initial: typed('who') ?? draft.who ?? '', onDraft: onDraft('who') }) }, 'due');
    }
    if (later('due')) {
      const due = await ask.dueDate(r.actionDue, isoDate(now()), {
        ...(draft.due ? { current: draft.due } : {}),
        ...(typed('due') !== undefined ? { typed: typed('due') } : {}),
        onDraft: onDraft('due'),
      });
      const { due: _old, ...rest } = draft;
      draft = rest;
      await give(due ? { due } : {}, 'priority');
    }
    const priority = await ask.select<Priority>(
      r.actionPriority,
      priorities.map((value) => ({ name: r.priorities[value], value })),
      draft.priority ?? 'medium',
    );
    const fields = { what: draft.what ?? '', who: draft.who, due: draft.due, priority };
    const changed = draft.id !== undefined && file.themes[theme]!.actions.some((a) => a.id === draft.id);
    await commit(changed ? updateAction(file, theme, draft.id!, fields, now()) : addAction(file, theme, fields, now()));
  };

  const askAction = (theme: number) => enterAction(theme, { at: 'what' });

  /** The same questions, each starting from what the action says now. */
  const changeAction = (theme: number, id: string) => {
    const { status: _status, ...action } = file.themes[theme]!.actions.find((a) => a.id === id)!;
    return enterAction(theme, { ...action, at: 'what' });
  };

  /** Half-done work of a stopped session, taken up where it stopped. */
  const continueDraft = async (pending: PendingDraft) => {
    const t = file.themes[pending.theme]!;
    introduceTheme(pending.theme);
    if (pending.kind === 'action') {
      print(`\n${style.dim(wrap(r.actionDraftRestored, width))}\n`);
      return enterAction(pending.theme, t.actionDraft!);
    }
    const lines = [style.dim(wrap(r.changeDraftRestored(pending.question + 1), width))];
    // The draft replaces the answer on the line being edited: the answer it would replace is shown.
    const original = t.answers[pending.question]!.answer;
    if (original) lines.push(style.dim(wrap(r.changeOriginal, width)), style.dim(wrap(original, width, '  ')));
    print(`\n${lines.join('\n')}\n`);
    return askAnswer(pending.theme, pending.question, true, t.answers[pending.question]!.draft);
  };

  const askActions = async (theme: number) => {
    print(`\n${style.heading(r.actionsIntro)}\n`);
    for (;;) {
      const more = await ask.select(r.actionMenu(file.themes[theme]!.actions.length), [
        { name: r.addAction, value: true },
        { name: r.noMoreActions, value: false },
      ]);
      if (!more) break;
      await askAction(theme);
    }
    await commit(finishActions(file, theme, now()));
  };

  const askDiscuss = async (theme: number) => {
    const t = file.themes[theme]!;
    const chosen = await ask.checkbox(
      r.discussQuestion,
      t.answers.map((a, i) => ({
        name: `${i + 1}. ${truncate(a.question, width - 24)}${a.answer ? '' : ` ${a.skipped ? r.skipped : r.unanswered}`}`,
        value: a.id,
        checked: a.discuss === true,
      })),
    );
    await commit(setDiscuss(file, theme, chosen, now()));
  };

  const showReview = (theme: number) => {
    const t = file.themes[theme]!;
    const lines = ['', style.title(r.reviewTitle(t.title))];
    t.answers.forEach((a, i) => {
      lines.push(style.heading(wrap(a.question, width, `${i + 1}. `, '   ')));
      lines.push(a.answer ? wrap(a.answer, width, '   ') : style.dim(`   ${a.skipped ? r.skipped : r.unanswered}`));
      if (a.discuss) lines.push(style.accent(`   ↳ ${r.toDiscuss}`));
    });
    lines.push(`${style.heading(`${r.rating}:`)} ${t.rating ? r.ratings[t.rating] : '–'}`);
    lines.push(`${style.heading(`${r.importanceLabel}:`)} ${t.importance ? r.importance[t.importance] : '–'}`);
    // Earlier actions still relevant belong to this theme's work too, though they are changed where they were asked.
    const carried = (file.previous?.actions ?? []).filter((a) => a.theme === t.id && a.status === 'open');
    lines.push(`${style.heading(`${r.actions}:`)} ${t.actions.length + carried.length === 0 ? '–' : ''}`);
    for (const action of t.actions) {
      const meta = [action.who, action.due && formatDate(action.due, m.plan), r.priorities[action.priority]].filter(Boolean).join(' · ');
      lines.push(wrap(`${action.what} (${meta})`, width, '  • ', '    '));
    }
    for (const action of carried) {
      const meta = [r.carriedLabel, action.who, action.due && formatDate(action.due, m.plan)].filter(Boolean).join(' · ');
      lines.push(wrap(`${action.what} (${meta})`, width, '  • ', '    '));
    }
    print(`${lines.join('\n')}\n`);
  };

  type ReviewChoice =
    | { kind: 'continue' }
    | { kind: 'question'; index: number }
    | { kind: 'rating' }
    | { kind: 'importance' }
    | { kind: 'discuss' }
    | { kind: 'add-action' }
    | { kind: 'change-action'; id: string }
    | { kind: 'remove-action'; id: string };

  /** One look at a theme's overview, with one change; true when the participant moves on. */
  const review = async (theme: number): Promise<boolean> => {
    showReview(theme);
    const t = file.themes[theme]!;
    const choice = await ask.select<ReviewChoice>(r.reviewQuestion, [
      { name: r.reviewContinue, value: { kind: 'continue' } },
      ...t.answers.map((a, index) => ({
        name: label(r.reviewChangeQuestion(index + 1, a.question)),
        value: { kind: 'question' as const, index },
      })),
      { name: r.reviewChangeRating, value: { kind: 'rating' } },
      { name: r.reviewChangeImportance, value: { kind: 'importance' } },
      { name: r.reviewChangeDiscuss, value: { kind: 'discuss' } },
      { name: r.reviewAddAction, value: { kind: 'add-action' } },
      ...t.actions.flatMap((a) => [
        { name: label(r.reviewChangeAction(a.what)), value: { kind: 'change-action' as const, id: a.id } },
        { name: label(r.reviewRemoveAction(a.what)), value: { kind: 'remove-action' as const, id: a.id } },
      ]),
    ]);
    switch (choice.kind) {
      case 'continue':
        await commit(markReviewed(file, theme, now()));
        return true;
      case 'question':
        await askAnswer(theme, choice.index, true);
        break;
      case 'rating':
        await askRating(theme);
        break;
      case 'importance':
        await askImportance(theme);
        break;
      case 'discuss':
        await askDiscuss(theme);
        break;
      case 'add-action':
        await askAction(theme);
        break;
      case 'change-action':
        await changeAction(theme, choice.id);
        break;
      case 'remove-action': {
        // One key in a list would otherwise throw away what was written.
        const what = file.themes[theme]!.actions.find((a) => a.id === choice.id)?.what ?? '';
        const remove = await ask.select(r.removeActionQuestion(label(what)), [
          { name: r.removeActionNo, value: false },
          { name: r.removeActionYes, value: true },
        ], false);
        if (remove) await commit(removeAction(file, theme, choice.id, now()));
        break;
      }
    }
    return false;
  };

  // An earlier reflection may be in another language, or of an older set: theme titles as this set says them.
  const titles = new Map(deps.set.themes.map((t) => [t.id, t.title]));
  const carriedTheme = (id: string) => file.previous?.actions.find((a) => a.id === id)?.theme;
  const themeTitleOf = (actionId: string, fallback: string) => titles.get(carriedTheme(actionId) ?? '') ?? fallback;

  const askPrevious = async (index: number) => {
    const previous = file.previous!;
    if (index === 0) {
      print(`\n${style.heading(r.previousIntro(formatDate(previous.date, m.plan), previous.actions.length))}\n`);
    }
    const action = previous.actions[index]!;
    const meta = [themeTitleOf(action.id, action.themeTitle), action.who, action.due && formatDate(action.due, m.plan)].filter(Boolean).join(' · ');
    const status = await ask.select<ActionStatus>(
      `${r.previousQuestion(truncate(action.what, width))} ${style.dim(`(${meta})`)}`,
      (['done', 'open', 'dropped'] as const).map((value) => ({ name: r.previousStatus[value], value })),
      action.reviewed ? action.status : undefined,
    );
    // Still relevant but its date has passed: a plan should not lead with an overdue deadline.
    const today = isoDate(now());
    if (status === 'open' && action.due !== undefined && action.due < today) {
      const due = await ask.dueDate(r.previousNewDue(formatDate(action.due, m.plan)), today);
      return commit(setCarriedStatus(file, index, status, now(), { due }));
    }
    await commit(setCarriedStatus(file, index, status, now()));
  };

  const askFocus = async () => {
    const open = openActions(file);
    const chosen = await ask.checkbox(
      r.focusQuestion,
      open.map(({ action, themeTitle }) => ({
        name: `${truncate(action.what, width - 24)} ${style.dim(`(${themeTitleOf(action.id, themeTitle)})`)}`,
        value: action.id,
        checked: file.focus?.includes(action.id) ?? false,
      })),
      { min: 1, max: 3, minMessage: r.focusAtLeastOne, maxMessage: r.focusAtMostThree },
    );
    await commit(setFocus(file, chosen, now()));
  };

  type SummaryChoice = { kind: 'done' } | { kind: 'theme'; index: number } | { kind: 'focus' };

  /**
   * A finished reflection reopened: any theme's overview (where anything can be changed) and the
   * focus, as often as wanted, until the participant is done.
   */
  const summary = async () => {
    for (;;) {
      const open = openActions(file).length > 0;
      // Removing the focused actions leaves none: a plan starts with a focus, so ask again.
      if (open && (file.focus ?? []).length === 0) await askFocus();
      const choice = await ask.select<SummaryChoice>(r.summaryQuestion, [
        { name: r.summaryDone, value: { kind: 'done' } },
        ...file.themes.map((t, index) => ({ name: label(r.summaryTheme(t.title)), value: { kind: 'theme' as const, index } })),
        ...(open ? [{ name: r.summaryFocus, value: { kind: 'focus' as const } }] : []),
      ]);
      if (choice.kind === 'done') return;
      if (choice.kind === 'focus') await askFocus();
      else while (!(await review(choice.index)));
    }
  };

  for (let pending = pendingDraft(file); pending; pending = pendingDraft(file)) await continueDraft(pending);
  // Reopened, or stopped in the summary of a reopened reflection: nothing is left to ask.
  if (start.status === 'complete' || nextStep(file).kind === 'done') await summary();

  for (;;) {
    const step = nextStep(file);
    switch (step.kind) {
      case 'previous':
        await askPrevious(step.index);
        break;
      case 'question':
        introduceTheme(step.theme);
        await askAnswer(step.theme, step.question, false);
        break;
      case 'rating':
        introduceTheme(step.theme);
        await askRating(step.theme);
        break;
      case 'importance':
        await askImportance(step.theme);
        break;
      case 'actions':
        await askActions(step.theme);
        break;
      case 'discuss':
        await askDiscuss(step.theme);
        break;
      case 'review':
        await review(step.theme);
        break;
      case 'focus':
        await askFocus();
        break;
      case 'done':
        if (file.status !== 'complete') await commit(setFocus(file, file.focus ?? [], now()), true);
        return file;
    }
  }
}

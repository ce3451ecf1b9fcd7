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
  saveDraft,
  setCarriedStatus,
  setDiscuss,
  setFocus,
  setImportance,
  setRating,
} from '../answers/edit.js';
import {
  importanceLevels,
  priorities,
  ratingLevels,
  type ActionStatus,
  type AnswersFile,
  type Importance,
  type Priority,
  type Rating,
} from '../answers/model.js';
import { nextStep } from '../answers/progress.js';
import type { Asker } from '../prompts/ask.js';
import { formatDate } from '../text/format-date.js';
import { isoDate } from '../text/parse-date.js';
import { wrap } from '../text/wrap.js';
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

const preview = (text: string, max = 50) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

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
  const commit = async (next: AnswersFile) => {
    file = next;
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

  const askAnswer = async (themeIndex: number, questionIndex: number, changing: boolean) => {
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
      initial: changing ? (a.answer ?? '') : a.draft,
      changing,
      onDraft: (draft) => {
        file = saveDraft(file, themeIndex, questionIndex, draft, now());
        void deps.save(file);
      },
    });
    await commit(answerQuestion(file, themeIndex, questionIndex, text, now()));
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

  const askAction = async (theme: number) => {
    const what = await ask.text(r.actionWhat, { required: true });
    const who = await ask.text(r.actionWho);
    const due = await ask.dueDate(r.actionDue, isoDate(now()));
    const priority = await ask.select<Priority>(
      r.actionPriority,
      priorities.map((value) => ({ name: r.priorities[value], value })),
      'medium',
    );
    await commit(addAction(file, theme, { what, who, due, priority }, now()));
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
        name: `${i + 1}. ${preview(a.question, width - 20)}${a.answer ? '' : ` ${a.skipped ? r.skipped : r.unanswered}`}`,
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
    lines.push(`${style.heading(`${r.actions}:`)} ${t.actions.length === 0 ? '–' : ''}`);
    for (const action of t.actions) {
      const meta = [action.who, action.due && formatDate(action.due, m.plan), r.priorities[action.priority]].filter(Boolean).join(' · ');
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
    | { kind: 'remove-action'; id: string };

  const review = async (theme: number) => {
    showReview(theme);
    const t = file.themes[theme]!;
    const choice = await ask.select<ReviewChoice>(r.reviewQuestion, [
      { name: r.reviewContinue, value: { kind: 'continue' } },
      ...t.answers.map((a, index) => ({
        name: r.reviewChangeQuestion(index + 1, preview(a.question)),
        value: { kind: 'question' as const, index },
      })),
      { name: r.reviewChangeRating, value: { kind: 'rating' } },
      { name: r.reviewChangeImportance, value: { kind: 'importance' } },
      { name: r.reviewChangeDiscuss, value: { kind: 'discuss' } },
      { name: r.reviewAddAction, value: { kind: 'add-action' } },
      ...t.actions.map((a) => ({ name: r.reviewRemoveAction(preview(a.what)), value: { kind: 'remove-action' as const, id: a.id } })),
    ]);
    switch (choice.kind) {
      case 'continue':
        return commit(markReviewed(file, theme, now()));
      case 'question': {
        return askAnswer(theme, choice.index, true);
      }
      case 'rating':
        return askRating(theme);
      case 'importance':
        return askImportance(theme);
      case 'discuss':
        return askDiscuss(theme);
      case 'add-action':
        return askAction(theme);
      case 'remove-action':
        return commit(removeAction(file, theme, choice.id, now()));
    }
  };

  const askPrevious = async (index: number) => {
    const previous = file.previous!;
    if (index === 0) {
      print(`\n${style.heading(r.previousIntro(formatDate(previous.date, m.plan), previous.actions.length))}\n`);
    }
    const action = previous.actions[index]!;
    const meta = [action.themeTitle, action.who, action.due && formatDate(action.due, m.plan)].filter(Boolean).join(' · ');
    const status = await ask.select<ActionStatus>(
      `${r.previousQuestion(preview(action.what, 70))} ${style.dim(`(${meta})`)}`,
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
        name: `${preview(action.what, 60)} ${style.dim(`(${themeTitle})`)}`,
        value: action.id,
        checked: file.focus?.includes(action.id) ?? false,
      })),
      { min: 1, max: 3, minMessage: r.focusAtLeastOne, maxMessage: r.focusAtMostThree },
    );
    await commit(setFocus(file, chosen, now()));
  };

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
        if (file.status !== 'complete') await commit(setFocus(file, file.focus ?? [], now()));
        return file;
    }
  }
}

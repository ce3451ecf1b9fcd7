import { addAction, answerQuestion, clearAnswer, removeAction, saveDraft, setCarriedStatus, setDiscuss, setImportance, setRating, updateAction } from '../../../answers/edit.js';
import { randomActionId } from '../../../answers/action-id.js';
import type { Action, ActionStatus, AnswersFile, Importance, Priority, Rating } from '../../../answers/model.js';
import { serializeAnswers } from '../../../answers/serialize.js';
import { formatDate } from '../../../text/format-date.js';
import { isoDate, parseDueDate } from '../../../text/parse-date.js';
import { slug } from '../../../text/slug.js';
import type { FormData } from '../../data.js';
import { formIds as ids } from '../../ids.js';
import type { FormMessages } from '../messages.js';
import { dueProblem, formProblems, type FieldProblem } from '../problems.js';
import { readAnswersText, type AnswersReaders } from '../read-answers.js';
import { chosenThemes, focusCandidates, newState, progress, resumeState, savedAnswers, withPrevious, type FormState } from '../state.js';
import { FormStore, type Person, type StoredWork } from './storage.js';

/**
 * The page's script: the questionnaire's fields are a view of one answers file, changed only
 * through the answers core (src/answers/edit.ts), kept in the browser's storage after every change
 * and downloaded as the same YAML that `reflect` writes. Text goes into the page as text only
 * (textContent, value), never as markup.
 */
export function startForm(m: FormMessages, readers: AnswersReaders): void {
  const f = m.form;
  const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T | null;
  const data = JSON.parse(byId(ids.data)!.textContent ?? '{}') as FormData;
  const now = () => new Date();
  const today = () => isoDate(now());
  const store = new FormStore(data.formId);
  document.documentElement.classList.add('js');

  let person: Person = { id: randomActionId().slice(2), name: '' };
  let state: FormState = newState(data, now());
  /** Changes since the last download: leaving the page asks first. */
  let unsaved = false;
  let storeTimer: ReturnType<typeof setTimeout> | undefined;

  const say = (id: string, text: string) => {
    const element = byId(id);
    if (element) element.textContent = text;
  };

  // ——— storage ———
  /**
   * The same form may be open twice (two tabs, a copy of the file): both pages then keep the same
   * person's work. `seen` is the stored write this page's work is, or was made on. A page never
   * stores over a write it has not seen: it takes the other page's write when it has nothing of its
   * own to add (the `storage` listener below), and otherwise keeps its own work apart, as a person
   * of its own. Merging field by field could not settle an answer typed in both; this loses none.
   */
  let seen: string | undefined;
  /** Opened with nothing on this computer, and nothing typed since. */
  let fresh = false;
  const pageId = randomActionId();
  const storeNow = () => {
    storeTimer = undefined;
    if (store.stampOf(person.id) !== seen) {
      person = { id: randomActionId().slice(2), name: '' };
      seen = undefined;
      say(ids.status, f.keptApart);
      renderPeople();
    }
    person = { ...person, name: state.file.participant.trim() };
    const stamp = randomActionId();
    const result = store.save(person, { state, unsaved, stamp, ...(seen ? { base: seen } : {}) });
    // The work may be stored even when the list of people after it is not (storage full).
    if (store.stampOf(person.id) === stamp) seen = stamp;
    if (result === 'full') say(ids.status, f.storageFull);
  };
  const scheduleStore = () => {
    if (storeTimer === undefined) storeTimer = setTimeout(storeNow, 300);
  };

  // ——— changes ———
  const commit = (next: FormState) => {
    fresh = false;
    state = next;
    unsaved = true;
    scheduleStore();
    refresh();
    copyChanged();
  };
  const changeFile = (change: (file: AnswersFile) => AnswersFile) => commit({ ...state, file: change(state.file) });

  // ——— errors next to fields ———
  const showError = (field: string, message: string | undefined) => {
    const error = byId(ids.errorOf(field));
    const input = byId(field);
    if (error) {
      error.textContent = message ?? '';
      error.hidden = message === undefined;
    }
    if (input) {
      if (message === undefined) input.removeAttribute('aria-invalid');
      else input.setAttribute('aria-invalid', 'true');
    }
  };
  const errorSummary = (problems: readonly FieldProblem[]) => {
    const summary = byId(ids.errorSummary)!;
    const list = byId(ids.errorList)!;
    list.replaceChildren(
      ...problems.map((problem) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `#${problem.field}`;
        link.textContent = problem.message;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          byId(problem.field)?.focus();
        });
        item.append(link);
        return item;
      }),
    );
    summary.hidden = problems.length === 0;
    if (problems.length > 0) summary.focus();
  };

  // ——— actions ———
  const actionTemplate = byId<HTMLTemplateElement>(ids.actionTemplate)!;
  const actionRow = (theme: number, action: Action, n: number): HTMLElement => {
    const row = (actionTemplate.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    row.id = ids.actionRow(action.id);
    row.dataset.theme = String(theme);
    row.dataset.action = action.id;
    row.querySelector('legend')!.textContent = f.action(n);
    for (const input of row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-field]')) {
      const field = input.dataset.field!;
      const id = ids.actionField(action.id, field);
      input.id = id;
      row.querySelector<HTMLLabelElement>(`[data-for="${field}"]`)!.htmlFor = id;
      const error = row.querySelector<HTMLElement>(`[data-error="${field}"]`);
      if (error) {
        error.id = ids.errorOf(id);
        input.setAttribute('aria-describedby', error.id);
      }
      if (field === 'what') input.value = action.what;
      if (field === 'who') input.value = action.who ?? '';
      if (field === 'due') input.value = state.dues[action.id] ?? '';
      if (field === 'priority') input.value = action.priority;
    }
    const remove = row.querySelector<HTMLButtonElement>('.remove-action')!;
    remove.textContent = f.removeAction(n);
    return row;
  };
  const renderActions = (theme: number) => {
    const list = byId(ids.actions(theme))?.querySelector('.action-list');
    list?.replaceChildren(...state.file.themes[theme]!.actions.map((action, i) => actionRow(theme, action, i + 1)));
  };
  /** The action's fields as typed; a due date only when it is a real one (else the file keeps the last). */
  const actionFromRow = (row: HTMLElement, previous: Action) => {
    const value = (field: string) => row.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-field="${field}"]`)!.value;
    const typed = value('due');
    const parsed = typed.trim() === '' ? undefined : parseDueDate(typed, today());
    const due = parsed === undefined ? undefined : parsed.ok ? parsed.iso : previous.due;
    return { what: value('what'), who: value('who'), priority: value('priority') as Priority, ...(due ? { due } : {}) };
  };

  // ——— earlier actions (follow-up) ———
  const previousTemplate = byId<HTMLTemplateElement>(ids.previousTemplate)!;
  const renderPrevious = () => {
    const actions = state.file.previous?.actions ?? [];
    byId(ids.previous)!.hidden = actions.length === 0;
    byId(ids.previousList)!.replaceChildren(
      ...actions.map((action) => {
        const row = (previousTemplate.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
        row.id = ids.carried(action.id);
        row.dataset.carried = action.id;
        row.querySelector('legend')!.textContent = m.reflect.previousQuestion(action.what);
        row.querySelector('.carried-theme')!.textContent = f.previousTheme(action.themeTitle);
        const due = row.querySelector<HTMLElement>('.carried-due')!;
        due.textContent = action.due ? f.previousDue(formatDate(action.due, m.plan)) : '';
        due.hidden = !action.due;
        for (const radio of row.querySelectorAll<HTMLInputElement>('[data-status]')) {
          const status = radio.dataset.status!;
          radio.id = ids.carriedStatus(action.id, status);
          radio.name = ids.carried(action.id);
          radio.value = status;
          radio.checked = action.reviewed === true && action.status === status;
          (radio.nextElementSibling as HTMLLabelElement).htmlFor = radio.id;
        }
        const input = row.querySelector<HTMLInputElement>('[data-field="due"]')!;
        input.id = ids.carriedDue(action.id);
        input.value = state.dues[action.id] ?? '';
        const label = row.querySelector<HTMLLabelElement>('[data-for="due"]')!;
        label.htmlFor = input.id;
        // A date that has passed is not kept unless a new one is typed: the question says so, as reflect's does.
        if (action.due && action.due < today()) label.textContent = m.reflect.previousNewDue(formatDate(action.due, m.plan));
        const error = row.querySelector<HTMLElement>('[data-error="due"]')!;
        error.id = ids.errorOf(input.id);
        input.setAttribute('aria-describedby', error.id);
        row.querySelector<HTMLElement>('.new-due')!.hidden = !(action.reviewed && action.status === 'open');
        return row;
      }),
    );
  };

  // ——— derived parts: visibility, printed answers, progress, summary, focus ———
  const renderFocus = () => {
    const candidates = focusCandidates(state);
    const list = byId(ids.focusList)!;
    if (candidates.length === 0) {
      const none = document.createElement('p');
      none.className = 'hint';
      none.textContent = f.focusNone;
      list.replaceChildren(none);
      return;
    }
    const chosen = new Set(state.file.focus ?? []);
    list.replaceChildren(
      ...candidates.map(({ action, themeTitle }) => {
        const item = document.createElement('div');
        item.className = 'check';
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.id = ids.focusOption(action.id);
        box.value = action.id;
        box.checked = chosen.has(action.id);
        box.dataset.focus = action.id;
        const label = document.createElement('label');
        label.htmlFor = box.id;
        label.textContent = `${action.what} (${themeTitle})`;
        item.append(box, label);
        return item;
      }),
    );
  };

  const renderSummary = () => {
    const body = byId(ids.summaryBody)!;
    const themes = chosenThemes(state);
    if (themes.length === 0) {
      const none = document.createElement('p');
      none.textContent = f.summaryNone;
      body.replaceChildren(none);
      return;
    }
    body.replaceChildren(
      ...themes.map((t) => {
        const block = document.createElement('div');
        const title = document.createElement('h3');
        title.textContent = t.title;
        const list = document.createElement('dl');
        const row = (term: string, value: string) => {
          const dt = document.createElement('dt');
          dt.textContent = term;
          const dd = document.createElement('dd');
          dd.textContent = value;
          list.append(dt, dd);
        };
        const given = t.answers.filter((a) => a.answer !== undefined || a.skipped).length;
        row(f.summaryQuestions, `${f.summaryAnswered(given, t.answers.length)} · ${f.summaryDiscuss(t.answers.filter((a) => a.discuss).length)}`);
        row(m.plan.col.rating, t.rating ? m.plan.rating[t.rating] : m.plan.none);
        row(m.plan.col.importance, t.importance ? m.plan.importance[t.importance] : m.plan.none);
        const actions = t.actions.filter((a) => a.what.trim());
        row(m.plan.col.actions, actions.length ? actions.map((a) => a.what.trim()).join(' · ') : f.summaryActions(0));
        const link = document.createElement('a');
        link.href = `#${ids.theme(data.themes.findIndex((x) => x.id === t.id))}`;
        link.textContent = f.change(t.title);
        block.append(title, list, link);
        return block;
      }),
    );
  };

  const refresh = () => {
    const noneChosen = state.chosen.length === 0;
    document.body.classList.toggle('none-chosen', noneChosen);
    data.themes.forEach((t, i) => {
      const section = byId(ids.theme(i));
      if (section) section.hidden = !state.chosen.includes(t.id);
    });
    for (const [i, t] of state.file.themes.entries()) {
      t.answers.forEach((a, j) => {
        const printed = byId(ids.answer(i, j))?.nextElementSibling;
        if (printed) printed.textContent = a.answer ?? (a.skipped ? m.reflect.skipped : '');
      });
    }
    const p = progress(state);
    const bar = byId<HTMLProgressElement>(ids.progressBar)!;
    bar.max = Math.max(p.total, 1);
    bar.value = p.given;
    say(ids.progressText, f.progress(p.given, p.total, p.themes));
    renderSummary();
    renderFocus();
  };

  /** Every field from the state: at the start, after a restore, a switch or an opened file. */
  const fillPage = () => {
    const { file } = state;
    byId<HTMLInputElement>(ids.organisation)!.value = file.organisation;
    byId<HTMLInputElement>(ids.participant)!.value = file.participant;
    data.themes.forEach((t, i) => {
      const box = byId<HTMLInputElement>(ids.chooseTheme(i));
      if (box) box.checked = state.chosen.includes(t.id);
    });
    for (const [i, t] of file.themes.entries()) {
      t.answers.forEach((a, j) => {
        const answer = byId<HTMLTextAreaElement>(ids.answer(i, j));
        if (answer) answer.value = a.answer ?? a.draft ?? '';
        const skip = byId<HTMLInputElement>(ids.skip(i, j));
        if (skip) skip.checked = a.skipped === true;
        const discuss = byId<HTMLInputElement>(ids.discuss(i, j));
        if (discuss) discuss.checked = a.discuss === true;
      });
      for (const radio of document.querySelectorAll<HTMLInputElement>(`input[name="${ids.rating(i)}"]`)) radio.checked = radio.value === t.rating;
      for (const radio of document.querySelectorAll<HTMLInputElement>(`input[name="${ids.importance(i)}"]`)) radio.checked = radio.value === t.importance;
      renderActions(i);
    }
    renderPrevious();
    for (const error of document.querySelectorAll<HTMLElement>('.error')) error.hidden = true;
    for (const field of document.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
    byId(ids.errorSummary)!.hidden = true;
    // The copy box and its messages were about the work shown before.
    byId(ids.copyBlock)!.hidden = true;
    say(ids.saveMessage, '');
    downloaded = undefined;
    refresh();
  };

  // ——— people on this computer ———
  const renderPeople = () => {
    const others = store.index().people.filter((p) => p.id !== person.id);
    byId(ids.people)!.hidden = others.length === 0;
    byId(ids.switchTo)!.replaceChildren(
      ...others.map((p) => {
        const option = document.createElement('option');
        option.value = p.id;
        option.textContent = p.name || f.noName;
        return option;
      }),
    );
  };
  /** Someone else's work from now on; a fresh one is stored at its first change, not before. */
  const becomeNewPerson = (next: FormState, keep: 'now' | 'at-first-change') => {
    if (storeTimer !== undefined) {
      clearTimeout(storeTimer);
      storeNow();
    }
    person = { id: randomActionId().slice(2), name: next.file.participant.trim() };
    seen = undefined;
    fresh = false;
    state = next;
    unsaved = false;
    fillPage();
    if (keep === 'now') storeNow();
    renderPeople();
  };

  // ——— the answers of one question, from its fields ———
  /** The question of an answer, skip or discuss field (ids a3-1, s3-1, d3-1). */
  const questionOf = (id: string, kind: 'a' | 's' | 'd'): { theme: number; question: number } | undefined => {
    const match = /^([asd])(\d+)-(\d+)$/.exec(id);
    if (!match || match[1] !== kind) return undefined;
    const theme = Number(match[2]);
    const question = Number(match[3]);
    return state.file.themes[theme]?.answers[question] ? { theme, question } : undefined;
  };
  const applyAnswer = (q: { theme: number; question: number }) => {
    const text = byId<HTMLTextAreaElement>(ids.answer(q.theme, q.question))!.value;
    const skip = byId<HTMLInputElement>(ids.skip(q.theme, q.question))!;
    changeFile((file) => {
      const t = new Date();
      // Skipped with text in the field: the text stays, as a draft, so nothing typed is lost.
      if (skip.checked) return text.trim() ? saveDraft(answerQuestion(file, q.theme, q.question, '', t), q.theme, q.question, text, t) : answerQuestion(file, q.theme, q.question, '', t);
      return text.trim() ? answerQuestion(file, q.theme, q.question, text, t) : clearAnswer(file, q.theme, q.question, t);
    });
  };

  document.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    const id = target.id;
    if (id === ids.organisation) return changeFile((file) => ({ ...file, organisation: target.value, updated: now().toISOString() }));
    if (id === ids.participant) return changeFile((file) => ({ ...file, participant: target.value, updated: now().toISOString() }));
    const q = questionOf(id, 'a');
    if (q) {
      // Typing an answer means the question is no longer skipped.
      if (target.value.trim()) byId<HTMLInputElement>(ids.skip(q.theme, q.question))!.checked = false;
      return applyAnswer(q);
    }
    const row = target.closest<HTMLElement>('[data-action]');
    if (row) {
      const index = Number(row.dataset.theme);
      const action = state.file.themes[index]!.actions.find((a) => a.id === row.dataset.action);
      if (!action) return;
      const dues = target.dataset.field === 'due' ? { ...state.dues, [action.id]: target.value } : state.dues;
      return commit({ ...state, dues, file: updateAction(state.file, index, action.id, actionFromRow(row, action), now()) });
    }
    const carried = target.closest<HTMLElement>('[data-carried]');
    if (carried && target.dataset.field === 'due') {
      const actions = state.file.previous?.actions ?? [];
      const index = actions.findIndex((a) => a.id === carried.dataset.carried);
      const parsed = target.value.trim() ? parseDueDate(target.value, today()) : undefined;
      // An empty field: no date; a date not (yet) real: the file keeps the one it had.
      const due = parsed === undefined ? { due: undefined } : parsed.ok ? { due: parsed.iso } : undefined;
      const dues = { ...state.dues, [actions[index]!.id]: target.value };
      return commit({ ...state, dues, file: due ? setCarriedStatus(state.file, index, 'open', now(), due) : state.file });
    }
  });

  document.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    const id = target.id;
    if (/^c\d+$/.test(id)) {
      const chosen = data.themes.filter((_, i) => byId<HTMLInputElement>(ids.chooseTheme(i))?.checked).map((t) => t.id);
      if (chosen.length > 0) showError(ids.choose, undefined);
      return commit({ ...state, chosen });
    }
    const skipped = questionOf(id, 's');
    if (skipped) return applyAnswer(skipped);
    const discussed = questionOf(id, 'd');
    if (discussed) {
      const theme = state.file.themes[discussed.theme]!;
      const marked = theme.answers.filter((a, j) => (j === discussed.question ? target.checked : a.discuss)).map((a) => a.id);
      return changeFile((file) => setDiscuss(file, discussed.theme, marked, now()));
    }
    const scale = target.type === 'radio' ? /^([ri])(\d+)$/.exec(target.name) : null;
    if (scale) {
      const index = Number(scale[2]);
      if (!state.file.themes[index]) return;
      if (scale[1] === 'r') changeFile((file) => setRating(file, index, target.value as Rating, now()));
      else changeFile((file) => setImportance(file, index, target.value as Importance, now()));
      return;
    }
    const carried = target.closest<HTMLElement>('[data-carried]');
    if (carried && target.type === 'radio') {
      const actions = state.file.previous?.actions ?? [];
      const index = actions.findIndex((a) => a.id === carried.dataset.carried);
      const status = target.value as ActionStatus;
      changeFile((file) => setCarriedStatus(file, index, status, now()));
      renderPrevious();
      byId(ids.carriedStatus(carried.dataset.carried!, status))?.focus();
      return;
    }
    if (target.dataset.focus) {
      const focus = focusCandidates(state)
        .map(({ action }) => action.id)
        .filter((actionId) => byId<HTMLInputElement>(ids.focusOption(actionId))?.checked);
      changeFile((file) => ({ ...file, focus, updated: now().toISOString() }));
      showError(ids.focus, focus.length > 3 ? f.focusAtMostThree : undefined);
      // The list was made anew: the focus goes back to the box just changed.
      byId(ids.focusOption(target.value))?.focus();
      return;
    }
    // Leaving a field with a value that cannot be right: say so next to it at once.
    if (target.dataset.field === 'due') {
      const actionId = target.closest<HTMLElement>('[data-action]')?.dataset.action ?? target.closest<HTMLElement>('[data-carried]')?.dataset.carried;
      const original = [...chosenThemes(state).flatMap((t) => t.actions), ...(state.file.previous?.actions ?? [])].find((a) => a.id === actionId)?.due;
      showError(target.id, dueProblem(target.value, today(), m, original));
      if (target.dataset.field === 'due') refresh();
      return;
    }
    if (target.dataset.field === 'what') {
      const actionId = target.closest<HTMLElement>('[data-action]')?.dataset.action;
      const problem = formProblems(state, data, today(), m).find((p) => p.field === target.id);
      if (actionId) showError(target.id, problem?.message);
      return;
    }
    if (id === ids.organisation || id === ids.participant) {
      const problem = formProblems(state, data, today(), m).find((p) => p.field === id);
      showError(id, target.value.trim() ? undefined : problem?.message);
      if (id === ids.participant) storeNow();
    }
  });

  document.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target.classList.contains('add-action')) {
      const index = Number(target.id.slice('add'.length));
      commit({ ...state, file: addAction(state.file, index, { what: '', priority: 'medium' }, now()) });
      renderActions(index);
      const actions = state.file.themes[index]!.actions;
      const added = actions[actions.length - 1]!;
      byId(ids.actionField(added.id, 'what'))?.focus();
      return;
    }
    if (target.classList.contains('remove-action')) {
      const row = target.closest<HTMLElement>('[data-action]')!;
      const index = Number(row.dataset.theme);
      const { [row.dataset.action!]: _removed, ...dues } = state.dues;
      commit({ ...state, dues, file: removeAction(state.file, index, row.dataset.action!, now()) });
      renderActions(index);
      byId(ids.addAction(index))?.focus();
      return;
    }
    if (target.id === ids.newParticipant) {
      becomeNewPerson(newState(data, now()), 'at-first-change');
      say(ids.status, f.started);
      byId(ids.organisation)?.focus();
      return;
    }
    if (target.id === ids.switchButton) {
      const id = byId<HTMLSelectElement>(ids.switchTo)!.value;
      const loaded = store.load(id);
      if (!loaded) return;
      storeNow();
      person = store.index().people.find((p) => p.id === id) ?? { id, name: loaded.state.file.participant };
      ({ state, unsaved } = loaded);
      seen = loaded.stamp;
      fresh = false;
      fillPage();
      storeNow();
      renderPeople();
      say(ids.status, f.switched(person.name || f.noName));
      return;
    }
    if (target.id === ids.saveButton) return save();
    if (target.id === ids.copyButton) return copy();
  });

  // ——— opening files ———
  const readChosenFile = async (input: HTMLInputElement, use: (answers: AnswersFile, name: string) => void) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const message = byId(ids.filesMessage)!;
    let text: string;
    try {
      text = await file.text();
    } catch {
      message.textContent = f.notAnswers(file.name);
      return;
    }
    const read = readAnswersText(text, file.name, data.set.id, readers, m);
    if (!read.ok) {
      message.textContent = read.message;
      return;
    }
    use(read.answers, file.name);
  };
  byId<HTMLInputElement>(ids.openAnswers)!.addEventListener('change', (event) =>
    void readChosenFile(event.target as HTMLInputElement, (answers, name) => {
      // Continued here, a file of another language would hold questions in two languages (and read
      // as another version of the set): it is continued in a form of its own language.
      if (answers.questionSet.language !== data.set.language) return say(ids.filesMessage, f.otherLanguage(name, answers.questionSet.language));
      const { state: resumed, setChanged } = resumeState(data, answers, today());
      becomeNewPerson(resumed, 'now');
      const notes = [f.opened(name, answers.participant || f.noName)];
      if (setChanged) notes.push(f.setChanged(answers.questionSet.version, data.set.version));
      if (resumed.kept.length > 0) notes.push(f.keptThemes(resumed.kept.length));
      say(ids.filesMessage, notes.join(' '));
    }),
  );
  byId<HTMLInputElement>(ids.openPrevious)!.addEventListener('change', (event) =>
    void readChosenFile(event.target as HTMLInputElement, (answers, name) => {
      commit(withPrevious(state, data, answers, name, today()));
      fillPage();
      say(ids.filesMessage, f.previousOpened(name, state.file.previous?.actions.length ?? 0));
      byId(ids.previous)?.querySelector('input')?.focus();
    }),
  );

  // ——— saving ———
  /** The checks of a download, shown next to the fields and in the summary: true when there are none. */
  const checked = () => {
    for (const error of document.querySelectorAll<HTMLElement>('.error')) error.hidden = true;
    for (const field of document.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
    const problems = formProblems(state, data, today(), m);
    for (const problem of problems) showError(problem.field, problem.message);
    const focusProblem = problems.find((p) => p.field.startsWith('focus-'));
    if (focusProblem) showError(ids.focus, focusProblem.message);
    const chooseProblem = problems.find((p) => p.field.startsWith('choose-'));
    if (chooseProblem) showError(ids.choose, chooseProblem.message);
    errorSummary(problems);
    return problems.length === 0;
  };
  const answersText = (at: Date) => {
    const answers = savedAnswers(state, at);
    return { answers, text: serializeAnswers(answers, f.answersHeader(isoDate(at))) };
  };
  /** The name of the last download while the copy box holds just that; undefined once something changed. */
  let downloaded: string | undefined;
  /**
   * After a download the copy box stays, as the way out when the download got lost (a blocked one
   * cannot be detected). A change afterwards is not in the download: the box follows the answers,
   * and the message stops calling it the download.
   */
  const copyChanged = () => {
    if (byId(ids.copyBlock)!.hidden) return;
    byId<HTMLTextAreaElement>(ids.copyText)!.value = answersText(now()).text;
    say(ids.copyMessage, '');
    if (downloaded !== undefined) say(ids.saveMessage, f.changedSinceSave(downloaded));
    downloaded = undefined;
  };
  const save = () => {
    if (!checked()) return;
    const at = now();
    const { answers, text } = answersText(at);
    const name = `${m.reflect.fileNames.answers}-${isoDate(at)}-${slug(answers.participant, m.reflect.fileNames.participant)}.yaml`;
    const url = URL.createObjectURL(new Blob([text], { type: 'application/x-yaml' }));
    // Firefox downloads only from a link that is in the document.
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    unsaved = false;
    storeNow();
    say(ids.saveMessage, f.savedAs(name));
    say(ids.copyMessage, '');
    byId<HTMLTextAreaElement>(ids.copyText)!.value = text;
    byId(ids.copyBlock)!.hidden = false;
    downloaded = name;
  };
  const copy = () => {
    if (!checked()) return;
    const area = byId<HTMLTextAreaElement>(ids.copyText)!;
    const fallback = () => {
      area.select();
      say(ids.copyMessage, document.execCommand('copy') ? f.copied : f.copyFailed);
    };
    if (navigator.clipboard) navigator.clipboard.writeText(area.value).then(() => say(ids.copyMessage, f.copied), fallback);
    else fallback();
  };

  window.addEventListener('beforeunload', (event) => {
    if (storeTimer !== undefined) {
      clearTimeout(storeTimer);
      storeNow();
    }
    if (!unsaved) return;
    event.preventDefault();
    event.returnValue = f.unsaved;
  });

  // The sticky progress bar is one line wide, three at 320 px (more with a larger font): what the
  // keyboard or a link brings into view stops below it, whatever its height (WCAG 2.4.11).
  const bar = byId(ids.progress)!;
  new ResizeObserver(() => (document.documentElement.style.scrollPaddingTop = `${bar.offsetHeight + 8}px`)).observe(bar);

  // ——— the same form open in another page ———
  window.addEventListener('storage', (event) => {
    if (event.key === store.key('page')) {
      const other = JSON.parse(event.newValue ?? '{}') as { page?: string; reply?: boolean };
      if (other.page === pageId) return;
      say(ids.status, f.openTwice);
      // The page that just opened hears of this one too.
      if (!other.reply) store.announce(pageId, true);
      return;
    }
    const prefix = store.workKey('');
    if (!event.key?.startsWith(prefix) || !event.newValue) return;
    let theirs: StoredWork;
    try {
      theirs = JSON.parse(event.newValue) as StoredWork;
    } catch {
      return;
    }
    if (fresh) {
      // Both pages opened before anything was typed: the other page's work is this one's too, taken
      // over below as if this page had seen what it was made on.
      const id = event.key.slice(prefix.length);
      person = store.index().people.find((p) => p.id === id) ?? { id, name: '' };
      seen = theirs.base;
      fresh = false;
    }
    if (event.key !== store.workKey(person.id)) return;
    if (theirs.stamp === seen) return;
    say(ids.status, f.openTwice);
    if (storeTimer === undefined && theirs.base === seen) {
      // Nothing here that the other page's write lacks: show it, the keyboard staying where it was.
      const active = document.activeElement?.id;
      ({ state, unsaved } = theirs);
      seen = theirs.stamp;
      fillPage();
      if (active) byId(active)?.focus();
      return;
    }
    // This page has work the other's write lacks: it is stored apart now (storeNow), not lost.
    clearTimeout(storeTimer);
    storeNow();
  });
  store.announce(pageId, false);

  // ——— start: the last person's work on this computer, if any ———
  const index = store.index();
  const last = index.last && store.load(index.last);
  fresh = !last;
  if (last) {
    person = index.people.find((p) => p.id === index.last) ?? person;
    ({ state, unsaved } = last);
    seen = last.stamp;
    const name = state.file.participant.trim();
    say(ids.status, name ? f.restored(name) : f.restoredNoName);
  } else if (!store.available) say(ids.status, f.noStorage);
  fillPage();
  renderPeople();
}

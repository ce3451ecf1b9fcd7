import { describe, expect, it } from 'vitest';
import { addAction, carryActions, newAnswers } from '../../src/answers/edit.js';
import type { AnswersFile } from '../../src/answers/model.js';
import { plainStyle } from '../../src/cli/style.js';
import { nl } from '../../src/i18n/nl/index.js';
import { createAsker } from '../../src/prompts/ask.js';
import { walkThrough } from '../../src/reflect/walkthrough.js';
import { smallSet } from '../fixtures/sets/small-set.js';
import { createScreen } from '../support/screen.js';

const clock = () => new Date('2026-11-27T10:00:00Z');

function start(screen: ReturnType<typeof createScreen>, file: AnswersFile) {
  const saves: AnswersFile[] = [];
  const done = walkThrough(file, {
    ask: createAsker({ input: screen.input, output: screen.output }, nl),
    print: (text) => void screen.output.write(text),
    save: async (next) => void saves.push(next),
    set: smallSet,
    m: nl,
    style: plainStyle,
    width: 80,
    now: clock,
  });
  done.catch((error: unknown) => console.error("walkThrough failed:", error));
  return { done, saves };
}

const themes = [smallSet.themes[0]!, smallSet.themes[1]!];

/** After the questions: first rating, first importance, no actions, nothing to discuss, review as is. */
async function closeThemeQuickly(screen: ReturnType<typeof createScreen>) {
  await screen.next('Waar staat je organisatie vandaag');
  screen.key('enter');
  await screen.next('Hoe belangrijk');
  screen.key('enter');
  await screen.next('Een actie toevoegen?');
  screen.key('down');
  screen.key('enter');
  await screen.next('met het team bespreken');
  screen.key('enter');
  await screen.next('Klopt alles?');
  screen.key('enter');
}
const fresh = () => newAnswers(smallSet, themes, { organisation: 'Vzw De Brug', participant: 'An' }, clock());

/** A theme gone through up to its overview: every question answered, rated, actions and discuss marks done. */
const throughQuestions = (t: AnswersFile['themes'][number]) => ({
  ...t,
  answers: t.answers.map((a) => ({ ...a, answer: 'ja' })),
  rating: 'on-track' as const,
  importance: 'low' as const,
  actionsDone: true,
  discussDone: true,
});
/** A theme gone through, overview included. */
const closed = (t: AnswersFile['themes'][number]) => ({ ...throughQuestions(t), reviewed: true });

describe('the reflect walk-through', () => {
  it('walks two themes: answers, rating, importance, actions, discuss marks, review with a change, focus', async () => {
    const screen = createScreen();
    const { done, saves } = start(screen, fresh());

    await screen.next('Thema 1/2 · Toegankelijkheidsbeleid');
    await screen.next('Thema 1/2 · vraag 1/2');
    screen.type('Ons onthaal | is laagdrempelig');
    screen.key('enter');
    screen.type('maar de website niet');
    screen.key('enter');
    screen.key('enter');
    await screen.next('Thema 1/2 · vraag 2/2');
    screen.key('enter'); // skip
    await screen.next('Waar staat je organisatie vandaag');
    screen.key('down');
    screen.key('enter'); // first steps
    await screen.next('Hoe belangrijk');
    screen.key('enter'); // high
    await screen.next('Een actie toevoegen?');
    screen.key('enter');
    await screen.next('Wat gaan jullie doen?');
    screen.type('Website nalezen op begrijpbaarheid');
    screen.key('enter');
    await screen.next('Wie neemt het op?');
    screen.type('Jonas');
    screen.key('enter');
    await screen.next('Tegen wanneer?');
    screen.type('31/1/2027');
    screen.key('enter');
    await screen.next('Prioriteit?');
    screen.key('enter'); // medium (default)
    await screen.next('1 actie genoteerd');
    screen.key('down');
    screen.key('enter');
    await screen.next('met het team bespreken');
    screen.key('space');
    screen.key('enter');
    await screen.next('Overzicht: Toegankelijkheidsbeleid');
    await screen.next('Klopt alles?');
    screen.key('down');
    screen.key('down');
    screen.key('enter'); // change question 2
    await screen.next('Thema 1/2 · vraag 2/2');
    await screen.next('Vul aan of pas aan');
    screen.type('Bekendheid is ons zwakste punt');
    screen.key('enter');
    screen.key('enter');
    await screen.next('Klopt alles?');
    screen.key('enter');

    await screen.next('Thema 2/2 · Gradueel aanbod');
    await screen.next('Functies van netwerken');
    await screen.next('Inclusietracker');
    await screen.next('Thema 2/2 · vraag 1/2');
    screen.key('enter');
    await screen.next("– Bijvoorbeeld eerst van thuis uit.");
    screen.type('Nog niet');
    screen.key('enter');
    screen.key('enter');
    await screen.next('Waar staat je organisatie vandaag');
    for (let i = 0; i < 4; i++) screen.key('down');
    screen.key('enter'); // weet niet
    await screen.next('Hoe belangrijk');
    screen.key('enter');
    await screen.next('Een actie toevoegen?');
    screen.key('down');
    screen.key('enter');
    await screen.next('met het team bespreken');
    screen.key('enter');
    await screen.next('Klopt alles?');
    screen.key('enter');
    await screen.next('Begin klein');
    screen.key('space');
    screen.key('enter');

    const file = await done;
    expect(file.status).toBe('complete');
    const [first, second] = file.themes;
    expect(file.focus).toEqual([first!.actions[0]!.id]);
    expect(first!.answers.map((a) => a.answer)).toEqual([
      'Ons onthaal | is laagdrempelig\nmaar de website niet',
      'Bekendheid is ons zwakste punt',
    ]);
    expect(first!.answers[0]!.discuss).toBe(true);
    expect(first!.answers[1]!.skipped).toBeUndefined();
    expect(first).toMatchObject({ rating: 'first-steps', importance: 'high', reviewed: true });
    expect(first!.actions).toEqual([
      { id: expect.stringMatching(/^a-[a-z2-7]{10}$/), what: 'Website nalezen op begrijpbaarheid', who: 'Jonas', due: '2027-01-31', priority: 'medium', status: 'open' },
    ]);
    expect(second!.answers).toEqual([
      { id: 'sociaal-vaardig', question: smallSet.themes[1]!.questions[0]!.text, skipped: true },
      { id: 'gradueel', question: smallSet.themes[1]!.questions[1]!.text, answer: 'Nog niet' },
    ]);
    expect(second).toMatchObject({ rating: 'unknown', actions: [], reviewed: true });
    // Autosave: the first answer was saved before the second question was asked.
    const firstSaved = saves.findIndex((s) => s.themes[0]!.answers[0]!.answer !== undefined);
    expect(firstSaved).toBeGreaterThanOrEqual(0);
    expect(saves[firstSaved]!.themes[0]!.answers[1]!.answer).toBeUndefined();
  });

  it('continues a resumed file at the first unanswered question, with the interrupted draft restored', async () => {
    const screen = createScreen();
    const file = fresh();
    file.themes[0]!.answers[0]!.answer = 'al beantwoord';
    file.themes[0]!.answers[1]!.draft = 'half getypt';
    const { done } = start(screen, { ...file, themes: [file.themes[0]!] });
    await screen.next('Thema 1/1 · vraag 2/2');
    await screen.next('Wat je de vorige keer al typte, staat klaar.');
    await screen.next('half getypt');
    screen.type(' en afgewerkt');
    screen.key('enter');
    screen.key('enter');
    await closeThemeQuickly(screen);
    const result = await done;
    expect(result.themes[0]!.answers.map((a) => a.answer)).toEqual(['al beantwoord', 'half getypt en afgewerkt']);
    expect(result.themes[0]!.answers[1]!.draft).toBeUndefined();
    expect(result.status).toBe('complete');
    expect(result.focus).toEqual([]);
  });

  it('saves an action as it is typed, field by field, so that a stop loses none of it', async () => {
    const screen = createScreen();
    const file = fresh();
    const theme = { ...file.themes[0]!, answers: file.themes[0]!.answers.map((a) => ({ ...a, skipped: true })), rating: 'unknown' as const, importance: 'low' as const };
    const { saves } = start(screen, { ...file, themes: [theme] });
    await screen.next('Een actie toevoegen?');
    screen.key('enter');
    await screen.next('Wat gaan jullie doen?');
    screen.type('Buurtkoffie');
    await screen.next('Buurtkoffie');
    expect(saves.at(-1)!.themes[0]!.actionDraft).toEqual({ at: 'what', typing: 'Buurtkoffie' });
    screen.key('enter');
    await screen.next('Wie neemt het op?');
    screen.type('Jo');
    await screen.next('Jo');
    expect(saves.at(-1)!.themes[0]!.actionDraft).toEqual({ what: 'Buurtkoffie', at: 'who', typing: 'Jo' });
    screen.key('enter');
    await screen.next('Tegen wanneer?');
    screen.type('31/1/20');
    await screen.next('31/1/20');
    expect(saves.at(-1)!.themes[0]!.actionDraft).toEqual({ what: 'Buurtkoffie', who: 'Jo', at: 'due', typing: '31/1/20' });
    screen.type('27');
    screen.key('enter');
    await screen.next('Prioriteit?');
    expect(saves.at(-1)!.themes[0]!.actionDraft).toEqual({ what: 'Buurtkoffie', who: 'Jo', due: '2027-01-31', at: 'priority' });
    screen.key('enter');
    await screen.next('1 actie genoteerd');
    expect(saves.at(-1)!.themes[0]!.actionDraft).toBeUndefined();
    expect(saves.at(-1)!.themes[0]!.actions).toMatchObject([{ what: 'Buurtkoffie', who: 'Jo', due: '2027-01-31', priority: 'medium' }]);
  });

  it.each([
    ['what', { at: 'what', typing: 'Buurtkof' }, 'Wat gaan jullie doen? Buurtkof', 'fie', ['Wie neemt het op?', 'Tegen wanneer?'], { what: 'Buurtkoffie' }],
    ['who', { what: 'Buurtkoffie', at: 'who', typing: 'Jo' }, 'Wie neemt het op? (leeg = nog te bepalen) Jo', 'nas', ['Tegen wanneer?'], { what: 'Buurtkoffie', who: 'Jonas' }],
    ['due', { what: 'Buurtkoffie', at: 'due', typing: '31/1/20' }, `${nl.reflect.actionDue} 31/1/20`, '27', [], { what: 'Buurtkoffie', due: '2027-01-31' }],
  ] as const)('resumes a new action stopped at %s: the fields given are kept and the line typed is back', async (_field, draft, line, more, rest, expected) => {
    const screen = createScreen();
    const file = fresh();
    const theme = { ...file.themes[0]!, answers: file.themes[0]!.answers.map((a) => ({ ...a, skipped: true })), rating: 'unknown' as const, importance: 'low' as const, actionDraft: { ...draft } };
    const { done } = start(screen, { ...file, themes: [theme] });
    await screen.next(nl.reflect.actionDraftRestored);
    await screen.next(line);
    screen.type(more);
    screen.key('enter');
    for (const prompt of [...rest, 'Prioriteit?']) {
      await screen.next(prompt);
      screen.key('enter');
    }
    await screen.next('1 actie genoteerd');
    screen.key('down');
    screen.key('enter');
    await screen.next('met het team bespreken');
    screen.key('enter');
    await screen.next('Klopt alles?');
    screen.key('enter');
    await screen.next('Begin klein');
    screen.key('space');
    screen.key('enter');
    const result = await done;
    expect(result.themes[0]!.actionDraft).toBeUndefined();
    expect(result.themes[0]!.actions).toEqual([{ id: expect.stringMatching(/^a-/), ...expected, priority: 'medium', status: 'open' }]);
  });

  it('resumes an action being changed in a finished reflection: same id, the typed line back, then the summary', async () => {
    const screen = createScreen();
    let file = fresh();
    file = addAction(file, 0, { what: 'Huisbezoeken', who: 'Sara', priority: 'high' }, clock(), () => 'a-huis');
    const theme = {
      ...file.themes[0]!,
      answers: file.themes[0]!.answers.map((a) => ({ ...a, skipped: true })),
      rating: 'unknown' as const,
      importance: 'low' as const,
      actionsDone: true,
      discussDone: true,
      reviewed: true,
      actionDraft: { id: 'a-huis', what: 'Huisbezoeken bij nieuwe buren', who: 'Sara', priority: 'high' as const, at: 'who' as const, typing: 'Sara en Jo' },
    };
    const { done } = start(screen, { ...file, themes: [theme], focus: ['a-huis'], status: 'complete' });
    await screen.next(nl.reflect.actionDraftRestored);
    await screen.next('Wie neemt het op? (leeg = nog te bepalen) Sara en Jo');
    screen.key('enter');
    await screen.next('Tegen wanneer?');
    screen.key('enter');
    await screen.next('Prioriteit?');
    screen.key('enter');
    await screen.next(nl.reflect.summaryQuestion);
    screen.key('enter');
    const result = await done;
    expect(result.themes[0]!.actionDraft).toBeUndefined();
    expect(result.themes[0]!.actions).toEqual([{ id: 'a-huis', what: 'Huisbezoeken bij nieuwe buren', who: 'Sara en Jo', priority: 'high', status: 'open' }]);
    expect(result.focus).toEqual(['a-huis']);
  });

  it('resumes an answer being changed in the review with the text typed then, not the old answer', async () => {
    const screen = createScreen();
    const file = fresh();
    const answers = file.themes[0]!.answers.map((a, i) => (i === 0 ? { ...a, answer: 'Oud antwoord', draft: 'Oud antwoord, aangevuld' } : { ...a, skipped: true }));
    const theme = { ...file.themes[0]!, answers, rating: 'unknown' as const, importance: 'low' as const, actionsDone: true, discussDone: true };
    const { done, saves } = start(screen, { ...file, themes: [theme] });
    await screen.next('Je was je antwoord op vraag 1 aan het wijzigen');
    await screen.next('Oud antwoord, aangevuld');
    screen.type(' en af');
    screen.key('enter');
    screen.key('enter');
    await screen.next('Klopt alles?');
    expect(saves.at(-1)!.themes[0]!.answers[0]).toMatchObject({ answer: 'Oud antwoord, aangevuld en af' });
    expect(saves.at(-1)!.themes[0]!.answers[0]!.draft).toBeUndefined();
    screen.key('enter');
    const result = await done;
    expect(result.themes[0]!.answers[0]!.answer).toBe('Oud antwoord, aangevuld en af');
  });

  it('resuming an answer being changed shows the answer it would replace', async () => {
    const screen = createScreen();
    const file = fresh();
    const answers = file.themes[0]!.answers.map((a, i) => (i === 0 ? { ...a, answer: 'Het eerste antwoord, twee zinnen lang.', draft: 'Nieuw half' } : { ...a, skipped: true }));
    const theme = { ...file.themes[0]!, answers, rating: 'unknown' as const, importance: 'low' as const, actionsDone: true, discussDone: true };
    start(screen, { ...file, themes: [theme] });
    await screen.next('Je was je antwoord op vraag 1 aan het wijzigen');
    await screen.next(nl.reflect.changeOriginal);
    await screen.next('Het eerste antwoord, twee zinnen lang.');
    await screen.next('Nieuw half');
  });

  it.each([
    ['No keeps the answer given before', [] as const, { answer: 'Oud antwoord' }],
    ['Yes clears it: the question counts as skipped', ['down'] as const, { skipped: true }],
  ])('emptying an answer in the review asks first: %s', async (_name, choice, expected) => {
    const screen = createScreen();
    const file = fresh();
    const answers = file.themes[0]!.answers.map((a, i) => (i === 0 ? { ...a, answer: 'Oud antwoord' } : { ...a, skipped: true }));
    const theme = { ...file.themes[0]!, answers, rating: 'unknown' as const, importance: 'low' as const, actionsDone: true, discussDone: true };
    const { done } = start(screen, { ...file, themes: [theme] });
    await screen.next('Klopt alles?');
    screen.key('down');
    screen.key('enter');
    await screen.next('Oud antwoord');
    for (let i = 0; i < 'Oud antwoord'.length; i++) screen.key('backspace');
    screen.key('enter');
    await screen.next(nl.reflect.clearAnswerQuestion(1));
    for (const key of choice) screen.key(key);
    screen.key('enter');
    await screen.next('Klopt alles?');
    screen.key('enter');
    const result = await done;
    const { id: _id, question: _question, ...answer } = result.themes[0]!.answers[0]!;
    expect(answer).toEqual(expected);
  });

  it('removing an action in the review asks first: No keeps it, Yes removes it', async () => {
    const screen = createScreen();
    let file = fresh();
    file = addAction(file, 0, { what: 'Huisbezoeken', priority: 'medium' }, clock(), () => 'a-huis');
    const theme = throughQuestions(file.themes[0]!);
    const { done, saves } = start(screen, { ...file, themes: [theme] });
    const remove = async (answer: 'no' | 'yes') => {
      await screen.next('Actie schrappen: Huisbezoeken');
      for (let i = 0; i < 8; i++) screen.key('down');
      screen.key('enter');
      await screen.next(nl.reflect.removeActionQuestion('Huisbezoeken'));
      if (answer === 'yes') screen.key('down');
      screen.key('enter');
    };
    await screen.next('Klopt alles?');
    await remove('no');
    await screen.next('Klopt alles?');
    expect(saves.at(-1)?.themes[0]!.actions.map((a) => a.id) ?? ['a-huis']).toEqual(['a-huis']);
    await remove('yes');
    await screen.next('Klopt alles?');
    screen.key('enter');
    const result = await done;
    expect(result.themes[0]!.actions).toEqual([]);
  });

  it('changes an action in the review (what, who, when, priority), keeping its id and its place', async () => {
    const screen = createScreen();
    let file = fresh();
    file = addAction(file, 0, { what: 'Huisbezoeken', who: 'Sara', due: '2027-03-01', priority: 'medium' }, clock(), () => 'a-huis');
    file = addAction(file, 0, { what: 'Koffie', priority: 'low' }, clock(), () => 'a-koffie');
    const theme = throughQuestions(file.themes[0]!);
    const { done } = start(screen, { ...file, themes: [theme] });
    await screen.next('Klopt alles?');
    await screen.next('Actie aanpassen: Huisbezoeken');
    await screen.next('Actie schrappen: Huisbezoeken');
    for (let i = 0; i < 7; i++) screen.key('down');
    screen.key('enter');
    await screen.next('Wat gaan jullie doen? Huisbezoeken');
    screen.type(' bij nieuwe buren');
    screen.key('enter');
    await screen.next('Wie neemt het op? (leeg = nog te bepalen) Sara');
    for (let i = 0; i < 4; i++) screen.key('backspace');
    screen.key('enter'); // emptied: no owner any more
    await screen.next(`${nl.reflect.actionDue} 01/03/2027`);
    for (let i = 0; i < 10; i++) screen.key('backspace');
    screen.type('15/4/2027');
    screen.key('enter');
    await screen.next('Prioriteit?');
    screen.key('down');
    screen.key('enter'); // from medium to low
    await screen.next('Klopt alles?');
    await screen.next('Actie aanpassen: Huisbezoeken bij nieuwe buren');
    screen.key('enter');
    await screen.next('Begin klein');
    screen.key('space');
    screen.key('enter');
    const result = await done;
    expect(result.themes[0]!.actions).toEqual([
      { id: 'a-huis', what: 'Huisbezoeken bij nieuwe buren', due: '2027-04-15', priority: 'low', status: 'open' },
      { id: 'a-koffie', what: 'Koffie', priority: 'low', status: 'open' },
    ]);
    expect(result.focus).toEqual(['a-huis']);
  });

  it('keeps an action as it was when every answer of the change is Enter, also a date that has passed since', async () => {
    const screen = createScreen();
    let file = fresh();
    file = addAction(file, 0, { what: 'Huisbezoeken', who: 'Sara', due: '2026-10-01', priority: 'high' }, clock(), () => 'a-huis');
    const theme = { ...file.themes[0]!, answers: file.themes[0]!.answers.map((a) => ({ ...a, skipped: true })), rating: 'unknown' as const, importance: 'low' as const, actionsDone: true, discussDone: true };
    const { done } = start(screen, { ...file, themes: [theme], focus: ['a-huis'] });
    await screen.next('Klopt alles?');
    for (let i = 0; i < 7; i++) screen.key('down');
    screen.key('enter');
    for (const prompt of ['Wat gaan jullie doen?', 'Wie neemt het op?', 'Tegen wanneer?', 'Prioriteit?']) {
      await screen.next(prompt);
      screen.key('enter');
    }
    await screen.next('Klopt alles?');
    screen.key('enter');
    const result = await done;
    expect(result.themes[0]!.actions).toEqual([{ id: 'a-huis', what: 'Huisbezoeken', who: 'Sara', due: '2026-10-01', priority: 'high', status: 'open' }]);
  });

  it('reopens a finished reflection at its summary: any theme can be changed, and a removed focus is asked again', async () => {
    const screen = createScreen();
    let file = fresh();
    file = addAction(file, 0, { what: 'Huisbezoeken', priority: 'medium' }, clock(), () => 'a-huis');
    file = addAction(file, 1, { what: 'Koffie', priority: 'low' }, clock(), () => 'a-koffie');
    const finished = { ...file, status: 'complete' as const, focus: ['a-huis'], themes: file.themes.map(closed) };
    const { done } = start(screen, finished);
    await screen.next('Wat wil je nakijken of wijzigen?');
    await screen.next('Thema nakijken: Gradueel aanbod');
    await screen.next('De focus wijzigen');
    screen.key('down');
    screen.key('enter'); // the first theme
    await screen.next('Overzicht: Toegankelijkheidsbeleid');
    await screen.next('Klopt alles?');
    screen.key('down');
    screen.key('down');
    screen.key('down');
    screen.key('enter'); // where you stand
    await screen.next('Waar staat je organisatie vandaag');
    screen.key('down');
    screen.key('enter'); // on track → embedded
    await screen.next('Klopt alles?');
    for (let i = 0; i < 8; i++) screen.key('down');
    screen.key('enter'); // remove Huisbezoeken, the focus
    await screen.next(nl.reflect.removeActionQuestion('Huisbezoeken'));
    screen.key('down');
    screen.key('enter'); // yes
    await screen.next('Klopt alles?');
    screen.key('enter');
    // The focus is gone with its action: asked again before the summary.
    await screen.next('Begin klein');
    screen.key('space');
    screen.key('enter');
    await screen.next('Wat wil je nakijken of wijzigen?');
    screen.key('enter'); // done
    const result = await done;
    expect(result.status).toBe('complete');
    expect(result.themes.map((t) => t.rating)).toEqual(['embedded', 'on-track']);
    expect(result.themes[0]!.actions).toEqual([]);
    expect(result.focus).toEqual(['a-koffie']);
    expect(screen.text()).not.toContain('Thema 1/2 · vraag');
  });

  it('a reopened reflection changed and stopped in the summary is in progress again, and resumes at its summary', async () => {
    const screen = createScreen();
    let file = fresh();
    file = addAction(file, 0, { what: 'Huisbezoeken', priority: 'medium' }, clock(), () => 'a-huis');
    const finished = { ...file, status: 'complete' as const, focus: ['a-huis'], themes: file.themes.map(closed) };
    const { saves } = start(screen, finished);
    await screen.next('Wat wil je nakijken of wijzigen?');
    screen.key('down');
    screen.key('enter'); // the first theme
    await screen.next('Klopt alles?');
    screen.key('down');
    screen.key('down');
    screen.key('down');
    screen.key('enter'); // where you stand
    await screen.next('Waar staat je organisatie vandaag');
    screen.key('down');
    screen.key('enter');
    await screen.next('Klopt alles?');
    // Stopped here: the plan no longer says what the file says.
    const stopped = saves.at(-1)!;
    expect(stopped.status).toBe('in-progress');
    expect(stopped.themes[0]!.rating).toBe('embedded');

    const again = createScreen();
    const { done } = start(again, stopped);
    await again.next('Wat wil je nakijken of wijzigen?');
    again.key('enter'); // done
    const result = await done;
    expect(result.status).toBe('complete');
    expect(result.themes[0]!.rating).toBe('embedded');
    expect(again.text()).not.toContain('vraag 1/');
  });

  it('reopens a finished reflection and leaves it as it was when done at once', async () => {
    const screen = createScreen();
    const file = fresh();
    const finished = {
      ...file,
      status: 'complete' as const,
      focus: [],
      themes: file.themes.map((t) => ({ ...t, answers: t.answers.map((a) => ({ ...a, skipped: true })), rating: 'unknown' as const, importance: 'unknown' as const, actionsDone: true, discussDone: true, reviewed: true })),
    };
    const { done, saves } = start(screen, finished);
    await screen.next('Wat wil je nakijken of wijzigen?');
    expect(screen.text()).not.toContain('De focus wijzigen'); // no actions: no focus to change
    screen.key('enter');
    expect(await done).toEqual(finished);
    expect(saves).toEqual([]);
  });

  it('asks for one to three focus actions and refuses none', async () => {
    const screen = createScreen();
    const file = fresh();
    const theme = {
      ...file.themes[0]!,
      answers: file.themes[0]!.answers.map((a) => ({ ...a, skipped: true })),
      rating: 'on-track' as const,
      importance: 'low' as const,
      actionsDone: true,
      discussDone: true,
      reviewed: true,
      actions: [1, 2, 3, 4].map((n) => ({ id: `a${n}`, what: `Actie ${n}`, priority: 'low' as const, status: 'open' as const })),
    };
    const { done } = start(screen, { ...file, themes: [theme] });
    await screen.next('Begin klein');
    screen.key('enter');
    await screen.next('Kies minstens één actie.');
    for (let i = 0; i < 4; i++) {
      screen.key('space');
      screen.key('down');
    }
    screen.key('enter');
    await screen.next('Kies er hoogstens drie');
    screen.key('space'); // the cursor stayed on the fourth: unmark it
    screen.key('enter');
    expect((await done).focus).toEqual(['a1', 'a2', 'a3']);
  });

  it('with --previous: first asks what became of each earlier action, and offers the relevant ones as focus', async () => {
    const screen = createScreen();
    let earlier = newAnswers(smallSet, [smallSet.themes[0]!], { organisation: 'Vzw De Brug', participant: 'An' }, clock());
    earlier = addAction(earlier, 0, { what: 'Folder herschrijven', priority: 'high' }, clock(), () => 'a-folder');
    earlier = addAction(earlier, 0, { what: 'Onthaal opleiden', who: 'Jo', due: '2026-09-30', priority: 'low' }, clock(), () => 'a-onthaal');
    const file = carryActions(newAnswers(smallSet, [smallSet.themes[2]!], { organisation: 'Vzw De Brug', participant: 'An' }, clock()), earlier, 'vorige.yaml');
    const { done } = start(screen, file);
    await screen.next('stelden jullie 2 acties voor');
    await screen.next('“Folder herschrijven”');
    screen.key('enter'); // done
    await screen.next('“Onthaal opleiden”');
    screen.key('down');
    screen.key('enter'); // still relevant, but its date has passed
    await screen.next('De datum (30 september 2026) is voorbij. Nieuwe datum?');
    screen.type('31/1/2027');
    screen.key('enter');
    await screen.next('Thema 1/1 · vraag 1/1');
    screen.key('enter');
    await closeThemeQuickly(screen);
    await screen.next('Begin klein');
    await screen.next('Onthaal opleiden (Toegankelijkheidsbeleid)');
    screen.key('space');
    screen.key('enter');
    const result = await done;
    expect(result.previous!.actions.map((a) => [a.id, a.what, a.status, a.due])).toEqual([
      ['a-folder', 'Folder herschrijven', 'done', undefined],
      ['a-onthaal', 'Onthaal opleiden', 'open', '2027-01-31'],
    ]);
    expect(result.focus).toEqual(['a-onthaal']);
    expect(screen.text()).not.toContain('Folder herschrijven (Toegankelijkheidsbeleid)');
  });

  it('with --previous: an earlier action still relevant is listed in its theme’s overview', async () => {
    const screen = createScreen();
    let earlier = newAnswers(smallSet, [smallSet.themes[0]!], { organisation: 'Vzw De Brug', participant: 'An' }, clock());
    earlier = addAction(earlier, 0, { what: 'Onthaal opleiden', who: 'Jo', priority: 'low' }, clock(), () => 'a-onthaal');
    const file = carryActions(newAnswers(smallSet, [smallSet.themes[0]!], { organisation: 'Vzw De Brug', participant: 'An' }, clock()), earlier, 'vorige.yaml');
    start(screen, file);
    await screen.next('“Onthaal opleiden”');
    screen.key('down');
    screen.key('enter'); // still relevant
    await screen.next('Thema 1/1 · vraag 1/2');
    screen.key('enter');
    await screen.next('Thema 1/1 · vraag 2/2');
    screen.key('enter');
    await screen.next('Waar staat je organisatie vandaag');
    screen.key('enter');
    await screen.next('Hoe belangrijk');
    screen.key('enter');
    await screen.next('Een actie toevoegen?');
    screen.key('down');
    screen.key('enter');
    await screen.next('met het team bespreken');
    screen.key('enter');
    await screen.next('Klopt alles?');
    expect(screen.text()).toContain('• Onthaal opleiden (van de vorige keer · Jo)');
  });

  it('with --previous from a reflection in another language: earlier actions show the theme as this set names it', async () => {
    const screen = createScreen();
    const english = { ...smallSet.themes[0]!, title: 'Accessibility policy' };
    let earlier = newAnswers(smallSet, [english], { organisation: 'The Bridge', participant: 'Ann' }, clock());
    earlier = addAction(earlier, 0, { what: 'Train the reception', due: '2027-09-30', priority: 'low' }, clock(), () => 'a-train');
    const file = carryActions(newAnswers(smallSet, [smallSet.themes[2]!], { organisation: 'Vzw De Brug', participant: 'An' }, clock()), earlier, 'earlier.yaml');
    const { done } = start(screen, file);
    await screen.next('(Toegankelijkheidsbeleid · 30 september 2027)');
    screen.key('down');
    screen.key('enter'); // still relevant
    await screen.next('Thema 1/1 · vraag 1/1');
    screen.key('enter');
    await closeThemeQuickly(screen);
    await screen.next('Train the reception (Toegankelijkheidsbeleid)');
    screen.key('space');
    screen.key('enter');
    await done;
    expect(screen.text()).not.toContain('Accessibility policy');
  });
});

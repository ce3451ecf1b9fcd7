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
    await screen.next('1 actie(s) genoteerd');
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
    await screen.next('stelden jullie 2 actie(s) voor');
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
});

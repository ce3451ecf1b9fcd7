import { render } from '@inquirer/testing';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { multilineInput, textWindow } from '../../src/prompts/multiline-input.js';

/** Typing is drawn once per turn of the event loop (so a paste is not drawn per character). */
const drawn = () => new Promise((resolve) => setImmediate(resolve));

const config = { message: 'Hoe toegankelijk zijn medewerkers voor een gesprek?', help: 'Enter op een lege regel = klaar' };

describe('multilineInput', () => {
  it('takes several lines and finishes on an empty line', async () => {
    const drafts: string[] = [];
    const { answer, events, getScreen } = await render(multilineInput, { ...config, onDraft: (d: string) => drafts.push(d) });
    events.type('Elke dinsdag is er koffie.');
    events.keypress('enter');
    events.type('Maar niemand spreekt de mensen aan.');
    events.keypress('enter');
    await drawn();
    expect(getScreen()).toContain('  Elke dinsdag is er koffie.\n  Maar niemand spreekt de mensen aan.');
    expect(getScreen()).toContain('Enter op een lege regel = klaar');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Elke dinsdag is er koffie.\nMaar niemand spreekt de mensen aan.');
    expect(drafts.at(-1)).toBe('Elke dinsdag is er koffie.\nMaar niemand spreekt de mensen aan.');
  });

  it('hands over the whole text on every change, the line being typed too, once per turn', async () => {
    const drafts: string[] = [];
    const { answer, events } = await render(multilineInput, { ...config, onDraft: (d: string) => drafts.push(d) });
    events.type('Elke dinsdag');
    await drawn();
    expect(drafts).toEqual(['Elke dinsdag']);
    events.keypress('enter');
    await drawn();
    expect(drafts).toEqual(['Elke dinsdag']); // a new empty line changes nothing worth saving
    events.type('koffie');
    await drawn();
    expect(drafts).toEqual(['Elke dinsdag', 'Elke dinsdag\nkoffie']);
    events.keypress('enter');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Elke dinsdag\nkoffie');
  });

  it('moves between the lines with Up and Down, keeping the column where it can', async () => {
    const { answer, events, getScreen } = await render(multilineInput, config);
    events.type('een');
    events.keypress('enter');
    events.type('twee');
    events.keypress('enter');
    events.type('drie');
    events.keypress('up');
    events.keypress('up');
    events.type(' plus');
    await drawn();
    // The lines under the one being edited stay on screen, in order.
    expect(getScreen()).toContain('  een plus\n  twee\n  drie');
    events.keypress('down');
    events.type('!');
    events.keypress('down');
    events.keypress('down'); // past the last line: nothing happens
    events.type('?');
    events.keypress('up');
    events.keypress('up');
    events.keypress('up');
    events.keypress('up'); // past the first line: nothing happens
    events.type('>');
    events.keypress('end');
    events.keypress('down');
    events.keypress('down');
    events.keypress('end');
    events.keypress('enter');
    events.keypress('enter');
    await expect(answer).resolves.toBe('een p>lus\ntwee!\ndrie?');
  });

  it('puts a paste into the middle of a line at the cursor (readline would append it)', async () => {
    const { answer, input } = await render(multilineInput, config);
    input.write('Eerste regel\r');
    input.write('tweede');
    input.write('\x1b[A'); // up, into the first line at the same column: after 'Eerste'
    input.write(' EXTRA 😀');
    input.write('\x1b[B');
    input.write('\r');
    input.write('\r');
    await expect(answer).resolves.toBe('Eerste EXTRA 😀 regel\ntweede');
  });

  it('splits the line at the cursor on Enter', async () => {
    const { answer, events } = await render(multilineInput, config);
    events.type('eerstetweede');
    for (let i = 0; i < 6; i++) events.keypress('left');
    events.keypress('enter');
    events.keypress('end');
    events.keypress('enter');
    events.keypress('enter');
    await expect(answer).resolves.toBe('eerste\ntweede');
  });

  it('joins a line to the one above with Backspace at its start', async () => {
    const drafts: string[] = [];
    const { answer, events, getScreen } = await render(multilineInput, { ...config, onDraft: (d: string) => drafts.push(d) });
    events.type('een');
    events.keypress('enter');
    events.type('twee');
    events.keypress('enter');
    events.type('drie');
    events.keypress('up');
    events.keypress('home');
    events.keypress('backspace');
    events.type(' ');
    await drawn();
    expect(getScreen()).toContain('  een twee\n  drie');
    expect(drafts.at(-1)).toBe('een twee\ndrie');
    events.keypress('down');
    events.keypress('end');
    events.keypress('enter');
    events.keypress('enter');
    await expect(answer).resolves.toBe('een twee\ndrie');
  });

  it('hands over every line on an interruption, also while an earlier line is being edited', async () => {
    const drafts: string[] = [];
    const controller = new AbortController();
    const { answer, events } = await render(multilineInput, { ...config, onDraft: (d: string) => drafts.push(d) }, { signal: controller.signal });
    events.type('een');
    events.keypress('enter');
    events.type('twee');
    events.keypress('up');
    events.type(' en');
    controller.abort();
    await expect(answer).rejects.toThrow();
    expect(drafts.at(-1)).toBe('een en\ntwee');
  });

  it('redraws for a new width on a resize, erasing the frame the terminal re-wrapped', async () => {
    const written: string[] = [];
    const terminal = Object.assign(new EventEmitter(), { columns: 60, rows: 20, write: (text: string) => written.push(text) });
    const { answer, events, getScreen } = await render(multilineInput, { ...config, terminal });
    events.type('een');
    events.keypress('enter');
    events.type('twee');
    events.keypress('up');
    await drawn();
    expect(getScreen()).toContain('? Hoe toegankelijk zijn medewerkers voor een gesprek?');
    terminal.columns = 30;
    terminal.emit('resize');
    await drawn();
    // The 53-column question now takes two rows: from the cursor's row ('een') up 2 to the top,
    // clear, down 1 to the row where Inquirer expects the cursor.
    expect(written).toEqual(['\x1b[2A\r\x1b[J\x1b[1B']);
    expect(getScreen().split('\n').slice(0, 4)).toEqual(['? Hoe toegankelijk zijn', 'medewerkers voor een gesprek?', '  een', '  twee']);
    terminal.columns = 80;
    terminal.emit('resize');
    await drawn();
    expect(written).toHaveLength(1); // wider: nothing was re-wrapped, nothing to erase
    events.keypress('down');
    events.keypress('end');
    events.keypress('enter');
    events.keypress('enter');
    await expect(answer).resolves.toBe('een\ntwee');
  });

  it('wraps the question without a leading space on its continuation lines', async () => {
    const terminal = Object.assign(new EventEmitter(), { columns: 30, rows: 20, write: () => true });
    const { answer, events, getScreen } = await render(multilineInput, { ...config, terminal });
    events.type('x');
    await drawn();
    expect(getScreen().split('\n').slice(0, 3)).toEqual(['? Hoe toegankelijk zijn', 'medewerkers voor een gesprek?', '  x']);
    events.keypress('enter');
    events.keypress('enter');
    await expect(answer).resolves.toBe('x');
  });

  it('skips with an empty answer when Enter comes first', async () => {
    const { answer, events, getScreen } = await render(multilineInput, config);
    events.keypress('enter');
    await expect(answer).resolves.toBe('');
    expect(getScreen()).toContain('—');
  });

  it('starts from an initial text, editing on at the end of its last line', async () => {
    const { answer, events, getScreen } = await render(multilineInput, { ...config, initial: 'eerste regel\ntweede regel' });
    await drawn();
    expect(getScreen()).toContain('  eerste regel\n  tweede regel');
    events.type(' en meer');
    events.keypress('enter');
    events.type('derde');
    events.keypress('enter');
    events.keypress('enter');
    await expect(answer).resolves.toBe('eerste regel\ntweede regel en meer\nderde');
  });

  it('keeps the paragraphs of a pasted text: an empty line followed at once by more text is not the end', async () => {
    const drafts: string[] = [];
    const { answer, events } = await render(multilineInput, { ...config, onDraft: (d: string) => drafts.push(d) });
    // The prompt's own clock: any pending "this empty line ends the answer" fires now, not after a sleep.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      events.type('Eerste alinea.\n\nTweede alinea.\n');
      vi.runAllTimers();
    } finally {
      vi.useRealTimers();
    }
    await drawn(); // the draft is handed over once per turn of the event loop
    expect(drafts.at(-1)).toBe('Eerste alinea.\n\nTweede alinea.');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Eerste alinea.\n\nTweede alinea.');
  });

  it('goes back into the previous line with Backspace on an empty line', async () => {
    const { answer, events } = await render(multilineInput, config);
    events.type('typfoutt');
    events.keypress('enter');
    events.keypress('backspace');
    events.keypress('backspace');
    events.keypress('enter');
    events.keypress('enter');
    await expect(answer).resolves.toBe('typfout');
  });

  it('keeps pipes, hashes, angle brackets and emoji exactly as typed', async () => {
    const { answer, events } = await render(multilineInput, config);
    events.type('| a | # b <script> 😀 `c`');
    events.keypress('enter');
    events.keypress('enter');
    await expect(answer).resolves.toBe('| a | # b <script> 😀 `c`');
  });

  it('opens the external editor with Ctrl+E and continues with what was written there', async () => {
    const seen: string[] = [];
    const openEditor = async (text: string) => {
      seen.push(text);
      return `${text}\nuit de editor\n`;
    };
    const { answer, events, getScreen } = await render(multilineInput, { ...config, openEditor, editorOpen: 'EDITOR OPEN' });
    events.type('begin');
    events.keypress('enter');
    events.keypress({ name: 'e', ctrl: true });
    await vi.waitFor(() => expect(getScreen()).toContain('  begin\n  uit de editor'));
    expect(seen).toEqual(['begin']);
    // The cursor is at the end of the text, as after typing it: no blank line from the editor's last newline.
    events.type(' en verder');
    events.keypress('enter');
    events.type('een nieuwe regel');
    events.keypress('enter');
    events.keypress('enter');
    await expect(answer).resolves.toBe('begin\nuit de editor en verder\neen nieuwe regel');
  });

  it('an empty line in the middle of a text does not end the answer: Enter there is a line break', async () => {
    const { answer, events, getScreen } = await render(multilineInput, { ...config, initial: 'eerste alinea\n\ntweede alinea' });
    events.keypress('up');
    events.keypress('enter'); // on the empty line between the paragraphs
    // A new line, not the end of the answer (which would come 25 ms later, when no paste follows).
    await vi.waitFor(() => expect(getScreen()).toMatch(/eerste alinea\n *\n *\n *tweede alinea/));
    events.type('ertussen');
    await vi.waitFor(() => expect(getScreen()).toContain('ertussen'));
    events.keypress('down');
    events.keypress('end');
    events.keypress('enter');
    events.keypress('enter');
    await expect(answer).resolves.toBe('eerste alinea\n\nertussen\ntweede alinea');
  });

  it('shows an editor that cannot start as an error and keeps the text', async () => {
    const openEditor = async () => {
      throw new Error('geen editor gevonden');
    };
    const { answer, events, getScreen } = await render(multilineInput, { ...config, openEditor });
    events.type('tekst');
    events.keypress('enter');
    events.keypress({ name: 'e', ctrl: true });
    await vi.waitFor(() => expect(getScreen()).toContain('geen editor gevonden'));
    events.keypress('enter');
    await expect(answer).resolves.toBe('tekst');
  });
});

describe('textWindow (a text taller than the terminal)', () => {
  const lines = (n: number, name: string) => Array.from({ length: n }, (_, i) => `${name}${i + 1}`);
  it.each([
    ['all fits: nothing left out', 3, 2, 10, ['a1', 'a2', 'a3'], ['b1', 'b2']],
    ['the end of a long text: the last lines above, marked', 10, 0, 4, ['⋮', 'a8', 'a9', 'a10'], []],
    ['the start of a long text: the first lines below, marked', 1, 10, 6, ['a1'], ['b1', 'b2', 'b3', 'b4', '⋮']],
    ['in the middle: most room above, a third below', 10, 10, 9, ['⋮', 'a6', 'a7', 'a8', 'a9', 'a10'], ['b1', 'b2', '⋮']],
    ['no room at all', 5, 5, 0, [], []],
    ['negative room (a tiny terminal) is no room', 5, 5, -3, [], []],
  ])('%s', (_name, above, below, room, before, after) => {
    const window = textWindow(lines(above, 'a'), lines(below, 'b'), room, '⋮');
    expect(window).toEqual({ before, after });
    expect(window.before.length + window.after.length).toBeLessThanOrEqual(Math.max(0, room));
  });
});

describe('a long answer in a small terminal (60×20)', () => {
  it('keeps the line being edited on screen, also after moving up to the first lines', async () => {
    const terminal = Object.assign(new EventEmitter(), { columns: 60, rows: 20, write: () => true });
    const initial = Array.from({ length: 30 }, (_, i) => `Regel ${i + 1} van een lang antwoord`).join('\n');
    const { answer, events, getScreen } = await render(multilineInput, { ...config, initial, terminal });
    await drawn();
    expect(getScreen().split('\n').length).toBeLessThanOrEqual(20);
    expect(getScreen()).toContain('  Regel 30 van een lang antwoord');
    for (let i = 0; i < 29; i++) events.keypress('up');
    events.type('XX');
    await drawn();
    const screen = getScreen().split('\n');
    expect(screen.length).toBeLessThanOrEqual(20);
    expect(screen).toContain('  Regel 1 van een lang antwoordXX');
    expect(screen.at(-1)).toContain('Enter');
    for (let i = 0; i < 29; i++) events.keypress('down');
    events.keypress('end');
    events.keypress('enter');
    events.keypress('enter');
    await expect(answer).resolves.toMatch(/^Regel 1 van een lang antwoordXX\n[\s\S]*Regel 30 van een lang antwoord$/);
  });
});

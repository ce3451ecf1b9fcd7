import { render } from '@inquirer/testing';
import { describe, expect, it, vi } from 'vitest';
import { multilineInput } from '../../src/prompts/multiline-input.js';

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
    expect(drafts).toEqual(['Elke dinsdag is er koffie.', 'Elke dinsdag is er koffie.\nMaar niemand spreekt de mensen aan.']);
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
    events.keypress('enter');
    await expect(answer).resolves.toBe('begin\nuit de editor');
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

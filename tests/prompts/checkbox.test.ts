import { render } from '@inquirer/testing';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { checkbox } from '../../src/prompts/checkbox.js';
import { reflowedHeight } from '../../src/prompts/terminal-size.js';
import { displayWidth } from '../../src/text/wrap.js';

/** A terminal of a given size that can be resized, as process.stdout is on SIGWINCH. */
function fakeTerminal(columns: number, rows: number) {
  const written: string[] = [];
  const terminal = Object.assign(new EventEmitter(), { columns, rows, written, write: (text: string) => written.push(text) });
  return Object.assign(terminal, {
    resize(c: number, r: number) {
      terminal.columns = c;
      terminal.rows = r;
      terminal.emit('resize');
    },
  });
}

const themes = [
  { heading: '── Beleid ──' },
  ...['Sociaal inclusief beleid', 'Toegankelijkheidsbeleid', 'Personeelsbeleid', 'VTO-beleid', 'Participatiebeleid', 'Financieel beleid', 'Politisering', 'Buurtvervlechting'].map((name, i) => ({ name: `${name} (3 vragen)`, value: `b${i}` })),
  { heading: '── Werking ──' },
  ...['Sociaal inclusieve werking', 'Bespreekbaarheid', 'Gradueel aanbod', 'Safe space', 'Online- en offline mogelijkheden', 'Outreach, publieke ruimte, sleutelfiguren, en nog veel meer dan dat', 'Buurtvervlechting', 'Lichte bindingen 🤝👨‍👩‍👧 日本語の長いタイトルがここにあります', 'Sociaal gewaardeerde rollen ontwerpen', 'Verwachtingen en weerbaarheid'].map((name, i) => ({ name: `${name} (3 vragen)`, value: `w${i}` })),
];

const config = {
  message: 'Welke thema’s neem je nu onder de loep? (spatie = aanduiden, enter = verder)',
  intro: 'Begin klein en concreet: één of twee thema’s is genoeg.',
  help: '↑↓ bewegen • spatie aanduiden • ⏎ verder',
  more: 'meer',
  choices: themes,
};

const drawn = () => new Promise((resolve) => setImmediate(resolve));

function expectFits(screen: string, columns: number, rows: number) {
  const lines = screen.split('\n');
  expect(lines.length).toBeLessThanOrEqual(rows);
  for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
  expect(screen).toContain('Begin klein en concreet');
  expect(screen).toMatch(/^\? Welke thema’s/m);
  expect(screen).toContain('⏎ verder');
  expect(screen).toContain('❯');
}

/** Answers the prompt (one choice marked), so that none is left open when the test file ends. */
async function finish(events: { keypress: (key: string) => void }, answer: Promise<unknown>) {
  events.keypress('space');
  events.keypress('enter');
  await expect(answer).resolves.toHaveLength(1);
}

describe('checkbox (the theme list)', () => {
  it('fits a 60×20 terminal: advice, question, key help and the cursor row all on screen', async () => {
    const terminal = fakeTerminal(60, 20);
    const { answer, events, getScreen } = await render(checkbox, { ...config, terminal });
    expectFits(getScreen(), 60, 20);
    for (let i = 0; i < 17; i++) events.keypress('down');
    expectFits(getScreen(), 60, 20);
    expect(getScreen()).toContain('❯◯ Verwachtingen en weerbaarheid');
    events.keypress('space');
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['w9']);
  });

  it('marks the theme list where the page cuts it, without growing taller than the terminal', async () => {
    const terminal = fakeTerminal(60, 16);
    const { answer, events, getScreen } = await render(checkbox, { ...config, terminal });
    expectFits(getScreen(), 60, 16);
    expect(getScreen()).toContain('\n ── Werking ──\n  ↓ meer\n\n↑↓ bewegen');
    expect(getScreen()).not.toContain('↑ meer');
    for (let i = 0; i < 9; i++) events.keypress('down');
    expectFits(getScreen(), 60, 16);
    expect(getScreen()).toMatch(/\n  ↑ meer\n/);
    expect(getScreen()).toContain('\n  ↓ meer\n');
    for (let i = 0; i < 10; i++) events.keypress('down');
    expectFits(getScreen(), 60, 16);
    expect(getScreen()).toMatch(/\n  ↑ meer\n/);
    expect(getScreen()).toContain('❯◯ Verwachtingen en weerbaarheid (3 vragen)\n\n↑↓ bewegen');
    expect(getScreen()).not.toContain('↓ meer');
    await finish(events, answer);
  });

  it('shows no mark when the whole list fits', async () => {
    const { answer, events, getScreen } = await render(checkbox, { ...config, terminal: fakeTerminal(80, 40) });
    expect(getScreen()).not.toMatch(/[↑↓] meer/);
    await finish(events, answer);
  });

  it('cuts labels to the width (display width: emoji and CJK count two) instead of wrapping them', async () => {
    const terminal = fakeTerminal(40, 30);
    const { answer, events, getScreen } = await render(checkbox, { ...config, terminal });
    const screen = getScreen();
    expectFits(screen, 40, 30);
    expect(screen).toContain(' ◯ Outreach, publieke ruimte, sleutelfi…');
    expect(screen).toMatch(/ ◯ Lichte bindingen 🤝👨‍👩‍👧 日本語の長いタ…\n/);
    await finish(events, answer);
  });

  it('wraps the question with no leading space on its continuation lines', async () => {
    const terminal = fakeTerminal(30, 30);
    const { answer, events, getScreen } = await render(checkbox, { ...config, terminal });
    const lines = getScreen().split('\n');
    const question = lines.findIndex((l) => l.startsWith('? Welke'));
    expect(lines.slice(question, question + 3)).toEqual(['? Welke thema’s neem je nu', 'onder de loep? (spatie =', 'aanduiden, enter = verder)']);
    await finish(events, answer);
  });

  it('follows a resize: the page shrinks to the new rows and labels to the new width', async () => {
    const terminal = fakeTerminal(60, 20);
    const { answer, events, getScreen } = await render(checkbox, { ...config, terminal });
    for (let i = 0; i < 5; i++) events.keypress('down');
    terminal.resize(40, 12);
    await drawn();
    expectFits(getScreen(), 40, 12);
    expect(getScreen()).toContain('❯◯ Financieel beleid (3 vragen)');
    // Narrower: the terminal re-wrapped the old frame onto more rows; those are erased first.
    expect(terminal.written.join('')).toMatch(/\x1b\[\d+A\r\x1b\[J/);
    terminal.resize(80, 30);
    await drawn();
    expectFits(getScreen(), 80, 30);
    expect(getScreen()).toContain('Verwachtingen en weerbaarheid (3 vragen)');
    await finish(events, answer);
  });

  it('skips headings and stops at both ends of the list', async () => {
    const { answer, events, getScreen } = await render(checkbox, { ...config, terminal: fakeTerminal(80, 40) });
    events.keypress('up');
    expect(getScreen()).toContain('❯◯ Sociaal inclusief beleid');
    for (let i = 0; i < 8; i++) events.keypress('down');
    expect(getScreen()).toContain('❯◯ Sociaal inclusieve werking');
    for (let i = 0; i < 30; i++) events.keypress('down');
    events.keypress('space');
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['w9']);
  });

  it('shows what validate says and keeps asking', async () => {
    const validate = (chosen: unknown[]) => chosen.length > 0 || 'Duid minstens één thema aan.';
    const { answer, events, getScreen } = await render(checkbox, { ...config, validate, terminal: fakeTerminal(60, 20) });
    events.keypress('enter');
    expect(getScreen()).toContain('Duid minstens één thema aan.');
    expectFits(getScreen(), 60, 20);
    events.keypress('space');
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['b0']);
  });
});

describe('reflowedHeight', () => {
  it.each([
    ['abc\ndef', 60, 60, 2],
    ['x'.repeat(60), 60, 40, 2],
    ['x'.repeat(60) + '\n' + 'y'.repeat(30), 60, 20, 5],
    ['x'.repeat(40), 60, 80, 1],
    ['', 60, 40, 1],
    ['日本語'.repeat(10), 60, 25, 3],
  ])('%j drawn at %i columns takes %i→%i rows', (frame, before, after, rows) => {
    expect(reflowedHeight(frame, before, after)).toBe(rows);
  });
});

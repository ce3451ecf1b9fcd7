import { render } from '@inquirer/testing';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { select } from '../../src/prompts/select.js';
import { displayWidth } from '../../src/text/wrap.js';

const terminal = (columns: number, rows: number) => Object.assign(new EventEmitter(), { columns, rows, write: () => true });
const drawn = () => new Promise((resolve) => setImmediate(resolve));

const choices = [
  { name: 'Alles klopt, verder', value: 'continue' },
  ...Array.from({ length: 14 }, (_, i) => ({ name: `Vraag ${i + 1} wijzigen: Wordt er voldoende aandacht besteed aan het creëren van een veilige omgeving?`, value: `q${i + 1}` })),
  { name: 'Actie aanpassen: Huisbezoeken 🤝 bij alle nieuwe bewoners van de wijk', value: 'change' },
];
const config = { message: 'Klopt alles? Kies iets om te wijzigen, of ga verder.', help: '↑↓ bewegen • ⏎ kiezen', more: 'meer', choices };

describe('select', () => {
  it('starts on the default and answers its value', async () => {
    const { answer, events, getScreen } = await render(select, { ...config, default: 'q2', terminal: terminal(80, 30) });
    expect(getScreen()).toContain('❯ Vraag 2 wijzigen');
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe('q3');
  });

  it('fits a small terminal: the question, the key help and the pointer on screen, labels cut to the width', async () => {
    const t = terminal(60, 12);
    const { answer, events, getScreen } = await render(select, { ...config, terminal: t });
    for (let i = 0; i < 20; i++) events.keypress('down'); // stops at the last choice
    const lines = getScreen().split('\n');
    expect(lines.length).toBeLessThanOrEqual(12);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(lines[0]).toBe('? Klopt alles? Kies iets om te wijzigen, of ga verder.');
    expect(lines).toContain('❯ Actie aanpassen: Huisbezoeken 🤝 bij alle nieuwe bewoners…');
    expect(lines.at(-1)).toBe('↑↓ bewegen • ⏎ kiezen');
    t.rows = 8;
    t.columns = 40;
    t.emit('resize');
    await drawn();
    const small = getScreen().split('\n');
    expect(small.length).toBeLessThanOrEqual(8);
    expect(small).toContain('? Klopt alles? Kies iets om te wijzigen,');
    expect(small).toContain('of ga verder.');
    expect(small).toContain('❯ Actie aanpassen: Huisbezoeken 🤝 bij…');
    // Answered, so that no prompt is left open when the test file ends.
    events.keypress('enter');
    await expect(answer).resolves.toBe('change');
  });

  it('marks a list cut by the page: ↓ meer under it, ↑ meer over it, in the rows the page had', async () => {
    const { answer, events, getScreen } = await render(select, { ...config, terminal: terminal(60, 12) });
    const page = () => getScreen().split('\n').slice(1, -2);
    // 12 rows: the question, 9 rows of list, a blank line and the key help.
    expect(page()).toHaveLength(9);
    expect(page()[0]).toBe('❯ Alles klopt, verder');
    expect(page().at(-1)).toBe('  ↓ meer');
    expect(getScreen()).not.toContain('↑ meer');
    for (let i = 0; i < 6; i++) events.keypress('down');
    expect(page()).toHaveLength(9);
    expect(page()[0]).toBe('  ↑ meer');
    expect(page().at(-1)).toBe('  ↓ meer');
    expect(page().filter((l) => l.startsWith('❯ Vraag 6 wijzigen'))).toHaveLength(1);
    for (let i = 0; i < 20; i++) events.keypress('down');
    expect(page()).toHaveLength(9);
    expect(page()[0]).toBe('  ↑ meer');
    expect(page().at(-1)).toBe('❯ Actie aanpassen: Huisbezoeken 🤝 bij alle nieuwe bewoners…');
    expect(getScreen()).not.toContain('↓ meer');
    events.keypress('enter');
    await expect(answer).resolves.toBe('change');
  });

  it('shows no mark when the whole list fits', async () => {
    const { answer, events, getScreen } = await render(select, { ...config, choices: choices.slice(0, 5), terminal: terminal(60, 12) });
    expect(getScreen()).not.toContain('meer');
    events.keypress('enter');
    await expect(answer).resolves.toBe('continue');
  });

  it('wraps the answered question without a leading space', async () => {
    const { answer, events, getScreen } = await render(select, { ...config, terminal: terminal(60, 20) });
    events.keypress('down');
    events.keypress('enter');
    await answer;
    const lines = getScreen().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^ /);
    expect(lines.join(' ')).toContain('verder. Vraag 1 wijzigen: Wordt er voldoende aandacht');
  });
});

describe('answered (a prompt once answered)', () => {
  it('keeps the answer in its own style when question and answer wrap', async () => {
    const { answered } = await import('../../src/prompts/layout.js');
    const styles = { message: (s: string) => `<${s}>`, answer: (s: string) => `[${s}]` };
    expect(answered('✔', 'Hoe belangrijk?', 'Hoog', 60, styles)).toBe('✔ <Hoe belangrijk?> [Hoog]');
    expect(answered('✔', 'Waar staat je organisatie vandaag rond “Gradueel aanbod”?', 'Goed op weg', 40, styles).split('\n')).toEqual([
      '✔ <Waar staat je organisatie vandaag rond>',
      '<“Gradueel aanbod”?> [Goed op weg]',
    ]);
    expect(answered('✔', 'Wat gaan jullie doen?', 'Huisbezoeken bij alle nieuwe bewoners van de wijk', 30, styles).split('\n')).toEqual([
      '✔ <Wat gaan jullie doen?>',
      '[Huisbezoeken bij alle nieuwe]',
      '[bewoners van de wijk]',
    ]);
  });
});

describe('pageRange (the part of a list a page shows)', () => {
  it.each([
    // count, active, rows → start, end, cut above, cut below
    [5, 4, 5, 0, 5, false, false],
    [10, 0, 5, 0, 4, false, true],
    [10, 2, 5, 0, 4, false, true],
    [10, 3, 5, 2, 5, true, true],
    [10, 6, 5, 5, 8, true, true],
    [10, 7, 5, 6, 10, true, false],
    [10, 9, 5, 6, 10, true, false],
    [10, 5, 3, 5, 6, true, true],
  ])('%i items, item %i active, %i rows: %i to %i', async (count, active, rows, start, end, above, below) => {
    const { pageRange } = await import('../../src/prompts/layout.js');
    const page = pageRange(count, active, rows);
    expect(page).toEqual({ start, end, above, below });
    // The marks and the items together fill the page exactly, and the active item is among them.
    expect(page.end - page.start + Number(above) + Number(below)).toBe(Math.min(count, rows));
    expect(active).toBeGreaterThanOrEqual(start);
    expect(active).toBeLessThan(end);
  });
});

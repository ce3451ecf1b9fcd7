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
const config = { message: 'Klopt alles? Kies iets om te wijzigen, of ga verder.', help: '↑↓ bewegen • ⏎ kiezen', choices };

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

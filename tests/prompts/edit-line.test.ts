import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { editLine } from '../../src/prompts/edit-line.js';

describe('editLine', () => {
  it('starts from the current value: Enter keeps it', async () => {
    const { answer, events, getScreen } = await render(editLine, { message: 'Wie neemt het op?', initial: 'Sara' });
    expect(getScreen()).toContain('Wie neemt het op? Sara');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Sara');
  });

  it('can be edited, and emptied: an empty line gives "" rather than the old value', async () => {
    const { answer, events } = await render(editLine, { message: 'Wie?', initial: 'Sara' });
    events.type(' en Jonas');
    for (let i = 0; i < 'Sara en Jonas'.length; i++) events.keypress('backspace');
    events.keypress('enter');
    await expect(answer).resolves.toBe('');
  });

  it('keeps the text on a validation error, to be fixed', async () => {
    const validate = (value: string) => /^\d+\/\d+\/\d{4}$/.test(value) || value === '' || 'Dat is geen datum.';
    const { answer, events, getScreen } = await render(editLine, { message: 'Tegen wanneer?', initial: '1/3/2027', validate });
    events.type('x');
    events.keypress('enter');
    await new Promise((resolve) => setImmediate(resolve));
    expect(getScreen()).toContain('Dat is geen datum.');
    expect(getScreen()).toContain('Tegen wanneer? 1/3/2027x');
    events.keypress('backspace');
    events.keypress('enter');
    await expect(answer).resolves.toBe('1/3/2027');
  });
});

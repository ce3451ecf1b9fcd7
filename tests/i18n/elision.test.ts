import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/fr/elision.js';

describe('French “de” before a name', () => {
  it.each([
    ['Élodie', 'd’Élodie'],
    ['Anne', 'd’Anne'],
    ['Hugo', 'd’Hugo'],
    ['Yves', 'd’Yves'],
    ['Yasmine', 'de Yasmine'],
    ['Bob', 'de Bob'],
    ['Œdipe', 'd’Œdipe'],
  ])('%s → %s', (name, expected) => {
    expect(de(name)).toBe(expected);
  });
});

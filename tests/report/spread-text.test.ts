// A spread of fewer than two real ratings says so instead of showing 0,0 (src/report/spread.ts).
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index.js';
import { nl } from '../../src/i18n/nl/index.js';
import { ratingSpread, spreadText } from '../../src/report/spread.js';

describe('spreadText', () => {
  it.each([
    [[], 'n.v.t. (geen scores)', 'n/a (no ratings)'],
    [['unknown', 'unknown', undefined], 'n.v.t. (geen scores)', 'n/a (no ratings)'],
    [['on-track'], 'n.v.t. (1 score)', 'n/a (1 rating)'],
    [['on-track', 'unknown'], 'n.v.t. (1 score)', 'n/a (1 rating)'],
    [['on-track', 'on-track'], '0,0', '0.0'],
    [['not-started', 'embedded'], '1,5', '1.5'],
  ] as const)('%j → %s / %s', (ratings, dutch, english) => {
    const spread = ratingSpread(ratings);
    expect(spreadText(spread, nl.report)).toBe(dutch);
    expect(spreadText(spread, en.report)).toBe(english);
  });
});

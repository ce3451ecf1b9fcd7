// The action plan, compared byte for byte with committed golden files in tests/fixtures/answers/.
// After an intended change: `npx vitest run tests/render -u`, then read the .md files as a
// coordinator would before committing them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/en/index.js';
import { nl } from '../../src/i18n/nl/index.js';
import type { Messages } from '../../src/i18n/messages.js';
import { block, inline } from '../../src/render/markdown/escape.js';
import { answerState, formatDate, planAgenda, renderPlanMarkdown } from '../../src/render/plan/index.js';
import { complete } from '../fixtures/answers/complete.js';
import { inProgress } from '../fixtures/answers/in-progress.js';
import { nasty } from '../fixtures/answers/nasty.js';
import { questionSet } from '../fixtures/answers/question-set.js';
import { headings, parse } from './markdown-oracle.js';

const GOLDEN = '../fixtures/answers/';

describe('renderPlanMarkdown: golden files', () => {
  it('a complete two-theme reflection (Dutch)', async () => {
    await expect(renderPlanMarkdown(complete, questionSet, nl)).toMatchFileSnapshot(`${GOLDEN}complete.nl.md`);
  });

  it('the same reflection with the English catalogue', async () => {
    await expect(renderPlanMarkdown(complete, questionSet, en)).toMatchFileSnapshot(`${GOLDEN}complete.en.md`);
  });

  it('a reflection in progress, without the question set', async () => {
    await expect(renderPlanMarkdown(inProgress, undefined, nl)).toMatchFileSnapshot(`${GOLDEN}in-progress.nl.md`);
  });

  it('everything a user might type that means something in Markdown', async () => {
    await expect(renderPlanMarkdown(nasty, questionSet, nl)).toMatchFileSnapshot(`${GOLDEN}nasty.nl.md`);
  });
});

describe('renderPlanMarkdown', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('depends on its inputs only: not on the clock or the time zone', () => {
    const before = renderPlanMarkdown(complete, questionSet, nl);
    vi.useFakeTimers();
    vi.setSystemTime(new Date('1999-01-01T00:00:00Z'));
    const tz = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(renderPlanMarkdown(complete, questionSet, nl)).toBe(before);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('has the sections in order, with the structural headings only', () => {
    expect(headings(parse(renderPlanMarkdown(complete, questionSet, nl)))).toEqual([
      '# Actieplan eenzaamheidssensitief werken',
      '## Overzicht',
      '## Begin klein',
      '## Acties',
      '### Acties van de vorige reflectie',
      '### Om af te vinken',
      '## Toegankelijkheidsbeleid',
      '## Safe space',
      '## Agenda voor het teamoverleg',
      '## Meer lezen',
      '## Referentie',
    ]);
  });

  it('says clearly when the reflection is not finished', () => {
    const plan = renderPlanMarkdown(inProgress, undefined, nl);
    expect(plan).toContain('> **Let op:** deze reflectie is nog niet af.');
    expect(plan).toContain('(nog 4 vragen open)');
    expect(renderPlanMarkdown(complete, questionSet, nl)).not.toContain('Let op');
  });

  it('leaves out the resources without the set and falls back to the catalogue’s citation', () => {
    const plan = renderPlanMarkdown(complete, undefined, nl);
    expect(plan).not.toContain('## Meer lezen');
    expect(plan).toContain(`\n\n${block(nl.plan.citationFallback)}\n\n*Gemaakt met resokit*\n`);
  });

  it('skips themes that are not in the set, and a set without sources adds no empty section', () => {
    const set = { ...questionSet, sources: [], themes: [] };
    expect(renderPlanMarkdown(complete, set, nl)).not.toContain('## Meer lezen');
  });

  it('tells the two Buurtvervlechting themes apart by their group', () => {
    const plan = renderPlanMarkdown(nasty, questionSet, nl);
    expect(plan).toContain('| Toegankelijkheid # \\| &lt;i> (Beleid) |');
    expect(plan).toContain('| Toegankelijkheid # \\| &lt;i> (Werking) |');
  });

  it('renders a file with nothing in it', () => {
    const empty = { ...inProgress, organisation: '', participant: '', themes: [] };
    const plan = renderPlanMarkdown(empty, undefined, nl);
    expect(plan).toContain('- **Organisatie:** –');
    expect(plan).toContain('Er zijn nog geen thema’s gekozen.');
    expect(plan).toContain('Geen open punten');
  });
});

describe('planAgenda', () => {
  it('lists the answers to discuss, the "weet niet" ratings, then the open questions', () => {
    expect(planAgenda(complete).map((item) => (item.kind === 'previous-action' ? [item.kind, item.action.id] : [item.kind, item.themeId, 'questionId' in item ? item.questionId : '']))).toEqual([
      ['discuss', 'toegankelijkheidsbeleid', 'democratisch'],
      ['discuss', 'safe-space', 'zichzelf-zijn'],
      ['unknown-rating', 'safe-space', ''],
      ['skipped', 'toegankelijkheidsbeleid', 'zeven-bs'],
      ['unanswered', 'safe-space', 'exclusieve-activiteiten'],
    ]);
  });

  it('keeps the question as asked, its number and its state', () => {
    expect(planAgenda(complete)[0]).toEqual({
      kind: 'discuss',
      themeId: 'toegankelijkheidsbeleid',
      themeTitle: 'Toegankelijkheidsbeleid',
      questionId: 'democratisch',
      number: 2,
      question: complete.themes[0]!.answers[1]!.question,
      state: 'answered',
    });
  });

  it('adds earlier actions nobody has reviewed yet', () => {
    const items = planAgenda(nasty);
    expect(items.at(-1)).toMatchObject({ kind: 'previous-action', action: { id: 'p1' } });
  });
});

describe('answerState', () => {
  it.each([
    [{ answer: 'ja' }, 'answered'],
    [{ answer: '  \n ' }, 'skipped'],
    [{ answer: 'ja', skipped: true }, 'skipped'],
    [{ skipped: true }, 'skipped'],
    [{}, 'unanswered'],
    [{ draft: 'half' }, 'unanswered'],
  ] as const)('%j → %s', (answer, state) => {
    expect(answerState({ id: 'q', question: 'Q?', ...answer })).toBe(state);
  });
});

describe('formatDate', () => {
  it.each([
    ['2026-11-27T14:32:05+01:00', nl, '27 november 2026'],
    ['2026-11-27T14:32:05+01:00', en, '27 November 2026'],
    ['2027-01-05', nl, '5 januari 2027'],
    ['2024-02-29', nl, '29 februari 2024'],
    ['2026-11-27T23:30:00Z', nl, '27 november 2026'],
    ['2027-02-29', nl, '2027-02-29'],
    ['2027-13-01', nl, '2027-13-01'],
    ['20270101', nl, '20270101'],
    ['gisteren', nl, 'gisteren'],
    ['', nl, ''],
  ] as const)('%s → %s', (value, m, output) => {
    expect(formatDate(value, m.plan)).toBe(output);
  });
});

describe('the plan catalogues', () => {
  /** Every string of a catalogue, functions called with sample arguments. */
  function strings(value: unknown, path = 'plan'): Array<[string, string]> {
    if (typeof value === 'string') return [[path, value]];
    if (typeof value === 'function') return [[path, String(value(1, 'x', 2))]];
    if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
    return [];
  }

  it.each([
    ['nl', nl],
    ['en', en],
  ] as Array<[string, Messages]>)('%s: plain text, non-empty, no Markdown syntax of its own', (_, m) => {
    for (const [path, text] of strings(m.plan)) {
      expect(text.trim(), path).not.toBe('');
      expect(inline(text), path).toBe(text);
    }
    expect(Intl.DateTimeFormat.supportedLocalesOf([m.plan.locale])).toEqual([m.plan.locale]);
  });

  it('English has every key of the Dutch reference', () => {
    const keys = (m: Messages) => strings(m.plan).map(([path]) => path);
    expect(keys(en)).toEqual(keys(nl));
  });
});

// The history's formats, compared byte for byte with golden files (after an intended change:
// `npx vitest run tests/history -u`, then read them as a team would), and the charts' SVG checked:
// a title and desc, bar lengths equal to the counts, colours apart in greyscale.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { AnswersFile, Rating } from '../../src/answers/model.js';
import { upgradeAnswers } from '../../src/answers/upgrade.js';
import type { QuestionSet } from '../../src/content/types.js';
import { buildHistory, type RoundInput } from '../../src/history/index.js';
import { en } from '../../src/i18n/en/index.js';
import { fr } from '../../src/i18n/fr/index.js';
import { nl } from '../../src/i18n/nl/index.js';
import { luminance, ratingColours, statusColours } from '../../src/render/charts/palette.js';
import { stackedBars } from '../../src/render/charts/stacked-bars.js';
import { renderHistory } from '../../src/render/history/index.js';
import { claimsText } from '../../src/render/history/labels.js';
import type { Claim } from '../../src/report/action-match.js';
import { renderReport, type ReportFormat } from '../../src/render/report/index.js';
import { buildReport } from '../../src/report/index.js';
import { ratingSpread } from '../../src/report/spread.js';
import { naming } from '../report/helpers.js';

const FIXTURES = new URL('../fixtures/history/', import.meta.url);
const GOLDEN = '../fixtures/history/golden/';
const set = JSON.parse(readFileSync(new URL('../../dist/builtin-nl.json', import.meta.url), 'utf8')) as QuestionSet;

export function round(name: string): RoundInput {
  const folder = new URL(`${name}/`, FIXTURES);
  const names = readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort();
  const files = names.map((f) => {
    const text = readFileSync(new URL(f, folder), 'utf8');
    return { file: `tests/fixtures/history/${name}/${f}`, answers: upgradeAnswers(parse(text) as AnswersFile, text) };
  });
  return { label: name, source: `tests/fixtures/history/${name}`, files, absolute: files.map((f) => f.file) };
}

// Given out of order on purpose: the history sorts by date.
const rounds = () => ['2027-voorjaar', '2026-voorjaar', '2026-najaar'].map(round);
const render = (format: ReportFormat, anonymous = false, m = nl) =>
  renderHistory({ history: buildHistory(rounds(), { set, naming: naming(m, anonymous) }), set, m, language: m === en ? 'en' : 'nl', format, bom: false, separator: ',' });

describe('resokit history: golden files', () => {
  it.each([
    ['md', 'history.nl.md'],
    ['html', 'history.nl.html'],
    ['json', 'history.json'],
    ['csv', 'history.nl.csv'],
  ] as const)('%s', async (format, name) => {
    await expect(render(format)).toMatchFileSnapshot(`${GOLDEN}${name}`);
  });

  it('English, anonymous', async () => {
    const md = render('md', true, en);
    for (const name of ['An Peeters', 'Bob Janssens', 'Chris Claes', 'Frank']) expect(md).not.toContain(name);
    await expect(md).toMatchFileSnapshot(`${GOLDEN}history-anonymous.en.md`);
  });
});

describe('how we know, and French clauses', () => {
  const claim = (participant: string, basis: Claim['basis'], match: Claim['match']): Claim => ({ participant, status: 'open', basis, match });
  it.each([
    [nl, [claim('An', 'followed-up', 'id'), claim('Bob', 'proposed-again', 'id')], 'nog open volgens An; opnieuw voorgesteld door Bob (herkend aan het id)'],
    [nl, [claim('An', 'followed-up', 'id'), claim('Dana', 'proposed-again', 'text')], 'nog open volgens An (herkend aan het id); opnieuw voorgesteld door Dana (herkend aan de tekst)'],
    [fr, [claim('An', 'followed-up', 'id'), claim('Dana', 'proposed-again', 'text')], 'toujours ouverte selon An (reconnue à son identifiant)\u202f; proposée à nouveau par Dana (reconnue à son texte)'],
  ] as const)('%#', (m, claims, text) => {
    expect(claimsText(claims, m)).toBe(text);
  });

  it('French: a narrow no-break space before ";" in who joined or left', () => {
    const md = renderHistory({ history: buildHistory(rounds(), { set, naming: naming(fr) }), set, m: fr, language: 'fr', format: 'md', bom: false, separator: ';' });
    expect(md).toContain('| arrivés\u202f: Frank\u202f; partis\u202f: Eva |');
    expect(md).not.toMatch(/[^\u202f];/);
  });
});

describe('resokit history: what a team reads', () => {
  const history = buildHistory(rounds(), { set, naming: naming() });

  it('puts rounds in date order, labelled by folder, dated by the median updated day', () => {
    expect(history.rounds.map((r) => [r.label, r.date])).toEqual([
      ['2026-voorjaar', '2026-03-11'],
      ['2026-najaar', '2026-10-06'],
      ['2027-voorjaar', '2027-03-16'],
    ]);
  });

  it('names who joined, who left, and who was renamed (found by the ids of their actions)', () => {
    expect(history.rounds[1]!.membership).toEqual({ joined: ['Frank'], left: ['Eva'], renamed: [] });
    expect(history.rounds[2]!.membership).toEqual({ joined: [], left: [], renamed: [{ before: 'Chris', now: 'Chris Claes' }] });
  });

  it('covers all 18 themes and lists the ones never taken up', () => {
    expect(history.coverage.themes).toHaveLength(18);
    expect(history.coverage.never).toHaveLength(14);
    expect(history.themes.find((t) => t.id === 'personeelsbeleid')!.notTakenUp).toEqual([1]);
  });

  it('lines up an English file and an older version of the set by theme id', () => {
    const toegankelijkheid = history.themes.find((t) => t.id === 'toegankelijkheidsbeleid')!;
    expect(toegankelijkheid.title).toBe('Toegankelijkheidsbeleid');
    expect(toegankelijkheid.points.map((p) => p.chosenBy)).toEqual([5, 4, 5]);
  });

  it('puts the action carried for a year first, as stalled; the summary says what moved, stalled and is new', () => {
    expect(history.actions[0]).toMatchObject({ what: 'Folder herschrijven in eenvoudige taal', stalled: true, openRounds: 3 });
    expect(history.summary.moved.map((x) => [x.themeId, x.verdict.median])).toEqual([
      ['bespreekbaarheid', 'forward'],
      ['toegankelijkheidsbeleid', 'forward'],
      ['safe-space', 'same'],
    ]);
    expect(history.summary.newThemes.map((t) => t.id)).toEqual(['personeelsbeleid']);
    const md = render('md');
    expect(md.indexOf('## Kort samengevat')).toBeLessThan(md.indexOf('## De rondes'));
  });
});

describe('charts', () => {
  it('bar lengths equal the counts, on one scale; weet niet apart', () => {
    const ratings = (list: Rating[]) => ratingSpread(list);
    const svg = stackedBars({
      id: 'x',
      title: 'T',
      desc: 'D',
      rows: [
        { label: 'a', ratings: ratings(['first-steps', 'first-steps', 'embedded', 'unknown']) },
        { label: 'b', ratings: ratings(['on-track']) },
        { label: 'c', missing: 'niet opgenomen' },
      ],
    }).value;
    const unit = Number(/data-unit="([\d.]+)"/.exec(svg)![1]);
    const segments = [...svg.matchAll(/data-level="([a-z-]+)" data-count="(\d+)" x="[\d.]+" y="\d+" width="([\d.]+)"/g)].map((s) => [s[1], Number(s[2]), Number(s[3]) / unit]);
    expect(segments).toEqual([
      ['first-steps', 2, 2],
      ['embedded', 1, 1],
      ['unknown', 1, 1],
      ['on-track', 1, 1],
    ]);
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="x-title x-desc"[^>]*><title id="x-title">T<\/title><desc id="x-desc">D<\/desc>/);
  });

  it('every chart in the HTML has a title, a desc, and no script or style attribute', () => {
    const page = render('html');
    const charts = page.match(/<svg[\s\S]*?<\/svg>/g)!;
    expect(charts.length).toBe(5);
    for (const chart of charts) {
      expect(chart).toMatch(/role="img"/);
      expect(chart).toMatch(/<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
      expect(chart).not.toMatch(/<script| style=| href=/);
    }
  });

  it('neighbouring colours differ by at least 0.2 of luminance (greyscale)', () => {
    const levels = ['not-started', 'first-steps', 'on-track', 'embedded'] as const;
    for (let i = 1; i < levels.length; i++) {
      expect(Math.abs(luminance(ratingColours[levels[i]!]) - luminance(ratingColours[levels[i - 1]!]))).toBeGreaterThanOrEqual(0.2);
    }
    const statuses = ['done', 'open', 'dropped', 'not-mentioned'] as const;
    for (let i = 1; i < statuses.length; i++) {
      expect(Math.abs(luminance(statusColours[statuses[i]!]) - luminance(statusColours[statuses[i - 1]!]))).toBeGreaterThanOrEqual(0.2);
    }
  });
});

describe('report --compare against an earlier team: golden files', () => {
  it.each([
    ['md', 'team-compare-team.nl.md'],
    ['html', 'team-compare-team.nl.html'],
    ['json', 'team-compare-team.json'],
  ] as const)('%s', async (format, name) => {
    const report = buildReport(round('2027-voorjaar').files, { set, naming: naming(), earlierTeam: round('2026-najaar').files });
    await expect(renderReport({ report, set, m: nl, language: 'nl', format, bom: false, separator: ',' })).toMatchFileSnapshot(`${GOLDEN}${name}`);
  });

  it('one earlier file is compared as before: no team comparison', () => {
    const [earlier] = round('2026-najaar').files;
    const report = buildReport(round('2027-voorjaar').files, { set, naming: naming(), earlier: { answers: earlier!.answers } });
    expect(report.comparison).toBeDefined();
    expect(report.teamComparison).toBeUndefined();
  });
});

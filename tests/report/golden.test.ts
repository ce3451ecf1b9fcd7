// Every format, compared byte for byte with committed golden files in tests/fixtures/report/.
// After an intended change: `npx vitest run tests/report -u`, then read the files as a coordinator
// would (open the .html in a browser, the .csv in a spreadsheet) before committing them.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index.js';
import type { Messages } from '../../src/i18n/messages.js';
import { nl } from '../../src/i18n/nl/index.js';
import { buildReport, type ReportInput } from '../../src/report/index.js';
import { buildPlan } from '../../src/report/plan.js';
import { renderPlanMarkdown } from '../../src/render/plan/index.js';
import { renderReport, type ReportFormat } from '../../src/render/report/index.js';
import { reportSet } from '../fixtures/report/question-set.js';
import { earlier, fixture, naming, team } from './helpers.js';

const GOLDEN = '../fixtures/report/golden/';

function render(inputs: ReportInput[], format: ReportFormat, options: { m?: Messages; compare?: boolean; anonymous?: boolean; bom?: boolean } = {}): string {
  const m = options.m ?? nl;
  const anonymous = options.anonymous ?? false;
  const before = earlier();
  const report = buildReport(inputs, {
    set: reportSet,
    naming: naming(m, anonymous),
    ...(options.compare ? { earlier: { answers: before.answers, ...(anonymous ? {} : { participant: before.answers.participant, file: before.file }) } } : {}),
  });
  return renderReport({
    report,
    set: reportSet,
    m,
    language: m === en ? 'en' : 'nl',
    format,
    bom: options.bom ?? false,
    separator: ',',
  });
}

describe('resokit report: golden files', () => {
  it('Markdown: a team of three (mixed versions, one unfinished), compared with last time', async () => {
    await expect(render(team(), 'md', { compare: true })).toMatchFileSnapshot(`${GOLDEN}team-compare.nl.md`);
  });

  it('Markdown: the same team, anonymous, in English', async () => {
    await expect(render(team(), 'md', { m: en, anonymous: true })).toMatchFileSnapshot(`${GOLDEN}team-anonymous.en.md`);
  });

  it('Markdown: one file with --compare is the plan, then the comparison', async () => {
    const out = render([fixture('team/an.yaml')], 'md', { compare: true });
    const plan = renderPlanMarkdown(fixture('team/an.yaml').answers, reportSet, nl);
    expect(out.startsWith(plan)).toBe(true);
    await expect(out).toMatchFileSnapshot(`${GOLDEN}single-compare.nl.md`);
  });

  it('HTML: the team report', async () => {
    await expect(render(team(), 'html', { compare: true })).toMatchFileSnapshot(`${GOLDEN}team-compare.nl.html`);
  });

  it('HTML: one file (the action plan), in progress', async () => {
    await expect(render([fixture('team/chris.yaml')], 'html')).toMatchFileSnapshot(`${GOLDEN}single-in-progress.nl.html`);
  });

  it('HTML: everything a user might type that means something in HTML', async () => {
    await expect(render([fixture('nasty/nasty.yaml')], 'html')).toMatchFileSnapshot(`${GOLDEN}nasty.nl.html`);
  });

  it('JSON: the team report with the comparison', async () => {
    await expect(render(team(), 'json', { compare: true })).toMatchFileSnapshot(`${GOLDEN}team-compare.json`);
  });

  it('CSV: the team’s actions', async () => {
    await expect(render(team(), 'csv')).toMatchFileSnapshot(`${GOLDEN}team.nl.csv`);
  });

  it('CSV: quoting and formula injection', async () => {
    await expect(render([fixture('nasty/nasty.yaml')], 'csv')).toMatchFileSnapshot(`${GOLDEN}nasty.nl.csv`);
  });
});

describe('resokit report: one file', () => {
  it.each(['team/an.yaml', 'team/chris.yaml', 'nasty/nasty.yaml'])('%s in Markdown is renderPlanMarkdown, byte for byte', (name) => {
    const input = fixture(name);
    expect(render([input], 'md')).toBe(renderPlanMarkdown(input.answers, reportSet, nl));
  });

  it.each([
    ['team/an.yaml', nl],
    ['team/chris.yaml', nl],
    ['en/an.en.yaml', en],
  ] as const)('%s: one model, so every format shows the same themes and actions in the same order', (name, m) => {
    const input = fixture(name);
    const plan = buildPlan(input.answers, reportSet);
    const inOrder = (out: string, texts: readonly string[]) => {
      const at = texts.map((text) => out.indexOf(text));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect(at).toEqual([...at].sort((a, b) => a - b));
    };
    const json = JSON.parse(render([input], 'json', { m }));
    expect(json.themes.map((t: { title: string }) => t.title)).toEqual(plan.themes.map((t) => t.title));
    expect(json.actions.map((a: { what: string }) => a.what)).toEqual(plan.actions.map((a) => a.what));
    inOrder(render([input], 'md', { m }), plan.themes.map((t) => `\n## ${t.title}\n`));
    inOrder(render([input], 'html', { m }), plan.themes.map((t) => `<section>\n<h2>${t.title}</h2>`));
    const csv = render([input], 'csv', { m }).split('\r\n').slice(1, -1);
    expect(csv.map((row) => row.split(',')[0])).toEqual(plan.actions.map((a) => a.themeTitle));
    const checklist = plan.actions.filter((a) => a.status !== 'dropped').map((a) => `${a.what} — `);
    const md = render([input], 'md', { m });
    inOrder(md.slice(md.indexOf(`### ${m.plan.checklist}`)), checklist);
    const html = render([input], 'html', { m });
    inOrder(html.slice(html.indexOf(`<h3>${m.plan.checklist}</h3>`)), checklist);
  });

  it('marks a file still in progress', () => {
    expect(render([fixture('team/chris.yaml')], 'md')).toContain('> **Let op:** deze reflectie is nog niet af.');
  });

  it('with --anonymous shows no name', () => {
    const out = render([fixture('team/an.yaml')], 'md', { anonymous: true });
    expect(out).not.toContain('An Peeters');
    expect(out).toContain('- **Ingevuld door:** Deelnemer 1');
  });

  it('depends on its inputs only: not on the clock or the time zone', () => {
    const before = render(team(), 'html', { compare: true });
    const tz = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(render(team(), 'html', { compare: true })).toBe(before);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

describe('resokit report: team Markdown', () => {
  const md = render(team(), 'md', { compare: true });

  it('has the sections in order', () => {
    expect(md.split('\n').filter((line) => /^#{1,3} /.test(line))).toEqual([
      '# Teamrapport eenzaamheidssensitief werken',
      '## Wie deed mee',
      '## Wat ontbreekt',
      '## Sinds de vorige reflectie',
      '### Acties van de vorige keer',
      '### Nieuwe acties',
      '## Stand van zaken per thema',
      '## Begin klein',
      '## Acties',
      '### Om af te vinken',
      '## Toegankelijkheidsbeleid',
      '## Sociaal inclusief beleid',
      '## Safe space',
      '## Agenda voor het teamoverleg',
      '## Meer lezen',
      '## Referentie',
    ]);
  });

  it('draws a small text bar per level', () => {
    expect(md).toContain('| nog niet mee bezig | 1 | █ | Bob Janssens |');
  });

  it('folds the same action of two participants into one row naming both, each differing value with who gave it', () => {
    expect(md).toContain(
      '| Folder herschrijven in eenvoudige taal, samen met twee bezoekers | An en Karim (An Peeters) of Bob (Bob Janssens) | 15 januari 2027 (An Peeters) of 31 december 2026 (Bob Janssens) | hoog (An Peeters) of middel (Bob Janssens) | te doen | An Peeters en Bob Janssens |',
    );
  });

  it('with --anonymous names nobody, not even through file names', () => {
    const anonymous = render(team(), 'md', { anonymous: true, compare: true });
    for (const name of ['An Peeters', 'Bob Janssens', 'Chris', 'team/an.yaml']) expect(anonymous).not.toContain(name);
    expect(anonymous).toContain('Deelnemer 3');
  });
});

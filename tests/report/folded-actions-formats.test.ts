// Item: nothing is dropped when team actions are folded — in every format, not only in the model.
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl/index.js';
import { buildReport } from '../../src/report/index.js';
import { renderReport, type ReportFormat } from '../../src/render/report/index.js';
import { file, input, naming, theme } from './helpers.js';

const carried = { id: 'a-carried01', what: 'Folder herschrijven', who: 'Jan', due: '2027-01-15', priority: 'high' as const, status: 'open' as const, theme: 't1', themeTitle: 't1', reviewed: true };
const files = [
  file('An', [theme('t1', 'on-track')], { previous: { file: 'vorige.yaml', date: '2026-08-01T10:00:00Z', actions: [carried] } }),
  file('Bob', [theme('t1', 'on-track', { actions: [{ what: 'folder herschrijven!', who: 'Sofie', due: '2027-03-01', priority: 'low' }] })]),
];
const render = (format: ReportFormat) => {
  const report = buildReport(files.map((f) => input(f)), { set: undefined, naming: naming() });
  return renderReport({ report, set: undefined, m: nl, language: 'nl', format, bom: false, separator: ',' });
};

describe('a folded action with differing values, carried over by one participant', () => {
  it.each<ReportFormat>(['md', 'html', 'csv'])('%s shows every date, owner and priority with who gave it', (format) => {
    const out = render(format);
    const date = format === 'csv' ? (iso: string) => iso : (iso: string) => ({ '2027-01-15': '15 januari 2027', '2027-03-01': '1 maart 2027' })[iso]!;
    expect(out).toContain(`${date('2027-01-15')} (An) of ${date('2027-03-01')} (Bob)`);
    expect(out).toContain('Jan (An) of Sofie (Bob)');
    expect(out).toContain('hoog (An) of laag (Bob)');
  });

  it.each<ReportFormat>(['md', 'html'])('%s keeps the "from the previous reflection" mark, naming who carried it', (format) => {
    expect(render(format)).toContain('uit de vorige reflectie (An)');
  });

  it('csv says who carried it over', () => {
    const row = render('csv').split('\r\n')[1]!;
    expect(row).toContain(',An,');
  });

  it('json keeps both: every value with who gave it, and who carried it over', () => {
    const json = JSON.parse(render('json'));
    expect(json.actions[0]).toMatchObject({
      fromPrevious: false,
      fromPreviousBy: ['An'],
      conflicts: {
        who: [{ value: 'Jan', participants: ['An'] }, { value: 'Sofie', participants: ['Bob'] }],
        due: [{ value: '2027-01-15', participants: ['An'] }, { value: '2027-03-01', participants: ['Bob'] }],
        priority: [{ value: 'high', participants: ['An'] }, { value: 'low', participants: ['Bob'] }],
      },
    });
  });
});

describe('a folded action one participant has done and another still has open', () => {
  const done = { id: 'a-done000001', what: 'Onthaal herschrijven', who: 'Jan', priority: 'medium' as const, status: 'done' as const, theme: 't1', themeTitle: 't1', reviewed: true };
  const team = [
    file('An', [theme('t1', 'on-track')], { previous: { file: 'vorige.yaml', date: '2026-08-01T10:00:00Z', actions: [done] } }),
    file('Bob', [theme('t1', 'on-track', { actions: [{ what: 'Onthaal herschrijven', who: 'Jan', priority: 'medium' }] })]),
  ];
  const render = (format: ReportFormat) => {
    const report = buildReport(team.map((f) => input(f)), { set: undefined, naming: naming() });
    return renderReport({ report, set: undefined, m: nl, language: 'nl', format, bom: false, separator: ',' });
  };

  it.each<ReportFormat>(['md', 'html'])('%s shows both statuses with who gave them, not only "te doen"', (format) => {
    expect(render(format)).toContain('gedaan (An) of te doen (Bob)');
  });

  it('csv keeps one status per cell and gives both in the column of differing proposals', () => {
    const row = render('csv').split('\r\n')[1]!;
    expect(row).toContain(',te doen,');
    expect(row).toContain('Status: gedaan (An) of te doen (Bob)');
  });

  it('json keeps both statuses with who gave them', () => {
    expect(JSON.parse(render('json')).actions[0]).toMatchObject({
      status: 'open',
      conflicts: { status: [{ value: 'done', participants: ['An'] }, { value: 'open', participants: ['Bob'] }] },
    });
  });
});

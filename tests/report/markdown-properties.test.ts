// Whatever the participants typed (names, organisation, answers, actions, theme titles), the team
// report keeps its structure: tables keep their columns, the headings are the report's own, no HTML,
// no code block, no list or quote the report did not make. Same checks as the plan's property test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priorities, ratingLevels, type AnswersFile, type Rating } from '../../src/answers/model.js';
import { nl } from '../../src/i18n/nl/index.js';
import { renderReport } from '../../src/render/report/index.js';
import { reportSet } from '../fixtures/report/question-set.js';
import { findTables, hasUnescapedPipe, headingLines, isDelimiterRow, splitRow, unquoted } from '../render/markdown-check.js';
import { buildTeam, earlier, file, input, naming } from './helpers.js';

const fragments = [
  '|', '\\|', '\\', '\n', '\r\n', '\r', '\n\n', '\u2028', '#', '## ', '<script>', '<img onerror=x>', '<', '>', '<br>', '`', '```',
  '~~~', '- ', '* ', '+ ', '1. ', '2) ', '> ', '&amp;', '&', '    ', '\t', '😀', '---', '===', '***', '[x](javascript:y)', '*', '_',
  '**', '~~', ':', ' ', '', 'https://example.com/a_b', '\u0000',
];
const userText = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: 'grapheme', maxLength: 5 })), { maxLength: 10 })
  .map((parts) => parts.join(''));

const themeIds = ['toegankelijkheidsbeleid', 'safe-space', 'eigen-thema'] as const;

const participant = fc
  .record({
    name: userText,
    organisation: userText,
    status: fc.constantFrom('complete' as const, 'in-progress' as const),
    themes: fc.subarray([...themeIds], { minLength: 1 }),
    title: userText,
    rating: fc.option(fc.constantFrom<Rating>(...ratingLevels, 'unknown'), { nil: undefined }),
    answers: fc.array(fc.record({ answer: fc.option(userText, { nil: undefined }), discuss: fc.boolean() }), { minLength: 2, maxLength: 2 }),
    actions: fc.array(fc.record({ what: userText.filter((t) => t !== ''), who: userText, priority: fc.constantFrom(...priorities) }), { maxLength: 2 }),
  })
  .map(
    (p): AnswersFile =>
      file(
        p.name,
        p.themes.map((id, t) => ({
          id,
          title: id === 'eigen-thema' ? p.title : id,
          group: 'werking',
          answers: p.answers.map((a, q) => ({ id: `q${q}`, question: `${p.title} ${q}`, ...(a.answer !== undefined ? { answer: a.answer } : {}), ...(a.discuss ? { discuss: true } : {}) })),
          ...(p.rating ? { rating: p.rating } : {}),
          actions: p.actions.map((a, i) => ({ id: `t${t}a${i}`, ...a, status: 'open' as const })),
        })),
        { organisation: p.organisation, status: p.status },
      ),
  );

describe('the team report in Markdown, whatever was typed', () => {
  it('keeps its structure', () => {
    fc.assert(
      fc.property(fc.array(participant, { minLength: 2, maxLength: 4 }), fc.boolean(), (files, compare) => {
        const before = earlier();
        const report = buildTeam(
          files.map((f, i) => input(f, `p${i}`)),
          { set: reportSet, naming: naming(), ...(compare ? { earlier: { answers: before.answers, participant: 'An' } } : {}) },
        );
        const md = renderReport({ report, set: reportSet, m: nl, language: 'nl', format: 'md', bom: false, separator: ',' });
        const lines = md.split('\n');
        const problems: string[] = [];
        const check = (ok: boolean, what: string, line = '') => {
          if (!ok) problems.push(`${what}: ${JSON.stringify(line)}`);
        };

        const tables = findTables(lines);
        for (const table of tables) {
          const width = splitRow(table.lines[0]!).length;
          check(isDelimiterRow(table.lines[1]!), 'delimiter row', table.lines[1]);
          for (const row of table.lines) check(splitRow(row).length === width, `row of ${width} cells`, row);
        }
        // One row per participant, per theme, per action: no row split or swallowed.
        expect(tables[0]!.lines).toHaveLength(2 + files.length);
        const inTable = new Set(tables.flatMap((t) => t.lines.map((_, i) => t.start + i)));
        lines.forEach((line, i) => check(inTable.has(i) || !hasUnescapedPipe(line), 'pipe outside a table', line));

        // Headings: the report's own, one per theme.
        const headings = headingLines(md);
        expect(headings.filter((h) => h.startsWith('# '))).toEqual([`# ${nl.report.title}`]);
        expect(headings.filter((h) => h.startsWith('## ')).length).toBe(
          [nl.report.whoTookPart, nl.report.overview, nl.plan.focus, nl.plan.actions, nl.plan.agenda].length +
            (report.missing.length ? 1 : 0) +
            (compare ? 1 : 0) +
            report.themes.length +
            (headings.includes(`## ${nl.plan.resources}`) ? 1 : 0) +
            1,
        );

        expect(md).not.toMatch(/<(?!br>|https?:\/\/)/);
        for (const line of lines) {
          const content = unquoted(line);
          check(!/^(`{3,}|~{3,})/.test(content), 'code fence', line);
          check(!/^( {4}|\t)/.test(line), 'indented code', line);
          check(!/^(=+|-+)\s*$/.test(content), 'setext underline', line);
          check(!/^([-*_])(\s*\1){2,}\s*$/.test(content), 'thematic break', line);
        }
        expect(problems).toEqual([]);
        expect(md).not.toMatch(/[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/);
      }),
      { numRuns: 150 },
    );
  });
});

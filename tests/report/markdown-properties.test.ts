// Whatever the participants typed (names, organisation, answers, actions, theme titles), the team
// report keeps its structure: tables keep their columns, the headings are the report's own, no HTML,
// no code, no list or quote the report did not make. Judged by a real CommonMark/GFM parser
// (markdown-it), as the plan's property test is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priorities, ratingLevels, type AnswersFile, type Rating } from '../../src/answers/model.js';
import { nl } from '../../src/i18n/nl/index.js';
import { renderReport } from '../../src/render/report/index.js';
import { reportSet } from '../fixtures/report/question-set.js';
import { allTokens, headings as parsedHeadings, parse, tables } from '../render/markdown-oracle.js';
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
        const tokens = parse(md);

        // Tables: every row as wide as its header; one row per participant in the first.
        const found = tables(tokens);
        for (const table of found) for (const row of table.rows) expect(row).toHaveLength(table.rows[0]!.length);
        expect(found[0]!.rows).toHaveLength(1 + files.length);

        // Headings: the report's own, one per theme.
        const headings = parsedHeadings(tokens);
        expect(headings.filter((h) => h.startsWith('# '))).toEqual([`# ${nl.report.title}`]);
        expect(headings.filter((h) => h.startsWith('## ')).length).toBe(
          [nl.report.whoTookPart, nl.report.overview, nl.plan.focus, nl.plan.actions, nl.plan.agenda].length +
            (report.missing.length ? 1 : 0) +
            (compare ? 1 : 0) +
            report.themes.length +
            (headings.includes(`## ${nl.plan.resources}`) ? 1 : 0) +
            1,
        );

        // Nothing the report did not make: no HTML (but <br> in cells), no code, no image, no
        // strikethrough, no link but the resources', no list inside a list.
        const kinds = allTokens(tokens);
        expect(kinds.filter((t) => t.type === 'html_block' || (t.type === 'html_inline' && t.content !== '<br>'))).toEqual([]);
        expect(kinds.filter((t) => ['code_inline', 'code_block', 'fence', 'image', 's_open', 'hr', 'lheading'].includes(t.type))).toEqual([]);
        const urls = [...(reportSet.sources ?? []), ...reportSet.themes.flatMap((t) => [...(t.resources ?? []), ...(t.notes ?? [])])].map((r) => r.url);
        for (const link of kinds.filter((t) => t.type === 'link_open')) expect(urls).toContain(link.attrGet('href'));
        let depth = 0;
        for (const token of tokens) {
          if (token.type.endsWith('_list_open')) depth++;
          if (token.type.endsWith('_list_close')) depth--;
          expect(depth).toBeLessThanOrEqual(1);
        }
        expect(md).not.toMatch(/[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029\ufdd0\ufdd1]/);
      }),
      { numRuns: 150 },
    );
    // Fuzzed reports full of Markdown: slow by their size, not by waiting.
  }, 60_000);
});

// Whatever the user typed (organisation, participant, answers, actions, earlier actions), the
// plan keeps its structure: tables keep their columns, the headings are exactly the plan's own,
// no HTML, no code block, no list item or quote that the plan did not make.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priorities, ratingLevels, type Action, type AnswersFile, type CarriedAction, type Rating } from '../../src/answers/model.js';
import { nl } from '../../src/i18n/nl/index.js';
import { block, cell, inline, singleLine } from '../../src/render/markdown/escape.js';
import { planAgenda, renderPlanMarkdown } from '../../src/render/plan/index.js';
import { complete } from '../fixtures/answers/complete.js';
import { questionSet } from '../fixtures/answers/question-set.js';
import { findTables, hasUnescapedPipe, headingLines, isDelimiterRow, splitRow, unquoted } from './markdown-check.js';

const p = nl.plan;

const fragments = [
  '|', '\\|', '\\', '\n', '\r\n', '\r', '\n\n', '\n \n', '\u2028', '#', '## ', '<script>', '</script>', '<', '>', '<br>',
  '`', '```', '~~~', '- ', '* ', '+ ', '1. ', '2) ', '> ', '&amp;', '&#124;', '&', '    ', '\t', '😀', '👩‍👩‍👧', 'e\u0301',
  '\u0301', '---', '===', '***', '___', '[x](y)', '![a](b)', '[ ]', '[x]', '*', '_', '**', '~~', '$', ':', ' ', '',
  `Lang${'woord'.repeat(40)}`, 'https://example.com/a_b', '<https://x.be>', '\u0000', '\u000b',
];

/** Arbitrary text, often built from pieces that mean something in Markdown. */
const userText = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: 'grapheme', maxLength: 5 })), { maxLength: 12 })
      .map((parts) => parts.join('')),
  },
);

const dueDate = fc.option(fc.constantFrom('2027-01-15', '2026-12-31', '', '2027-02-30', 'volgende week', '<b>'), { nil: undefined });

const actionFields = fc.record({
  what: userText,
  who: fc.option(userText, { nil: undefined }),
  due: dueDate,
  priority: fc.constantFrom(...priorities),
  status: fc.constantFrom('open' as const, 'done' as const, 'dropped' as const),
});

const answerFields = fc.record({
  answer: fc.option(userText, { nil: undefined }),
  skipped: fc.boolean(),
  discuss: fc.boolean(),
});

const themeFields = fc.record({
  answers: fc.tuple(answerFields, answerFields, answerFields, answerFields, answerFields),
  rating: fc.option(fc.constantFrom<Rating>(...ratingLevels, 'unknown'), { nil: undefined }),
  importance: fc.option(fc.constantFrom('low' as const, 'medium' as const, 'high' as const, 'unknown' as const), { nil: undefined }),
  actions: fc.array(actionFields, { maxLength: 3 }),
});

const answersArb = fc
  .record({
    organisation: userText,
    participant: userText,
    status: fc.constantFrom('complete' as const, 'in-progress' as const),
    themes: fc.tuple(themeFields, themeFields),
    previous: fc.option(fc.array(fc.record({ fields: actionFields, reviewed: fc.boolean(), themeTitle: userText }), { maxLength: 3 }), {
      nil: undefined,
    }),
    focus: fc.array(fc.constantFrom('t0a0', 't0a1', 't1a0', 'p0', 'p1', 'nergens'), { maxLength: 3 }),
  })
  .map(({ organisation, participant, status, themes, previous, focus }): AnswersFile => ({
    ...complete,
    organisation,
    participant,
    status,
    themes: complete.themes.map((base, t) => {
      const fields = themes[t]!;
      return {
        ...base,
        answers: base.answers.map((question, q) => {
          const a = fields.answers[q]!;
          return { id: question.id, question: question.question, answer: a.answer, skipped: a.skipped || undefined, discuss: a.discuss || undefined };
        }),
        rating: fields.rating,
        importance: fields.importance,
        actions: fields.actions.map((action, i): Action => ({ id: `t${t}a${i}`, ...action })),
      };
    }),
    previous: previous && {
      file: 'vorige.yaml',
      date: '2026-08-12',
      actions: previous.map(({ fields, reviewed, themeTitle }, i): CarriedAction => ({
        id: `p${i}`,
        theme: i === 0 ? 'safe-space' : 'elders',
        themeTitle,
        reviewed,
        ...fields,
      })),
    },
    focus,
  }));

function expectedHeadings(answers: AnswersFile): string[] {
  const actions = [...answers.themes.flatMap((t) => t.actions), ...(answers.previous?.actions ?? [])];
  return [
    `# ${p.title}`,
    `## ${p.overview}`,
    `## ${p.focus}`,
    `## ${p.actions}`,
    ...(answers.previous?.actions.length ? [`### ${p.previousActions}`] : []),
    ...(actions.some((a) => a.status !== 'dropped') ? [`### ${p.checklist}`] : []),
    ...answers.themes.map((t) => `## ${t.title}`),
    `## ${p.agenda}`,
    `## ${p.resources}`,
    `## ${p.citation}`,
  ];
}

describe('the plan, whatever the user typed', () => {
  it('keeps its structure', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const md = renderPlanMarkdown(answers, questionSet, nl);
        const lines = md.split('\n');
        const current = answers.themes.flatMap((t) => t.actions);
        const previous = answers.previous?.actions ?? [];
        const all = [...current, ...previous];

        const problems: string[] = [];
        const check = (ok: boolean, what: string, line = '') => {
          if (!ok) problems.push(`${what}: ${JSON.stringify(line)}`);
        };

        // (a) every row of every table has exactly the header's number of cells, and a table
        // has one line per row: 2 themes in the overview, one row per action.
        const tables = findTables(lines);
        expect(tables.map((t) => t.lines.length)).toEqual([
          2 + answers.themes.length,
          ...(current.length ? [2 + current.length] : []),
          ...(previous.length ? [2 + previous.length] : []),
        ]);
        for (const table of tables) {
          const width = splitRow(table.lines[0]!).length;
          check(isDelimiterRow(table.lines[1]!), 'delimiter row', table.lines[1]);
          for (const row of table.lines) check(splitRow(row).length === width, `row of ${width} cells`, row);
        }
        // ... and no other line has a pipe a table could split on.
        const inTable = new Set(tables.flatMap((t) => t.lines.map((_, i) => t.start + i)));
        lines.forEach((line, i) => check(inTable.has(i) || !hasUnescapedPipe(line), 'pipe outside a table', line));

        // (b) the headings are exactly the plan's own.
        expect(headingLines(md)).toEqual(expectedHeadings(answers));

        // (c) no HTML from user text: the only `<` are the plan's <br> in cells and link targets.
        expect(md).not.toMatch(/<script/i);
        expect(md).not.toMatch(/<(?!br>|https?:\/\/)/);

        // (d) no code block: no fence (also inside a quote), no indented code; no setext
        // underline or thematic break either.
        for (const line of lines) {
          const content = unquoted(line);
          check(!/^(`{3,}|~{3,})/.test(content), 'code fence', line);
          check(!/^( {4}|\t)/.test(line), 'indented code', line);
          check(!/^(=+|-+)\s*$/.test(content), 'setext underline', line);
          check(!/^([-*_])(\s*\1){2,}\s*$/.test(content), 'thematic break', line);
        }
        expect(problems).toEqual([]);

        // Only the plan's own list items: 5 lines of facts, the checklist, the resources (one
        // theme link and the set's sources); numbered: the focus and the agenda.
        const bullets = lines.filter((line) => /^\s*[-*+]( |$)/.test(line));
        expect(bullets).toHaveLength(5 + all.filter((a) => a.status !== 'dropped').length + 1 + questionSet.sources.length);
        const checklist = lines.filter((line) => /^- \[[ x]\] /.test(line));
        expect(checklist.map((line) => line.slice(0, 5))).toEqual(
          all.filter((a) => a.status !== 'dropped').map((a) => (a.status === 'done' ? '- [x]' : '- [ ]')),
        );
        const focus = new Set(all.map((a) => a.id).filter((id) => answers.focus?.includes(id)));
        const numbered = lines.filter((line) => /^\s*\d+[.)]( |$)/.test(line));
        expect(numbered).toHaveLength(focus.size + planAgenda(answers).length);

        // Quotes: only the answers and the in-progress warning start with `>`.
        const answered = answers.themes.flatMap((t) => t.answers).filter((a) => !a.skipped && a.answer?.trim());
        if (answered.length === 0) {
          expect(lines.filter((line) => line.startsWith('>'))).toHaveLength(answers.status === 'in-progress' ? 1 : 0);
        }

        // One kind of line break, no control characters, same bytes every time.
        expect(md).not.toMatch(/[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/);
        expect(md.endsWith('\n')).toBe(true);
        expect(renderPlanMarkdown(answers, questionSet, nl)).toBe(md);
      }),
      { numRuns: 300 },
    );
  });

  it('shows the organisation and the participant on one line each', () => {
    fc.assert(
      fc.property(userText, userText, (organisation, participant) => {
        const md = renderPlanMarkdown({ ...complete, organisation, participant }, questionSet, nl);
        const lines = md.split('\n');
        expect(lines[2]!.startsWith(`- **${p.organisation}:** `)).toBe(true);
        expect(lines[3]!.startsWith(`- **${p.date}:** `)).toBe(true);
        expect(lines[4]!.startsWith(`- **${p.participant}:** `)).toBe(true);
        expect(lines[5]!.startsWith(`- **${p.themes}:** `)).toBe(true);
      }),
    );
  });
});

describe('the escape primitives, for any text', () => {
  it('inline and singleLine give one line without raw HTML, line-start markers or unescaped pipes', () => {
    fc.assert(
      fc.property(userText, (text) => {
        for (const out of [inline(text), singleLine(text), cell(text)]) {
          expect(out).not.toMatch(/[\n\r]/);
          expect(hasUnescapedPipe(out)).toBe(false);
          expect(out.replace(/<br>/g, '')).not.toContain('<');
        }
        expect(singleLine(text)).not.toMatch(/^(\s|[-+=>#]|\d{1,9}[.)]( |$)|`{3}|~{3})/);
      }),
    );
  });

  it('block keeps every line inside its indent and starts none with a block marker', () => {
    fc.assert(
      fc.property(userText, fc.constantFrom('', '> ', '   '), (text, indent) => {
        const out = block(text, indent);
        if (out === '') return;
        for (const line of out.split('\n')) {
          expect(line === indent.trimEnd() || line.startsWith(indent), line).toBe(true);
          const content = line.slice(indent.length);
          expect(content, line).not.toMatch(/^(\s|[-+=>#*_]|\d{1,9}[.)]( |$)|`|~)/);
          expect(content).not.toContain('<script');
        }
      }),
    );
  });
});

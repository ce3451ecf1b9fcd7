// Whatever the user typed (organisation, participant, answers, actions, earlier actions), the
// plan keeps its structure: tables keep their columns, the headings are exactly the plan's own,
// no HTML, no code, no list item or quote that the plan did not make; every text reads back exactly
// as typed; and every backslash is needed. The judge is a real CommonMark/GFM parser (markdown-it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priorities, ratingLevels, type Action, type AnswersFile, type CarriedAction, type Rating } from '../../src/answers/model.js';
import { nl } from '../../src/i18n/nl/index.js';
import { block, cell, inline, singleLine } from '../../src/render/markdown/escape.js';
import { finalizeMarkdown, userText as marked } from '../../src/render/markdown/line.js';
import { planAgenda, renderPlanMarkdown } from '../../src/render/plan/index.js';
import { complete } from '../fixtures/answers/complete.js';
import { questionSet } from '../fixtures/answers/question-set.js';
import { allTokens, blockTexts, headings, parse, shownOnOneLine, tables, uselessBackslashes } from './markdown-oracle.js';

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

/** A cell's text as a reader sees it: lines trimmed, runs of blank lines as one. */
function shownInCell(text: string): string {
  const lines = text
    .replace(/\r\n?|\u2028/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/[\u000B\u000C]/g, ' ')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, '')
    .trim()
    .split('\n')
    .map((line) => line.trim());
  return lines.filter((line, i) => line !== '' || lines[i - 1] !== '').join('\n');
}

/** An answer's paragraphs as a reader sees them in the quote: lines trimmed, empty ones gone. */
function shownParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?|\u2028/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/[\u000B\u000C]/g, ' ')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, '')
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trim()).filter(Boolean).join('\n'))
    .filter(Boolean);
}

describe('the plan, whatever the user typed (judged by markdown-it)', () => {
  it('keeps its structure, shows every text as typed, and has no backslash that changes nothing', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const md = renderPlanMarkdown(answers, questionSet, nl);
        const tokens = parse(md);
        const current = answers.themes.flatMap((t) => t.actions);
        const previous = answers.previous?.actions ?? [];
        const all = [...current, ...previous];

        // Tables: the overview, this reflection's actions, the earlier ones; every row as wide as
        // the header, and the action's what and who exactly as typed.
        const found = tables(tokens);
        expect(found.map((t) => t.rows.length)).toEqual([
          1 + answers.themes.length,
          ...(current.length ? [1 + current.length] : []),
          ...(previous.length ? [1 + previous.length] : []),
        ]);
        for (const table of found) for (const row of table.rows) expect(row).toHaveLength(table.rows[0]!.length);
        const actionRows = found.slice(1).flatMap((t) => t.rows.slice(1));
        expect(actionRows.map((row) => [row[1], row[2]])).toEqual(
          [...current, ...previous].map((a) => [shownInCell(a.what) || p.none, shownInCell(a.who ?? '') || p.toBeDecided]),
        );

        // Headings: exactly the plan's own.
        expect(headings(tokens)).toEqual(expectedHeadings(answers));

        // Nothing the plan did not make: no HTML (but the <br> in cells), no code, no image, no
        // strikethrough; links only to the resources; no list inside a list.
        const kinds = allTokens(tokens);
        expect(kinds.filter((t) => t.type === 'html_block' || (t.type === 'html_inline' && t.content !== '<br>'))).toEqual([]);
        expect(kinds.filter((t) => ['code_inline', 'code_block', 'fence', 'image', 's_open', 'hr', 'lheading'].includes(t.type))).toEqual([]);
        const setUrls = [
          ...questionSet.sources,
          ...questionSet.themes.flatMap((t) => [...(t.resources ?? []), ...(t.notes ?? [])]),
        ].map((r) => r.url);
        const links = kinds.filter((t) => t.type === 'link_open').map((t) => t.attrGet('href'));
        expect(links.length).toBeGreaterThanOrEqual(questionSet.sources.length);
        for (const href of links) expect(setUrls).toContain(href);
        let depth = 0;
        for (const token of tokens) {
          if (token.type.endsWith('_list_open')) depth++;
          if (token.type.endsWith('_list_close')) depth--;
          expect(depth).toBeLessThanOrEqual(1);
        }
        const items = tokens.filter((t) => t.type === 'list_item_open');
        const bullets = tokens.filter((t, i) => t.type === 'list_item_open' && tokens.slice(0, i).reverse().find((o) => o.type.endsWith('_list_open'))?.type === 'bullet_list_open');
        const checklist = all.filter((a) => a.status !== 'dropped');
        expect(bullets).toHaveLength(5 + checklist.length + links.length);
        const focus = new Set(all.map((a) => a.id).filter((id) => answers.focus?.includes(id)));
        expect(items.length - bullets.length).toBe(focus.size + planAgenda(answers, questionSet).length);
        // GitHub's checkboxes: exactly the checklist's.
        expect(items.filter((t) => t.attrGet('class') === 'task')).toHaveLength(checklist.length);

        // The facts at the top and the checklist, exactly as typed.
        const texts = blockTexts(tokens, 'list_item');
        expect(texts[0]).toBe(`${p.organisation}: ${shownOnOneLine(answers.organisation) || p.none}`);
        expect(texts[2]).toBe(`${p.participant}: ${shownOnOneLine(answers.participant) || p.none}`);
        // The focus (a numbered list) comes before the checklist.
        const checklistTexts = texts.slice(5 + focus.size, 5 + focus.size + checklist.length);
        checklist.forEach((action, i) => expect(checklistTexts[i]!.startsWith(`[${action.status === 'done' ? 'x' : ' '}] ${shownOnOneLine(action.what) || p.none} — `)).toBe(true));

        // Every answer, paragraph by paragraph, in the quotes.
        const quoted = blockTexts(tokens, 'blockquote');
        const answered = answers.themes.flatMap((t) => t.answers).filter((a) => !a.skipped && a.answer?.trim());
        expect(quoted.slice(answers.status === 'in-progress' ? 1 : 0)).toEqual(answered.flatMap((a) => shownParagraphs(a.answer!)));

        // Each backslash is needed: without it, markdown-it reads something else.
        expect(uselessBackslashes(md)).toEqual([]);

        // One kind of line break, no control characters or marks left, same bytes every time.
        expect(md).not.toMatch(/[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029\ufdd0\ufdd1]/);
        expect(md.endsWith('\n')).toBe(true);
        expect(renderPlanMarkdown(answers, questionSet, nl)).toBe(md);
      }),
      { numRuns: 150 },
    );
    // Each run parses the plan once per backslash in it: slow by design, not by waiting.
  }, 120_000);

  it('writes no backslash before = + - # in running text (the plan is read as plain text too)', () => {
    const answers: AnswersFile = {
      ...complete,
      organisation: '=HYPERLINK("x") & Co',
      participant: '+32 2 123 45 67',
      themes: complete.themes.map((theme) => ({
        ...theme,
        answers: theme.answers.map((a) => ({ ...a, answer: '-vraag: #1 prioriteit, 5 * 3 = 15, snake_case, a < b, [x], ~5 mensen' })),
        actions: theme.actions.map((a) => ({ ...a, what: '-ask het team', who: '#1 An' })),
      })),
    };
    const md = renderPlanMarkdown(answers, questionSet, nl);
    expect(md).toContain('- **Organisatie:** =HYPERLINK("x") & Co');
    expect(md).toContain('- **Ingevuld door:** +32 2 123 45 67');
    expect(md).toContain('> -vraag: #1 prioriteit, 5 * 3 = 15, snake_case, a < b, [x], ~5 mensen');
    expect(md).toContain('| -ask het team | #1 An |');
    expect(md).toContain('- [ ] -ask het team — ');
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

describe('the escape primitives, for any text (judged by markdown-it)', () => {
  it('a cell is one cell showing the text as typed, with no backslash that changes nothing', () => {
    fc.assert(
      fc.property(userText, (text) => {
        const row = `| ${cell(text)} | x |`;
        const md = `| a | b |\n| --- | --- |\n${row}\n`;
        const found = tables(parse(md));
        expect(found[0]!.rows[1]).toEqual([shownInCell(text), 'x']);
        expect(uselessBackslashes(md)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a block is paragraphs inside its quote, as typed, with no backslash that changes nothing', () => {
    fc.assert(
      fc.property(userText, (text) => {
        const out = block(text, '> ');
        if (out === '') return;
        const md = `${out}\n`;
        const tokens = parse(md);
        expect(tokens[0]!.type).toBe('blockquote_open');
        expect(tokens.filter((t) => t.type === 'blockquote_open')).toHaveLength(1);
        expect(allTokens(tokens).filter((t) => !['blockquote_open', 'blockquote_close', 'paragraph_open', 'paragraph_close', 'inline', 'text', 'hardbreak', 'softbreak'].includes(t.type))).toEqual([]);
        expect(blockTexts(tokens, 'blockquote')).toEqual(shownParagraphs(text));
        expect(uselessBackslashes(md)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('inline and singleLine show the text as typed on one line, whatever stands beside them', () => {
    fc.assert(
      fc.property(userText, userText, (a, b) => {
        // Two of them on one list item line, as a renderer that does not know its lines writes them.
        const md = `- ${singleLine(a) || '–'} — ${inline(b).trim() || '–'}\n`;
        const tokens = parse(md);
        expect(tokens.filter((t) => t.type === 'list_item_open')).toHaveLength(1);
        const kinds = allTokens(tokens).map((t) => t.type);
        expect(kinds.filter((k) => !['bullet_list_open', 'bullet_list_close', 'list_item_open', 'list_item_close', 'paragraph_open', 'paragraph_close', 'inline', 'text'].includes(k))).toEqual([]);
        expect(blockTexts(tokens, 'list_item')).toEqual([`${shownOnOneLine(a) || '–'} — ${shownOnOneLine(b) || '–'}`]);
      }),
      { numRuns: 300 },
    );
  });

  it('a finished line (heading, list item) escapes only what pairs on it, and reads back as typed', () => {
    fc.assert(
      fc.property(userText, userText, (a, b) => {
        const item = finalizeMarkdown(`1. ${marked(a) || '–'} — ${marked(b) || '–'} (**x:** ${marked(b) || '–'})\n`);
        expect(uselessBackslashes(item)).toEqual([]);
        expect(blockTexts(parse(item), 'list_item')).toEqual([
          `${shownOnOneLine(a) || '–'} — ${shownOnOneLine(b) || '–'} (x: ${shownOnOneLine(b) || '–'})`,
        ]);
        if (!shownOnOneLine(a)) return;
        const heading = finalizeMarkdown(`## ${marked(a)}\n`);
        expect(uselessBackslashes(heading)).toEqual([]);
        expect(headings(parse(heading))).toEqual([`## ${shownOnOneLine(a)}`]);
      }),
      // Found by this property: a heading that starts with a letter and ends in tab + `#` lost its `#`.
      { numRuns: 300, examples: [['က\t#', ''], ['Plan #', ''], ['Ons doel ##  ', '']] },
    );
  });
});

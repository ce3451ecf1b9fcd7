// `resokit show <theme> --markdown`: a printable theme (src/render/theme-markdown.ts).
import { describe, expect, it } from 'vitest';
import { loadBuiltinSet } from '../../src/content/load-question-set.js';
import type { Theme } from '../../src/content/types.js';
import { nl } from '../../src/i18n/nl/index.js';
import { noteMarkdown, renderThemeMarkdown, resourceMarkdown } from '../../src/render/theme-markdown.js';
import { allTokens, headings, parse } from './markdown-oracle.js';

const set = loadBuiltinSet('nl', nl);
const groupOf = (theme: Theme) => set.groups.find((g) => g.id === theme.group);
const byId = (id: string) => set.themes.find((t) => t.id === id)!;

describe('renderThemeMarkdown: every built-in theme', () => {
  it.each(set.themes.map((t) => [t.id, t] as const))('%s: one title, numbered questions, its notes and links', (_id, theme) => {
    const md = renderThemeMarkdown(theme, groupOf(theme), nl);
    const lines = md.split('\n');
    expect(lines[0]).toBe(`# ${theme.title}`);
    expect(lines[2]).toBe(`*${groupOf(theme)!.title}* · \`${theme.id}\` · ${nl.browse.questionCount(theme.questions.length)}`);
    expect(headings(parse(md))).toEqual([`# ${theme.title}`, ...(theme.resources?.length ? ['## Meer lezen'] : [])]);
    const items = lines.filter((line) => /^\d+\. /.test(line));
    expect(items.map((line) => Number(/^\d+/.exec(line)![0]))).toEqual(theme.questions.map((_, i) => i + 1));
    const examples = lines.filter((line) => /^ {3}- /.test(line));
    expect(examples).toHaveLength(theme.questions.reduce((sum, q) => sum + (q.examples?.length ?? 0), 0));
    for (const note of theme.notes ?? []) expect(md).toContain(`> **${note.title ?? 'Noot'}**`);
    for (const resource of theme.resources ?? []) if (resource.url) expect(md).toContain(`](${resource.url})`);
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toMatch(/\n\n\n/);
  });
});

describe('renderThemeMarkdown: layout', () => {
  it('gradueel-aanbod as printed', () => {
    const md = renderThemeMarkdown(byId('gradueel-aanbod'), groupOf(byId('gradueel-aanbod')), nl);
    expect(md).toMatch(/^# Gradueel aanbod\n\n\*Werking\* · `gradueel-aanbod` · 2 vragen\n\n1\. Wordt er bij individuele /);
    expect(md).toMatch(/\n2\. Wordt er ingezet op een gradueel aanbod[^\n]*\n {3}- Bijvoorbeeld eerst van thuis uit/);
  });

  it('a note as a quote with its title, text, source and link', () => {
    expect(noteMarkdown({ title: 'Functies', text: 'Een.\n\nTwee.', source: 'X', url: 'https://x.be' }, nl)).toBe(
      ['> **Functies**', '>', '> Een.', '>', '> Twee.', '>', '> *Bron: X*', '>', '> [https://x.be](https://x.be)'].join('\n'),
    );
    expect(noteMarkdown({ text: 'Tekst.' }, nl)).toBe('> **Noot**\n>\n> Tekst.');
  });

  it('a resource as a list item, linked when it has a URL', () => {
    expect(resourceMarkdown({ title: 'Presentie', url: 'https://www.presentie.nl/' })).toBe('- [Presentie](https://www.presentie.nl/)');
    expect(resourceMarkdown({ title: 'Boek', description: 'Een boek.' })).toBe('- Boek — Een boek.');
  });

  it('`level` sets the heading depth (for embedding in a larger document)', () => {
    const md = renderThemeMarkdown(byId('safe-space'), groupOf(byId('safe-space')), nl, 2);
    expect(headings(parse(md))).toEqual(['## Safe space', '### Meer lezen']);
  });

  it('examples nest under question 10 and later too (indented to the item’s content)', () => {
    const questions = Array.from({ length: 11 }, (_, i) => ({ id: `q${i}`, text: `Vraag ${i + 1}?`, examples: ['voorbeeld'] }));
    const md = renderThemeMarkdown({ id: 'veel', group: 'werking', title: 'Veel', questions, file: 'x.yaml' }, undefined, nl);
    expect(md).toContain('9. Vraag 9?\n   - voorbeeld\n10. Vraag 10?\n    - voorbeeld\n11. Vraag 11?\n    - voorbeeld\n');
  });

  it('text of an organisation’s own theme cannot break the structure', () => {
    const own: Theme = {
      id: 'eigen',
      group: 'werking',
      title: '# Onze <b>buurt</b> | *team*',
      questions: [
        { id: 'a', text: '- Wat doen we\nmet `code` en [links](x)?', examples: ['1. genummerd', '> citaat'] },
        { id: 'b', text: '## Nog een vraag?' },
      ],
      notes: [{ title: 'Let *op*', text: '# Geen kop\n\n- geen lijst' }],
      resources: [{ title: '[x](javascript:alert(1))', url: 'javascript:alert(1)' }],
      file: 'eigen.yaml',
    };
    const md = renderThemeMarkdown(own, undefined, nl);
    const tokens = parse(md);
    // Read by a real parser: the title is one heading with the text as typed, no HTML, no link.
    expect(headings(tokens)).toEqual(['# # Onze <b>buurt</b> | *team*', '## Meer lezen']);
    expect(allTokens(tokens).filter((t) => ['html_inline', 'html_block', 'link_open', 'code_inline'].includes(t.type)).map((t) => t.content)).toEqual(['eigen']);
    expect(md).toContain('1. \\- Wat doen we met \\`code\\` en [links\\](x)?\n   - 1\\. genummerd\n   - \\> citaat\n2. \\## Nog een vraag?\n');
    expect(md).toContain('*werking* · `eigen` · 2 vragen');
    expect(md).not.toMatch(/<b>|<\/b>/);
  });
});

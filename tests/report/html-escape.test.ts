// The HTML export: one self-contained file, no scripts, every piece of user text escaped, links only
// for http(s) URLs of the question set. Checked on the output, not on the escaping code alone.
import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '../../src/content/types.js';
import { nl } from '../../src/i18n/nl/index.js';
import { buildReport, type ReportInput } from '../../src/report/index.js';
import { escapeHtml, html, link, paragraphs } from '../../src/render/report/html/escape.js';
import { renderReport } from '../../src/render/report/index.js';
import { reportSet } from '../fixtures/report/question-set.js';
import { file, fixture, input, naming, team, theme } from './helpers.js';

const render = (inputs: ReportInput[], set: QuestionSet | undefined = reportSet) =>
  renderReport({ report: buildReport(inputs, { set, naming: naming() }), set, m: nl, language: 'nl', format: 'html', bom: false, separator: ',' });

/** Every start tag in the document, as `name attr...` (enough to see what a browser would build). */
const tags = (doc: string) => [...doc.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)].map((m) => ({ name: m[1]!.toLowerCase(), attrs: m[2]! }));

const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(2)">klik</a>',
  '"><svg onload=alert(3)>',
  "' onfocus='alert(4)",
  '</title><script>alert(5)</script>',
  '</style><script>alert(6)</script>',
  '<!-- <script>alert(7)</script> -->',
  '<iframe srcdoc="<script>alert(8)</script>">',
  '&lt;script&gt; en &amp;',
];

describe('HTML export: escaping', () => {
  const doc = render([fixture('nasty/nasty.yaml')]);

  it('has no script, no event handler, no javascript: anywhere in the markup', () => {
    const found = tags(doc);
    expect(found.map((t) => t.name)).not.toContain('script');
    expect(found.map((t) => t.name)).not.toContain('img');
    expect(found.some((t) => /\son[a-z]+\s*=/i.test(t.attrs))).toBe(false);
    expect(found.some((t) => /javascript:/i.test(t.attrs))).toBe(false);
    expect(doc).not.toMatch(/<script/i);
  });

  it('links only to the http(s) URLs of the question set', () => {
    const hrefs = [...doc.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    const setUrls = new Set([
      ...reportSet.sources.map((s) => s.url),
      ...reportSet.themes.flatMap((t) => [...(t.resources ?? []).map((r) => r.url), ...(t.notes ?? []).map((n) => n.url)]),
    ]);
    for (const href of hrefs) {
      expect(href).toMatch(/^https?:\/\//);
      expect(setUrls.has(href)).toBe(true);
    }
  });

  it('shows what was typed, as text', () => {
    expect(doc).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;');
    expect(doc).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(doc).toContain('[klik hier](javascript:alert(1)) en &lt;a href=&quot;javascript:alert(2)&quot;&gt;link&lt;/a&gt;');
    expect(doc).toContain('<dd>&lt;script&gt;alert(&quot;naam&quot;)&lt;/script&gt;</dd>');
  });

  it.each(payloads)('a payload in every field stays text: %s', (payload) => {
    const evil = file(payload, [
      { ...theme('t1', 'on-track', { answers: { q1: payload }, actions: [{ what: payload, who: payload, id: 'a1' }] }), title: payload },
    ], { organisation: payload, focus: ['a1'], questionSet: { id: payload, version: payload, language: 'nl', title: payload } });
    const out = render([input(evil, 'evil'), input(file(payload, [theme('t1', 'not-started')]), 'evil2')]);
    const found = tags(out);
    const allowed = ['a', 'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'h1', 'h2', 'h3', 'dl', 'dt', 'dd', 'p', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'ol', 'li', 'strong', 'em', 'span', 'section', 'div', 'footer',
      // The charts: inline SVG drawn by resokit (issue 11), its text escaped like the rest.
      'svg', 'desc', 'defs', 'pattern', 'rect', 'line', 'text', 'g'];
    expect(found.map((t) => t.name).filter((name) => !allowed.includes(name))).toEqual([]);
    expect(found.some((t) => /\son[a-z]+\s*=/i.test(t.attrs) || /javascript:/i.test(t.attrs))).toBe(false);
    expect(found.filter((t) => t.name === 'a').every((t) => /^ href="https?:\/\/[^"]*"$/.test(t.attrs))).toBe(true);
    if (payload.includes('<')) expect(out).not.toContain(payload);
  });
});

describe('HTML export: a self-contained printable file', () => {
  const doc = render(team());

  it('loads nothing from anywhere and runs nothing', () => {
    expect(doc).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(doc).toContain('<meta charset="utf-8">');
    expect(doc).toContain(`content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;`);
    const found = tags(doc);
    expect(found.filter((t) => ['script', 'link', 'img', 'iframe', 'object', 'embed', 'base', 'form'].includes(t.name))).toEqual([]);
    expect(found.filter((t) => /\ssrc=/.test(t.attrs))).toEqual([]);
    // Only references inside the document (a chart's hatching: url(#…)), nothing fetched.
    expect(doc).not.toMatch(/@import|url\((?!#)/);
  });

  it('has print CSS', () => {
    expect(doc).toContain('@media print');
    expect(doc).toContain('@page');
  });

  it('has one h1 and closes what it opens', () => {
    expect(doc.match(/<h1>/g)).toHaveLength(1);
    for (const name of ['table', 'ul', 'ol', 'section', 'div', 'p', 'dl', 'main']) {
      expect(doc.match(new RegExp(`<${name}[ >]`, 'g'))?.length ?? 0).toBe(doc.match(new RegExp(`</${name}>`, 'g'))?.length ?? 0);
    }
  });
});

describe('html helpers', () => {
  it.each([
    ['<b>&"\'', '&lt;b&gt;&amp;&quot;&#39;'],
    ['a\r\nb', 'a\nb'],
    ['nul\u0000bel\u0007', 'nulbel'],
  ])('escapeHtml(%j)', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });

  it('escapes interpolated values, keeps nested html, skips empty ones', () => {
    expect(html`<p>${'<i>'}${html`<b>${'&'}</b>`}${undefined}${false}${['<', 1]}</p>`.value).toBe('<p>&lt;i&gt;<b>&amp;</b>&lt;1</p>');
  });

  it.each([
    ['https://resokit.be/a?b=1&c=2', '<a href="https://resokit.be/a?b=1&amp;c=2">Label</a>'],
    ['HTTP://EXAMPLE.COM', '<a href="HTTP://EXAMPLE.COM">Label</a>'],
    ['javascript:alert(1)', 'Label (javascript:alert(1))'],
    ['JaVaScRiPt:alert(1)', 'Label (JaVaScRiPt:alert(1))'],
    ['data:text/html,<script>alert(1)</script>', 'Label (data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;)'],
    ['https://x.be/"onmouseover="alert(1)', 'Label (https://x.be/&quot;onmouseover=&quot;alert(1))'],
    ['//evil.example', 'Label (//evil.example)'],
    ['', 'Label'],
  ])('link to %j', (url, expected) => {
    expect(link('Label', url).value).toBe(expected);
  });

  it('keeps line breaks as <br> and blank lines as paragraphs', () => {
    expect(paragraphs('een\ntwee\n\n\ndrie <b>').value).toBe('<p>een<br>twee</p>\n<p>drie &lt;b&gt;</p>');
  });
});

describe('HTML export: words', () => {
  it('an action without an owner says "nog te bepalen", as the Markdown plan does', () => {
    const doc = render([input(file('An', [theme('t1', 'on-track', { actions: [{ what: 'Koffiemoment' }] })]))]);
    const row = /<tr>(?:(?!<\/tr>)[\s\S])*Koffiemoment[\s\S]*?<\/tr>/.exec(doc)?.[0] ?? '';
    expect(row).toContain(nl.plan.toBeDecided);
  });
});

describe('HTML export: the team chart (issue 11)', () => {
  it('a stacked bar per theme, in the overview, with a title, a description in words and the table beside it', () => {
    const doc = render(team());
    const overview = doc.slice(doc.indexOf(`<h2>${nl.report.overview}</h2>`));
    const svg = /<svg[^>]*role="img"[\s\S]*?<\/svg>/.exec(overview)?.[0] ?? '';
    expect(svg).toContain(`<title id="team-ratings-title">${nl.history.chart.teamTitle}</title>`);
    expect(svg).toMatch(/<desc[^>]*>Gestapelde balken, één per thema/);
    expect(overview.indexOf('<table')).toBeGreaterThan(overview.indexOf('</svg>'));
  });
});

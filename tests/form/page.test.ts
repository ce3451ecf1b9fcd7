import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Theme } from '../../src/content/types.js';
import { embeddedJson } from '../../src/form/data.js';
import { renderFormPage } from '../../src/form/page.js';
import { en } from '../../src/i18n/en/index.js';
import { nl } from '../../src/i18n/nl/index.js';
import { builtin } from './support.js';

const set = builtin();
const hostile: Theme = {
  id: 'eigen-thema',
  group: 'werking',
  title: '</script><script>alert("titel")</script>',
  file: 'mijn-themas/eigen.yaml',
  questions: [{ id: 'vraag', text: '<img src=x onerror=alert(1)> & "quotes"', examples: ['<b>vet</b>'] }],
  notes: [{ title: '<i>noot</i>', text: 'Zie <a href="javascript:alert(1)">hier</a>', url: 'javascript:alert(1)' }],
  resources: [{ title: 'Gevaarlijk', url: 'javascript:alert(2)' }, { title: 'Veilig', url: 'https://example.org/a?b=1&c=2' }],
};
const script = 'console.log("</script><!-- page script")';
const page = (themes: readonly Theme[], fixed = false, m = nl) => renderFormPage({ set, themes, fixed, formId: 'f1', script, m });

const inline = (html: string, tag: 'script' | 'style') => [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((x) => x[1]!);
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the form page', () => {
  it('allows its own script and style by their hashes, and nothing else', () => {
    const html = page(set.themes);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replaceAll('&#39;', "'");
    const [code] = inline(html, 'script');
    const [style] = inline(html, 'style');
    expect(csp).toBe(`default-src 'none'; script-src ${sha(code!)}; style-src ${sha(style!)}; base-uri 'none'; form-action 'none'`);
    // The script cannot end its element early: its "</script" is escaped.
    expect(code).toBe('console.log("<\\/script><\\!-- page script")');
  });

  it('lists importance as reflect does: high, medium, low, don’t know', () => {
    const html = page(set.themes.slice(0, 1));
    expect([...html.matchAll(/name="i0" value="([a-z]+)"/g)].map((x) => x[1])).toEqual(['high', 'medium', 'low', 'unknown']);
  });

  it('holds every theme, question and example of the set, and the guidance', () => {
    const html = page(set.themes);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Begin klein en concreet.');
    for (const theme of set.themes) {
      for (const q of theme.questions) {
        expect(html).toContain(q.text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'));
      }
    }
    expect((html.match(/<section class="theme"/g) ?? []).length).toBe(set.themes.length);
  });

  it('escapes the text of own themes (--questions) like the built-in text, links only to http(s)', () => {
    const html = page([hostile]);
    const body = html.replace(/<script[\s\S]*?<\/script>/g, '');
    expect(body.match(/<script|<img|<b>|<i>|href="javascript:/gi)).toBeNull();
    expect(body).toContain('&lt;/script&gt;&lt;script&gt;alert(&quot;titel&quot;)&lt;/script&gt;');
    expect(body).toContain('<a href="https://example.org/a?b=1&amp;c=2">Veilig</a>');
    // The JSON for the script cannot end its element either.
    expect(html).toContain(embeddedJson(hostile.title));
    expect(embeddedJson('</script>')).toBe('"\\u003c/script>"');
  });

  it('each scale is a fieldset with a legend and no option chosen beforehand', () => {
    const html = page([hostile]);
    const fieldsets = [...html.matchAll(/<fieldset class="scale">\s*<legend>([^<]+)<\/legend>([\s\S]*?)<\/fieldset>/g)];
    expect(fieldsets.map((f) => f[1])).toEqual([nl.reflect.ratingQuestion('&lt;/script&gt;&lt;script&gt;alert(&quot;titel&quot;)&lt;/script&gt;'), nl.reflect.importanceQuestion]);
    expect(fieldsets.map((f) => (f[2]!.match(/type="radio"/g) ?? []).length)).toEqual([5, 4]);
    expect(html).not.toContain('checked');
  });

  it('every field has a label; no inline handlers or style attributes', () => {
    const html = page(set.themes);
    const fieldIds = [...html.matchAll(/<(?:input|textarea|select)[^>]* id="([^"]+)"/g)].map((x) => x[1]!);
    const labelled = new Set([...html.matchAll(/<label[^>]* for="([^"]+)"/g)].map((x) => x[1]!));
    expect(fieldIds.filter((id) => !labelled.has(id))).toEqual([]);
    expect(html).not.toMatch(/\son[a-z]+=|\sstyle=/);
  });

  it('with --theme there is no theme choice; the page speaks the catalogue’s language', () => {
    const english = builtin('en');
    const html = renderFormPage({ set: english, themes: english.themes.slice(0, 1), fixed: true, formId: 'f1', script, m: en });
    expect(html).toContain('<html lang="en">');
    expect(html).not.toContain('type="checkbox" id="c0"');
    expect(html).toContain(en.form.save);
  });
});

import { createHash } from 'node:crypto';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The script as it can stand inside <script>: a "</script" or "<!--" in it (in a string) would end
 * or confuse the element, so the `<` is escaped where JavaScript allows it.
 */
export function inlineScript(script: string): string {
  return script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * Nothing may load or run but the page's own script and style, each allowed by its hash: no
 * requests anywhere (fonts, images, fetch), no eval, no inline handlers, no form posts.
 */
export function contentSecurityPolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${hash(script)}`,
    `style-src ${hash(style)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

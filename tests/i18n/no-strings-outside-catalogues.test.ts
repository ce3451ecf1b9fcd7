import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = new URL('../../src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // The catalogues are src/i18n/<lang>/; the code beside them in src/i18n/ is checked like any other.
    if (statSync(path).isDirectory()) return dir.endsWith('/i18n') ? [] : files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Text a person would read: two words of letters in a row ("Kan niet", "not found"), once markup
 * is set aside: HTML tags and attributes, CSS rules, and command syntax (`resokit reflect`).
 */
function looksLikeProse(text: string): boolean {
  if (/^(npx )?resokit( [a-z-]+)*$/.test(text)) return false;
  // A command line put together in code: lower-case words and --flags only.
  if (/--[a-z]/.test(text) && /^[a-z0-9 ./-]*$/.test(text)) return false;
  if (/\{[^}]*:[^}]*;[^}]*\}/.test(text)) return false;
  const visible = text.replace(/<[^>]*>/g, ' ');
  return /\p{L}{2,}[ \u00a0]+\p{L}{2,}/u.test(visible);
}

/** Places where prose is not shown to users: bug messages, module names, types. */
function exempt(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isImportTypeNode(parent)) return true;
  if (ts.isLiteralTypeNode(parent)) return true;
  if (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword) return true;
  for (let n: ts.Node | undefined = parent; n; n = n.parent) {
    // `new Error(...)` is a bug report for developers, shown with its stack; English is right there.
    if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'Error') return true;
    if (ts.isStatement(n)) break;
  }
  return false;
}

function prose(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
      ? node.text
      : ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ')
        : undefined;
    if (text !== undefined && looksLikeProse(text) && !exempt(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${relative(src, file)}:${line + 1}: ${JSON.stringify(text.slice(0, 60))}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('user-facing strings', () => {
  it('live in the catalogues (src/i18n/<lang>/), not in code', () => {
    expect(files(src.replace(/\/$/, '')).flatMap(prose)).toEqual([]);
  });

  it('the check itself notices prose in code', () => {
    const probe = join(src, '..', 'tests', 'fixtures', 'i18n', 'hard-coded.ts');
    expect(prose(probe)).toEqual([expect.stringContaining('"Kan het bestand niet lezen: ')]);
  });
});

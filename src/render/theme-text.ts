import type { Style } from '../cli/style.js';
import type { Group, Note, Resource, Theme } from '../content/types.js';
import type { Messages } from '../i18n/messages.js';
import { displayWidth, wrap } from '../text/wrap.js';

export function noteText(note: Note, width: number, m: Messages, style: Style, indent = '  '): string[] {
  const lines = [style.heading(wrap(note.title ? `${m.browse.note} — ${note.title}` : m.browse.note, width, indent, `${indent}  `))];
  note.text.split(/\n\s*\n/).forEach((paragraph, i) => lines.push(...(i > 0 ? [''] : []), wrap(paragraph, width, indent + '  ')));
  if (note.source) lines.push(style.dim(wrap(`${m.plan.label(m.browse.source)} ${note.source}`, width, indent + '  ')));
  if (note.url) lines.push(style.accent(`${indent}  ${note.url}`));
  return lines;
}

export function resourceText(resource: Resource, width: number, style: Style, indent = '  '): string[] {
  const lines = [wrap(resource.title, width, `${indent}• `, `${indent}  `)];
  if (resource.description) lines.push(wrap(resource.description, width, `${indent}  `));
  if (resource.url) lines.push(style.accent(`${indent}  ${resource.url}`));
  return lines;
}

/** `parts` joined by ' · ', broken into lines only between parts: no '3' left alone before 'vragen'. */
function joinParts(parts: readonly string[], width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const next = line ? `${line} · ${part}` : part;
    if (line && displayWidth(next) > width) {
      lines.push(line);
      line = part;
    } else {
      line = next;
    }
  }
  return [...lines, line].join('\n');
}

/** A whole theme for reading in a terminal, wrapped to `width` columns. */
export function renderThemeText(theme: Theme, group: Group | undefined, width: number, m: Messages, style: Style): string {
  const lines: string[] = [
    style.title(wrap(theme.title, width)),
    style.dim(joinParts([group?.title ?? theme.group, theme.id, m.browse.questionCount(theme.questions.length)], width)),
    '',
  ];
  theme.questions.forEach((question, index) => {
    const number = `${index + 1}. `;
    lines.push(wrap(question.text, width, number, ' '.repeat(number.length)));
    for (const example of question.examples ?? []) {
      lines.push(style.dim(wrap(example, width, `${' '.repeat(number.length)}– `, ' '.repeat(number.length + 2))));
    }
  });
  for (const note of theme.notes ?? []) lines.push('', ...noteText(note, width, m, style, ''));
  if (theme.resources?.length) {
    lines.push('', style.heading(m.browse.resources));
    for (const resource of theme.resources) lines.push(...resourceText(resource, width, style));
  }
  return `${lines.join('\n')}\n`;
}

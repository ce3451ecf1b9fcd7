import type { Group, Note, Resource, Theme } from '../content/types.js';
import type { Messages } from '../i18n/messages.js';
import { block, inline, link, singleLine } from './markdown/escape.js';

export function noteMarkdown(note: Note, m: Messages): string {
  const lines = [`> **${note.title ? singleLine(note.title) : m.browse.note}**`, '>', block(note.text, '> ')];
  if (note.source) lines.push('>', `> *${m.plan.label(m.browse.source)} ${singleLine(note.source)}*`);
  if (note.url) lines.push('>', `> ${link(note.url, note.url)}`);
  return lines.join('\n');
}

export function resourceMarkdown(resource: Resource): string {
  const title = resource.url ? link(resource.title, resource.url) : singleLine(resource.title);
  return `- ${title}${resource.description ? ` — ${singleLine(resource.description)}` : ''}`;
}

/** A whole theme as a printable Markdown document. `level` is the heading level of its title. */
export function renderThemeMarkdown(theme: Theme, group: Group | undefined, m: Messages, level = 1): string {
  const h = '#'.repeat(level);
  const parts = [
    `${h} ${singleLine(theme.title)}`,
    `*${inline(group?.title ?? theme.group)}* · \`${theme.id}\` · ${m.browse.questionCount(theme.questions.length)}`,
    theme.questions
      .map((question, index) => {
        // A sub-list nests under `10. ` only when indented to the item's content: 4 spaces, not 3.
        const number = `${index + 1}. `;
        const examples = (question.examples ?? []).map((example) => `${' '.repeat(number.length)}- ${singleLine(example)}`);
        return [`${number}${singleLine(question.text)}`, ...examples].join('\n');
      })
      .join('\n'),
    ...(theme.notes ?? []).map((note) => noteMarkdown(note, m)),
  ];
  if (theme.resources?.length) {
    parts.push(`${h}# ${m.browse.resources}`, theme.resources.map(resourceMarkdown).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

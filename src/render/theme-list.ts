import { printedCommand } from '../cli/invocation.js';
import type { Style } from '../cli/style.js';
import type { QuestionSet } from '../content/types.js';
import type { Messages } from '../i18n/messages.js';
import { displayWidth, wrap } from '../text/wrap.js';

/** The documented `resokit themes --json` shape (README: "themes --json"). */
export interface ThemesJson {
  questionSet: { id: string; version: string; language: string; title: string };
  groups: Array<{
    id: string;
    title: string;
    themes: Array<{ id: string; title: string; questions: number; file: string }>;
  }>;
}

export function themesJson(set: QuestionSet, groupIds: readonly string[]): ThemesJson {
  return {
    questionSet: { id: set.id, version: set.version, language: set.language, title: set.title },
    groups: set.groups
      .filter((g) => groupIds.includes(g.id))
      .map((g) => ({
        id: g.id,
        title: g.title,
        themes: set.themes
          .filter((t) => t.group === g.id)
          .map((t) => ({ id: t.id, title: t.title, questions: t.questions.length, file: t.file })),
      })),
  };
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** The title column never gets narrower than this, even in a very narrow terminal. */
const MIN_TITLE_WIDTH = 16;

/**
 * Per group: id, title and number of questions, in aligned columns that fit in `width` columns:
 * a title too long for the room left wraps within its column (ids are never cut: they are typed).
 * Without a `width` (output to a pipe) nothing wraps.
 */
export function renderThemeList(
  set: QuestionSet,
  groupIds: readonly string[],
  m: Messages,
  style: Style,
  width = Number.POSITIVE_INFINITY,
  showCommand = printedCommand('resokit', ['show', '<id>']),
): string {
  const data = themesJson(set, groupIds);
  const all = data.groups.flatMap((g) => g.themes);
  const count = (n: number) => m.browse.questionCount(n);
  const idWidth = Math.max(0, ...all.map((t) => displayWidth(t.id)));
  const countWidth = Math.max(0, ...all.map((t) => displayWidth(count(t.questions))));
  const room = width - (2 + idWidth + 2 + 2 + countWidth);
  const titleWidth = Math.min(Math.max(0, ...all.map((t) => displayWidth(t.title))), Math.max(MIN_TITLE_WIDTH, room));
  const lines: string[] = [];
  for (const group of data.groups) {
    lines.push(style.heading(`${group.title} (${m.browse.themeCount(group.themes.length)})`));
    for (const theme of group.themes) {
      const [first = '', ...rest] = wrap(theme.title, titleWidth).split('\n');
      lines.push(`  ${style.accent(pad(theme.id, idWidth))}  ${pad(first, titleWidth)}  ${style.dim(count(theme.questions))}`);
      for (const line of rest) lines.push(`  ${' '.repeat(idWidth)}  ${line}`);
    }
    lines.push('');
  }
  lines.push(style.dim(m.browse.total(all.length, all.reduce((sum, t) => sum + t.questions, 0))));
  lines.push(style.dim(m.browse.showHint(showCommand)));
  return `${lines.join('\n')}\n`;
}

import type { Style } from '../cli/style.js';
import type { QuestionSet } from '../content/types.js';
import type { Messages } from '../i18n/messages.js';
import { displayWidth } from '../text/wrap.js';

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

/** Per group: id, title and number of questions, in aligned columns. */
export function renderThemeList(set: QuestionSet, groupIds: readonly string[], m: Messages, style: Style): string {
  const data = themesJson(set, groupIds);
  const all = data.groups.flatMap((g) => g.themes);
  const idWidth = Math.max(...all.map((t) => displayWidth(t.id)));
  const titleWidth = Math.max(...all.map((t) => displayWidth(t.title)));
  const lines: string[] = [];
  for (const group of data.groups) {
    lines.push(style.heading(`${group.title} (${m.browse.themeCount(group.themes.length)})`));
    for (const theme of group.themes) {
      lines.push(`  ${style.accent(pad(theme.id, idWidth))}  ${pad(theme.title, titleWidth)}  ${style.dim(m.browse.questionCount(theme.questions))}`);
    }
    lines.push('');
  }
  lines.push(style.dim(m.browse.total(all.length, all.reduce((sum, t) => sum + t.questions, 0))));
  lines.push(style.dim(m.browse.showHint));
  return `${lines.join('\n')}\n`;
}

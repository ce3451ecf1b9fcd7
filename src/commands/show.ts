import type { CommandContext } from '../cli/context.js';
import { styleFor } from '../cli/style.js';
import { findTheme } from '../content/find-theme.js';
import { loadQuestionSet } from '../content/load-question-set.js';
import { renderThemeMarkdown } from '../render/theme-markdown.js';
import { renderThemeText } from '../render/theme-text.js';
import { readingWidth } from '../text/wrap.js';

export async function runShow(id: string, options: { markdown?: boolean }, ctx: CommandContext): Promise<void> {
  const set = await loadQuestionSet({ language: ctx.language, questions: ctx.questions, m: ctx.m, cwd: ctx.cwd });
  const theme = findTheme(set, id, ctx.m);
  const group = set.groups.find((g) => g.id === theme.group);
  ctx.stdout.write(
    options.markdown
      ? renderThemeMarkdown(theme, group, ctx.m)
      : renderThemeText(theme, group, readingWidth(ctx.stdout.columns), ctx.m, (await styleFor(ctx.stdout, ctx.color, ctx.env))),
  );
}

import type { CommandContext } from '../cli/context.js';
import { invocation, printedCommand } from '../cli/invocation.js';
import { styleFor } from '../cli/style.js';
import { findGroup } from '../content/find-theme.js';
import { loadQuestionSet } from '../content/load-question-set.js';
import { renderThemeList, themesJson } from '../render/theme-list.js';

export async function runThemes(options: { group?: string; json?: boolean }, ctx: CommandContext): Promise<void> {
  const set = await loadQuestionSet({ language: ctx.language, questions: ctx.questions, m: ctx.m, cwd: ctx.cwd });
  const groupIds = options.group ? [findGroup(set, options.group, ctx.m).id] : set.groups.map((g) => g.id);
  if (options.json) {
    ctx.stdout.write(`${JSON.stringify(themesJson(set, groupIds), null, 2)}\n`);
    return;
  }
  // Fitted to a terminal; piped (to grep, a file) one line per theme, however long.
  const width = ctx.stdout.isTTY ? (ctx.stdout.columns ?? 80) : Number.POSITIVE_INFINITY;
  // The hint names the command as it was started here, with the flags that found these themes.
  const show = printedCommand(invocation(ctx.env, process.argv[1]), ['show', '<id>'], {
    ...(ctx.languageExplicit ? { language: ctx.language } : {}),
    ...(ctx.questions !== undefined ? { questions: ctx.questions } : {}),
  });
  ctx.stdout.write(renderThemeList(set, groupIds, ctx.m, await styleFor(ctx.stdout, ctx.color, ctx.env), width, show));
}

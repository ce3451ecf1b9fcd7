import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { shownPath } from '../files/shown-path.js';
import type { CommandContext } from '../cli/context.js';
import { plainStyle, styleFor } from '../cli/style.js';
import { findTheme } from '../content/find-theme.js';
import { loadQuestionSet } from '../content/load-question-set.js';
import { UserError } from '../errors.js';
import { errorCode, failReason, isAbsent } from '../files/fail-reason.js';
import { writeFileAtomic } from '../files/rename-retry.js';
import { renderThemeMarkdown } from '../render/theme-markdown.js';
import { renderThemeText } from '../render/theme-text.js';
import { readingWidth } from '../text/wrap.js';

export interface ShowOptions {
  markdown?: boolean;
  /** A file to write instead of stdout: `>` in Windows PowerShell 5.1 writes UTF-16. */
  out?: string;
  force?: boolean;
}

/** What is at `path`; a path that cannot be looked at is an error, never taken for absent. */
async function kind(path: string): Promise<'folder' | 'file' | undefined> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    if (isAbsent(error)) return undefined;
    throw error;
  }
}

/** A file is there; one that cannot be looked at is taken for none, and gets the unknown theme's message. */
async function isFile(path: string): Promise<boolean> {
  try {
    return (await kind(path)) === 'file';
  } catch {
    return false;
  }
}

export async function runShow(id: string, options: ShowOptions, ctx: CommandContext): Promise<void> {
  const { m } = ctx;
  const out = options.out !== undefined ? resolve(ctx.cwd, options.out) : undefined;
  const shown = out && shownPath(ctx.cwd, out);
  // Checked before anything is loaded; like report, an existing file is kept unless --force.
  let existing: 'folder' | 'file' | undefined;
  try {
    existing = out === undefined ? undefined : await kind(out);
  } catch (error) {
    throw new UserError(m.report.cannotWrite(shown!, failReason(error, m.files)));
  }
  if (existing === 'folder') throw new UserError(m.browse.outIsFolder(shown!));
  if (existing === 'file' && !options.force) throw new UserError(m.report.outExists(shown!));

  const set = await loadQuestionSet({ language: ctx.language, questions: ctx.questions, m, cwd: ctx.cwd });
  // An answers file given to show (a trial did) gets one sentence, not the list of every theme id.
  if (!set.themes.some((t) => t.id === id.trim().toLowerCase()) && (/\.ya?ml$/i.test(id) || (await isFile(resolve(ctx.cwd, id))))) {
    throw new UserError(m.browse.fileNotTheme(id));
  }
  const theme = findTheme(set, id, m);
  const group = set.groups.find((g) => g.id === theme.group);
  if (out === undefined) {
    ctx.stdout.write(
      options.markdown
        ? renderThemeMarkdown(theme, group, m)
        : renderThemeText(theme, group, readingWidth(ctx.stdout.columns), m, await styleFor(ctx.stdout, ctx.color, ctx.env)),
    );
    return;
  }
  const markdown = options.markdown === true || /\.(md|markdown)$/i.test(out);
  const text = markdown ? renderThemeMarkdown(theme, group, m) : renderThemeText(theme, group, readingWidth(undefined), m, plainStyle);
  try {
    await mkdir(dirname(out), { recursive: true });
    await writeFileAtomic(out, text);
  } catch (error) {
    // EEXIST from mkdir: a file stands where a folder of the path should be.
    const reason = errorCode(error) === 'EEXIST' ? m.files.reasons.ENOTDIR! : failReason(error, m.files);
    throw new UserError(m.report.cannotWrite(shown!, reason));
  }
  ctx.stderr.write(`${m.report.written(shown!)}\n`);
}

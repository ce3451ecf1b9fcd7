import { createHash } from 'node:crypto';
import { readFile, mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { CommandContext } from '../cli/context.js';
import { findGroup, findThemes, themesOfGroup } from '../content/find-theme.js';
import { loadQuestionSet } from '../content/load-question-set.js';
import type { QuestionSet, Theme } from '../content/types.js';
import { UserError } from '../errors.js';
import { errorCode, failReason, isAbsent } from '../files/fail-reason.js';
import { writeFileAtomic } from '../files/rename-retry.js';
import { shownPath } from '../files/shown-path.js';
import { renderFormPage } from '../form/page.js';
import { packageRoot } from '../paths.js';
import { isoDate } from '../text/parse-date.js';

export interface FormOptions {
  theme?: string[];
  group?: string;
  org?: string;
  out?: string;
  force?: boolean;
}

/**
 * The form's identity, which keys what browsers store of it: the same set, themes and day give the
 * same form (a file mailed twice is one form), a new round on another day a new one.
 */
function formIdentity(set: QuestionSet, themes: readonly Theme[], date: string): string {
  const key = [set.id, set.version, set.language, date, ...themes.map((t) => t.id)].join('\n');
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

async function kind(path: string): Promise<'folder' | 'file' | undefined> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    if (isAbsent(error)) return undefined;
    throw error;
  }
}

export async function runForm(options: FormOptions, ctx: CommandContext): Promise<void> {
  const { m } = ctx;
  const date = isoDate(new Date());
  // Usage errors first (an unknown theme or group), then the output file.
  const set = await loadQuestionSet({ language: ctx.language, questions: ctx.questions, m, cwd: ctx.cwd });
  const chosen = options.theme?.length ? findThemes(set, options.theme, m) : undefined;
  const group = options.group ? findGroup(set, options.group, m) : undefined;
  // Both given: the themes are the form's, and they must be of the group (silently dropping either was the trial's surprise).
  const outside = group ? (chosen ?? []).filter((t) => t.group !== group.id) : [];
  if (group && outside.length > 0) throw new UserError(m.form.themeNotInGroup(outside.map((t) => t.id).join(', '), group.id));
  const themes = chosen ?? (group ? themesOfGroup(set, group.id) : set.themes);

  const out = resolve(ctx.cwd, options.out ?? join('resokit', `${m.form.fileName}-${date}.html`));
  const shown = shownPath(ctx.cwd, out);
  let existing: 'folder' | 'file' | undefined;
  try {
    existing = await kind(out);
  } catch (error) {
    throw new UserError(m.report.cannotWrite(shown, failReason(error, m.files)));
  }
  if (existing === 'folder') throw new UserError(m.form.outIsFolder(shown));
  if (existing === 'file' && !options.force) throw new UserError(m.form.outExists(shown));

  let script: string;
  try {
    script = await readFile(join(packageRoot(), 'dist', `form-${ctx.language}.js`), 'utf8');
  } catch {
    throw new Error(m.form.notBuilt);
  }
  const page = renderFormPage({
    set,
    themes,
    fixed: chosen !== undefined,
    formId: formIdentity(set, themes, date),
    script,
    m,
    ...(options.org?.trim() ? { organisation: options.org.trim() } : {}),
    ...(ctx.questions !== undefined ? { questionsPath: resolve(ctx.cwd, ctx.questions) } : {}),
  });
  try {
    await mkdir(dirname(out), { recursive: true });
    await writeFileAtomic(out, page);
  } catch (error) {
    // EEXIST from mkdir: a file stands where a folder of the path should be.
    const reason = errorCode(error) === 'EEXIST' ? m.files.reasons.ENOTDIR! : failReason(error, m.files);
    throw new UserError(m.report.cannotWrite(shown, reason));
  }
  ctx.stdout.write(`${m.form.written(shown)}\n${m.form.handOut}\n`);
}

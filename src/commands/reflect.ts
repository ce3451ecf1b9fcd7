import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { CommandContext } from '../cli/context.js';
import { invocation } from '../cli/invocation.js';
import { styleFor } from '../cli/style.js';
import { findGroup, findThemes } from '../content/find-theme.js';
import { loadQuestionSet } from '../content/load-question-set.js';
import type { QuestionSet, Theme } from '../content/types.js';
import { ExitCode, ExpectedExit, UserError } from '../errors.js';
import { carryActions, newAnswers } from '../answers/edit.js';
import type { AnswersFile } from '../answers/model.js';
import { reconcile, type SetChange } from '../answers/reconcile.js';
import type { serializeAnswers } from '../answers/serialize.js';
import { createAsker, type Asker } from '../prompts/ask.js';
import { renderPlanMarkdown } from '../render/plan/index.js';
import { readingWidth } from '../text/wrap.js';
import { isoDate } from '../text/parse-date.js';
import { ensureWritableDir, exists, newSessionPaths, planBeside, writeAtomic, writeAtomicSync } from '../reflect/session-files.js';
import { walkThrough } from '../reflect/walkthrough.js';
import { renderWelcome } from '../reflect/welcome.js';
import { isLanguage } from '../i18n/language.js';
import { loadMessages, type Messages } from '../i18n/messages.js';

export interface ReflectOptions {
  theme?: string[];
  group?: string;
  org?: string;
  name?: string;
  out?: string;
  resume?: string;
  previous?: string;
  force?: boolean;
}

const isPromptExit = (error: unknown) =>
  error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');

async function readAnswers(path: string, ctx: CommandContext): Promise<AnswersFile> {
  let content: Buffer;
  try {
    content = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new UserError(ctx.m.reflect.cannotRead(relative(ctx.cwd, path) || path, ctx.m.content.readReasons[code] ?? String(error)));
  }
  const shown = relative(ctx.cwd, path) || path;
  // The YAML parsers load only when a file is read (resume, previous), not before the first question.
  const { parseAnswersFile } = await import('../answers/parse.js');
  const parsed = parseAnswersFile({ path: shown, content }, ctx.m);
  if (!parsed.answers) throw new UserError(ctx.m.reflect.answersInvalid(shown), ExitCode.usage, parsed.problems);
  return parsed.answers;
}

function describeChanges(changes: readonly SetChange[], m: Messages): string[] {
  return changes.map((c) => {
    switch (c.kind) {
      case 'question-added':
        return m.reflect.questionAdded(c.theme, c.question);
      case 'question-removed':
        return m.reflect.questionRemoved(c.theme, c.question);
      case 'question-reworded':
        return m.reflect.questionReworded(c.theme, c.question);
      case 'theme-removed':
        return m.reflect.themeRemoved(c.theme);
    }
  });
}

/** With --previous, last time's themes are preselected: a follow-up usually looks at the same ones. */
async function chooseThemes(set: QuestionSet, group: string | undefined, preselect: readonly string[], ask: Asker, m: Messages, print: (text: string) => void): Promise<Theme[]> {
  print(`${m.reflect.chooseThemesHint}\n`);
  const groups = group ? set.groups.filter((g) => g.id === group) : set.groups;
  const ids = await ask.checkbox(
    m.reflect.chooseThemes,
    groups.flatMap((g) => [
      { heading: `── ${g.title} ──` },
      ...set.themes
        .filter((t) => t.group === g.id)
        .map((t) => ({ name: `${t.title} (${m.browse.questionCount(t.questions.length)})`, value: t.id, checked: preselect.includes(t.id) })),
    ]),
    { min: 1 },
  );
  return findThemes(set, ids, m);
}

export async function runReflect(options: ReflectOptions, ctx: CommandContext): Promise<void> {
  const style = await styleFor(ctx.stdout, ctx.color, ctx.env);
  const print = (text: string) => void ctx.stdout.write(text);
  const now = () => new Date();
  const width = readingWidth(ctx.stdout.columns);

  // Everything that can fail on bad input fails here, before the first question.
  const resumed = options.resume ? await readAnswers(resolve(ctx.cwd, options.resume), ctx) : undefined;
  const previous = options.previous ? await readAnswers(resolve(ctx.cwd, options.previous), ctx) : undefined;
  // A resumed reflection or a follow-up goes on in the language of its file, unless another one is asked for explicitly.
  const fileLanguage = (resumed ?? previous)?.questionSet.language;
  const language = fileLanguage && isLanguage(fileLanguage) && !ctx.languageExplicit ? fileLanguage : ctx.language;
  const m = language === ctx.language ? ctx.m : await loadMessages(language);
  ctx.useMessages(m);
  const r = m.reflect;
  const set = await loadQuestionSet({ language, questions: ctx.questions, m, cwd: ctx.cwd });
  if (resumed && resumed.questionSet.id !== set.id) {
    throw new UserError(r.otherSet(options.resume!, resumed.questionSet.id, set.id));
  }
  const preselected = options.theme?.length ? findThemes(set, options.theme, m) : undefined;
  const group = options.group ? findGroup(set, options.group, m).id : undefined;
  const outDir = resolve(ctx.cwd, options.out ?? (options.resume ? dirname(options.resume) : 'resokit'));
  // Checked after the options, so a typo in --theme is reported as such even when piped.
  if (!ctx.stdin.isTTY) throw new UserError(r.noTerminal);
  await ensureWritableDir(outDir, m);

  // The external-editor package (with its encodings) loads only when someone presses Ctrl+E.
  const openInEditor = async (text: string) => (await import('../prompts/editor.js')).openInEditor(text);
  // Ctrl+E is offered only with an editor set (or on Windows, where Notepad is the default):
  // dropping someone into vi unannounced would strand them.
  const editor = ctx.env.VISUAL || ctx.env.EDITOR || process.platform === 'win32' ? openInEditor : undefined;
  const ask = createAsker({ input: ctx.stdin, output: ctx.stdout }, m, editor);
  const shown = (path: string) => relative(ctx.cwd, path) || path;
  const program = invocation(ctx.env, process.argv[1]);
  const quote = (path: string) => (/^[\w./-]+$/.test(path) ? path : JSON.stringify(path));
  let answersPath: string | undefined;
  let file: AnswersFile | undefined;

  const resumeCommand = () => {
    const parts = [`${program} reflect`, '--resume', quote(shown(answersPath!))];
    // The file keeps its language; --lang only when this session was asked to speak another one.
    if (file && language !== file.questionSet.language) parts.push('--lang', language);
    if (ctx.questions) parts.push('--questions', ctx.questions);
    return parts.join(' ');
  };
  const header = () => r.answersHeader(isoDate(now()));
  // Loaded at the first save, before the signal handlers that need it synchronously are installed.
  let serialize: typeof serializeAnswers | undefined;
  const save = async (next: AnswersFile) => {
    file = next;
    serialize ??= (await import('../answers/serialize.js')).serializeAnswers;
    await writeAtomic(answersPath!, serialize(next, header()));
  };
  // kill -TERM / closing the terminal ends the process without unwinding: save synchronously.
  const onSignal = (code: number) => () => {
    if (file && answersPath) {
      if (serialize) writeAtomicSync(answersPath, serialize(file, header()));
      try {
        ctx.stderr.write(`\n${r.terminated}\n${r.saved(shown(answersPath))}\n${r.continueWith(resumeCommand())}\n`);
      } catch {
        // The terminal may be gone (SIGHUP): the file is what matters.
      }
    }
    process.exit(code);
  };
  const handlers = [
    ['SIGTERM', onSignal(143)],
    ['SIGHUP', onSignal(129)],
  ] as const;

  try {
    let plan: string;
    if (resumed) {
      answersPath = resolve(ctx.cwd, options.resume!);
      plan = planBeside(answersPath, outDir, m);
      print(`${style.dim(r.resumed(shown(answersPath)))}\n`);
      const { file: reconciled, changes } = reconcile(resumed, set);
      if (changes.length > 0) {
        print(`${style.warning(r.setChanged(resumed.questionSet.version, set.version))}\n`);
        for (const line of describeChanges(changes, m)) print(`  • ${line}\n`);
      }
      if (resumed.status === 'complete' && reconciled.status === 'complete') print(`${r.resumeAlreadyComplete}\n`);
      file = reconciled;
    } else {
      print(renderWelcome(set, m, style, width));
      // A follow-up offers last time's organisation and name (Enter keeps them; someone else may take over).
      const organisation = options.org?.trim() || (await ask.text(r.askOrganisation, { required: true, default: previous?.organisation }));
      const participant = options.name?.trim() || (await ask.text(r.askParticipant, { required: true, default: previous?.participant }));
      const paths = await newSessionPaths(outDir, isoDate(now()), participant, options.force === true, m);
      answersPath = paths.answers;
      plan = paths.plan;
      const themes = preselected ?? (await chooseThemes(set, group, previous?.themes.map((t) => t.id) ?? [], ask, m, print));
      let created = newAnswers(set, themes, { organisation, participant }, now());
      if (previous) {
        created = carryActions(created, previous, shown(resolve(ctx.cwd, options.previous!)));
        if (created.previous!.actions.length === 0) print(`${style.dim(r.previousNone)}\n`);
      }
      file = created;
    }
    if (!options.force && (await exists(plan)) && !(resumed && resumed.status !== 'complete')) {
      throw new UserError(r.outputExists(shown(plan)));
    }
    await save(file);
    for (const [signal, handler] of handlers) process.on(signal, handler);

    const finished = await walkThrough(file, { ask, print, save, set, m, style, width, now });
    await writeAtomic(plan, renderPlanMarkdown(finished, set, m));
    const printable = `${program} report ${quote(shown(answersPath))} --format html --out ${quote(shown(plan).replace(/\.md$/, '.html'))}`;
    print(`\n${style.success(r.done)}\n${r.written}\n  ${shown(answersPath)}\n  ${shown(plan)}\n${style.dim(r.printable(printable))}\n`);
  } catch (error) {
    if (!isPromptExit(error)) throw error;
    if (!file || !answersPath) throw new ExpectedExit(ExitCode.interrupted, `\n${r.nothingSaved}`);
    await save(file);
    throw new ExpectedExit(
      ExitCode.interrupted,
      `\n${r.interrupted}\n${r.saved(shown(answersPath))}\n${r.continueWith(resumeCommand())}`,
    );
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
}

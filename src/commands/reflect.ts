import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pastedPath, shownPath } from '../files/shown-path.js';
import type { CommandContext } from '../cli/context.js';
import { invocation, printedCommand, type CarriedFlags } from '../cli/invocation.js';
import { styleFor } from '../cli/style.js';
import { pageLine, themesLine } from '../content/file-kind.js';
import { findGroup, findThemes } from '../content/find-theme.js';
import { loadQuestionSet } from '../content/load-question-set.js';
import type { QuestionSet, Theme } from '../content/types.js';
import { ExitCode, ExpectedExit, UserError } from '../errors.js';
import { carryActions, mapPreviousFile, newAnswers } from '../answers/edit.js';
import type { AnswersFile } from '../answers/model.js';
import { reconcile, type SetChange } from '../answers/reconcile.js';
import { createAsker, type Asker } from '../prompts/ask.js';
import { offersEditor } from '../prompts/editor-offer.js';
import { renderPlanMarkdown } from '../render/plan/index.js';
import { readingWidth, wrap } from '../text/wrap.js';
import { isoDate } from '../text/parse-date.js';
import { failReason } from '../files/fail-reason.js';
import { diskWriter, type FileWriter } from '../files/write-atomic.js';
import { Autosave } from '../reflect/autosave.js';
import { forgottenQuestions } from '../reflect/forgotten-questions.js';
import { fallbackFolders, homeFolder, keepAnswers, keepAnswersSync, noticeText, type SavingDeps } from '../reflect/saving.js';
import { ensureWritableDir, existsOrFail, newSessionPaths, planBeside, removeCreatedIfEmpty } from '../reflect/session-files.js';
import { exists, existsSync } from '../files/exists.js';
import { storedPath, storedPathTarget } from '../files/stored-path.js';
import { onStopSignal, stopSignals, type StopSignal } from '../reflect/signals.js';
import { releaseClosedTerminal, watchTerminal } from '../reflect/terminal.js';
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
    throw new UserError(ctx.m.reflect.cannotRead(shownPath(ctx.cwd, path), failReason(error, ctx.m.files)));
  }
  const file = { path: shownPath(ctx.cwd, path), content };
  // The form's page or a theme file is said to be one in a line, rather than a screen of YAML or schema errors.
  const page = pageLine(file, ctx.m);
  if (page !== undefined) throw new UserError(page);
  // The YAML parsers load only when a file is read (resume, previous), not before the first question.
  const { parseAnswersFile } = await import('../answers/parse.js');
  const parsed = parseAnswersFile(file, ctx.m);
  if (parsed.answers) return parsed.answers;
  const themes = themesLine(file, ctx.m);
  throw themes !== undefined ? new UserError(themes) : new UserError(ctx.m.reflect.answersInvalid(file.path), ExitCode.usage, parsed.problems);
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
async function chooseThemes(set: QuestionSet, group: string | undefined, preselect: readonly string[], ask: Asker, m: Messages): Promise<Theme[]> {
  const groups = group ? set.groups.filter((g) => g.id === group) : set.groups;
  const ids = await ask.checkbox(
    m.reflect.chooseThemes,
    groups.flatMap((g) => [
      { heading: `── ${g.title} ──` },
      ...set.themes
        .filter((t) => t.group === g.id)
        .map((t) => ({ name: `${t.title} (${m.browse.questionCount(t.questions.length)})`, value: t.id, checked: preselect.includes(t.id) })),
    ]),
    { min: 1, intro: m.reflect.chooseThemesHint },
  );
  return findThemes(set, ids, m);
}

export async function runReflect(options: ReflectOptions, ctx: CommandContext, writer: FileWriter = diskWriter): Promise<void> {
  const style = await styleFor(ctx.stdout, ctx.color, ctx.env);
  const print = (text: string) => void ctx.stdout.write(text);
  const now = () => new Date();
  const width = readingWidth(ctx.stdout.columns);
  const shown = (path: string) => shownPath(ctx.cwd, path);
  // In the commands printed to paste: they should also work in a new terminal.
  const pasted = (path: string) => pastedPath(ctx.cwd, homeFolder(ctx.env), path);
  const program = invocation(ctx.env, process.argv[1]);
  const questions = ctx.questions === undefined ? undefined : pasted(resolve(ctx.cwd, ctx.questions));

  // Everything that can fail on bad input fails here, before the first question.
  const resumed = options.resume ? await readAnswers(resolve(ctx.cwd, options.resume), ctx) : undefined;
  const previous = options.previous ? await readAnswers(resolve(ctx.cwd, options.previous), ctx) : undefined;
  // A resumed reflection or a follow-up goes on in the language of its file, unless another one is asked for explicitly.
  const fileLanguage = (resumed ?? previous)?.questionSet.language;
  const language = fileLanguage && isLanguage(fileLanguage) && !ctx.languageExplicit ? fileLanguage : ctx.language;
  const m = language === ctx.language ? ctx.m : await loadMessages(language);
  ctx.useMessages(m);
  const r = m.reflect;
  // Printed commands carry --lang only where a file would otherwise set another language.
  const flags = (fileLang: string | undefined): CarriedFlags => ({
    ...(fileLang !== undefined && fileLang !== language ? { language } : {}),
    ...(questions !== undefined ? { questions } : {}),
  });
  const command = (args: readonly string[], carried: CarriedFlags) => printedCommand(program, args, carried, { cli: m.cli });
  const resumeCommand = (path: string) =>
    command(['reflect', '--resume', pasted(path)], flags(resumed?.questionSet.language ?? language));
  if (resumed) {
    // The file decides these; silently ignoring them would let someone think they took effect.
    const given = { theme: options.theme?.length, group: options.group, org: options.org, name: options.name, previous: options.previous };
    const clashing = Object.entries(given).filter(([, value]) => value).map(([flag]) => `--${flag}`);
    if (clashing.length > 0) throw new UserError(r.notWithResume(clashing.join(', ')));
  }
  const set = await loadQuestionSet({ language, questions: ctx.questions, m, cwd: ctx.cwd });
  if (resumed && resumed.questionSet.id !== set.id) {
    throw new UserError(r.otherSet(options.resume!, resumed.questionSet.id, set.id));
  }
  const forgotten = resumed && forgottenQuestions(resumed, set, ctx.questions !== undefined);
  if (forgotten) {
    const resume = command(['reflect', '--resume', pasted(resolve(ctx.cwd, options.resume!))], { ...flags(resumed.questionSet.language), questions: pasted(forgotten) });
    throw new UserError(r.forgotQuestions(shown(forgotten), resume));
  }
  const preselected = options.theme?.length ? findThemes(set, options.theme, m) : undefined;
  const group = options.group ? findGroup(set, options.group, m).id : undefined;
  const outDir = resolve(ctx.cwd, options.out ?? (options.resume ? dirname(options.resume) : 'resokit'));
  // Checked after the options, so a typo in --theme is reported as such even when piped.
  if (!ctx.stdin.isTTY) {
    const carried: CarriedFlags = { ...(ctx.languageExplicit ? { language } : {}), ...(questions !== undefined ? { questions } : {}) };
    throw new UserError(
      r.noTerminal(
        command(['themes'], carried),
        command(['show', r.themePlaceholder], carried),
        command(['report', `${r.fileNames.answers}.yaml`], carried),
      ),
    );
  }
  const createdDir = await ensureWritableDir(outDir, m);
  // Stopped before the first save, nothing the person typed is lost: the folder made for it goes too.
  const leaveNoEmptyFolder = () => removeCreatedIfEmpty(outDir, createdDir);

  // Notices about saving wait for the next question: printed during one, they would tear its screen.
  const notices: string[] = [];
  const showNotices = () => notices.splice(0).forEach((text) => print(`${text}\n`));
  const savingDeps: SavingDeps = {
    m,
    style,
    print,
    printError: (text) => void ctx.stderr.write(text),
    cwd: ctx.cwd,
    shown,
    resumeCommand,
    folders: fallbackFolders,
  };
  // A signal aborts the open prompt: it hands over the line being typed (as Ctrl+C does) and the
  // walk-through stops at once.
  const stop = new AbortController();
  // The editor's module loads only when someone presses Ctrl+E.
  const openInEditor = async (text: string) => (await import('../prompts/editor.js')).openInEditor(text, m, ctx.env);
  // Ctrl+E only where it cannot strand someone in vi (see offersEditor).
  const editor = offersEditor(process.platform, ctx.env) ? openInEditor : undefined;
  const asker = createAsker({ input: ctx.stdin, output: ctx.stdout, signal: stop.signal }, m, editor);
  const ask: Asker = {
    text: (...args) => (showNotices(), asker.text(...args)),
    multiline: (...args) => (showNotices(), asker.multiline(...args)),
    select: (...args) => (showNotices(), asker.select(...args)),
    checkbox: (...args) => (showNotices(), asker.checkbox(...args)),
    dueDate: (...args) => (showNotices(), asker.dueDate(...args)),
  };
  let autosave: Autosave<AnswersFile> | undefined;
  const header = () => r.answersHeader(isoDate(now()));
  // The serializer loads at the first save, not before the first question.
  const startSaving = async (path: string, file: AnswersFile) => {
    const { serializeAnswers } = await import('../answers/serialize.js');
    autosave = new Autosave({
      path,
      writer,
      // previous.file is absolute in memory, relative to the answers file's folder on disk.
      render: (next: AnswersFile, at: string) => serializeAnswers(mapPreviousFile(next, (p) => storedPath(p, dirname(at))), header()),
      notify: (notice) => notices.push(noticeText(notice, width, savingDeps)),
    });
    await autosave.update(file);
  };
  // Never rejects: a failing disk is told about (once) and the walk-through goes on from memory.
  const save = (next: AnswersFile) => autosave!.update(next);

  // A signal cannot wait for a person: the last save is synchronous, then the process ends.
  let stopping: { signal: StopSignal; code: number } | undefined;
  const finishOnSignal = () => {
    const { signal, code } = stopping!;
    const lines: string[] = [];
    if (autosave?.latest === undefined) {
      lines.push(r.nothingSaved);
      leaveNoEmptyFolder();
    }
    else if (keepAnswersSync(autosave, savingDeps)) {
      lines.push(signal === 'SIGINT' || signal === 'SIGBREAK' ? r.interrupted : r.terminated, r.saved(shown(autosave.path)), r.continueWith(resumeCommand(autosave.path)));
    } else lines.push(r.nothingSavedAnywhere);
    try {
      ctx.stderr.write(`\n${lines.join('\n')}\n`);
    } catch {
      // The terminal may be gone (SIGHUP): the file is what matters.
    }
    releaseClosedTerminal();
    process.exit(code);
  };
  const onStop = (signal: StopSignal, code: number) => {
    // A second signal: no more waiting for a write in progress.
    if (stopping) return finishOnSignal();
    stopping = { signal, code };
    autosave?.freeze();
    // From here on the terminal may be gone (SIGHUP): output that fails is dropped, not fatal.
    for (const stream of [ctx.stdout, ctx.stderr, ctx.stdin]) {
      stream.removeAllListeners('error');
      stream.on('error', () => undefined);
    }
    stop.abort();
    // The aborted prompt hands over its draft in this turn of the event loop; a write in progress
    // finishes first, so that it cannot land after the last one.
    setImmediate(() => void (autosave?.settled() ?? Promise.resolve()).then(finishOnSignal));
  };
  const uninstallSignals = onStopSignal(onStop);
  // A closed terminal window ends the input, often before its SIGHUP: the same as that signal.
  const unwatchTerminal = watchTerminal(ctx.stdin, () => onStop('SIGHUP', stopSignals.SIGHUP));

  try {
    let plan: string;
    let file: AnswersFile;
    let startPath: string;
    if (resumed) {
      const answersPath = resolve(ctx.cwd, options.resume!);
      plan = planBeside(answersPath, outDir, m);
      print(`${style.dim(r.resumed(shown(answersPath)))}\n`);
      const { file: reconciled, changes } = reconcile(resumed, set);
      if (changes.length > 0) {
        // Only rewording (a revised translation): no changed set to report, just which questions read differently.
        const reworded = changes.every((c) => c.kind === 'question-reworded');
        print(`${reworded ? style.dim(wrap(r.questionsReworded, width)) : style.warning(r.setChanged(resumed.questionSet.version, set.version))}\n`);
        for (const line of describeChanges(changes, m)) print(`  • ${line}\n`);
      }
      if (resumed.status === 'complete' && reconciled.status === 'complete') print(`${wrap(r.resumeAlreadyComplete, width)}\n`);
      file = mapPreviousFile(reconciled, (p) => storedPathTarget(p, answersPath, ctx.cwd, existsSync));
      // A finished reflection reopened goes to its summary and then rewrites its plan: ask first.
      if (!options.force && file.status === 'complete' && (await existsOrFail(plan, m))) {
        const replace = await ask.select(r.replacePlan(shown(plan)), [
          { name: r.replacePlanYes, value: true },
          { name: r.replacePlanNo, value: false },
        ]);
        if (!replace) {
          print(`${wrap(r.planKept(shown(plan)), width)}\n`);
          return;
        }
      }
      startPath = answersPath;
      await startSaving(answersPath, file);
    } else {
      print(renderWelcome(set, m, style, width));
      // A follow-up offers last time's organisation and name (Enter keeps them; someone else may take over).
      const organisation = options.org?.trim() || (await ask.text(r.askOrganisation, { required: true, default: previous?.organisation }));
      const participant = options.name?.trim() || (await ask.text(r.askParticipant, { required: true, default: previous?.participant }));
      const paths = await newSessionPaths(outDir, isoDate(now()), participant, options.force === true, m);
      plan = paths.plan;
      const themes = preselected ?? (await chooseThemes(set, group, previous?.themes.map((t) => t.id) ?? [], ask, m));
      let created = newAnswers(set, themes, { organisation, participant }, now(), { questionsPath: ctx.questions && resolve(ctx.cwd, ctx.questions) });
      if (previous) {
        created = carryActions(created, previous, resolve(ctx.cwd, options.previous!));
        if (created.previous!.actions.length === 0) print(`${style.dim(r.previousNone)}\n`);
      }
      file = created;
      if (!options.force && (await existsOrFail(plan, m))) throw new UserError(r.outputExists(shown(plan)));
      startPath = paths.answers;
      await startSaving(paths.answers, file);
    }

    // The walk-through prints only between questions: notices go first, above what comes next.
    const walkPrint = (text: string) => (showNotices(), print(text));
    const finished = await walkThrough(file, { ask, print: walkPrint, save, set, m, style, width, now });
    if (!(await keepAnswers(autosave!, ask, savingDeps))) throw new UserError(r.nothingSavedAnywhere);
    showNotices();
    const answersPath = autosave!.path;
    // The answers moved to another folder: the plan goes with them.
    if (answersPath !== startPath) plan = planBeside(answersPath, dirname(answersPath), m);
    const htmlPlan = pasted(plan).replace(/\.md$/, '.html');
    // A reopened reflection has made its printable version before: the command replaces it, as the plan was.
    const replaces = await exists(plan.replace(/\.md$/, '.html')).catch(() => false);
    const printable = command(
      ['report', pasted(answersPath), '--format', 'html', '--out', htmlPlan, ...(replaces ? ['--force'] : [])],
      flags(finished.questionSet.language),
    );
    try {
      await writer.write(plan, renderPlanMarkdown(finished, set, m));
    } catch (error) {
      const again = command(['report', pasted(answersPath), '--out', pasted(plan)], flags(finished.questionSet.language));
      throw new UserError(r.planNotWritten(shown(plan), failReason(error, m.files), again));
    }
    print(`\n${style.success(r.done)}\n${r.written}\n  ${shown(answersPath)}\n  ${shown(plan)}\n${style.dim(r.printable(printable))}\n`);
  } catch (error) {
    if (!isPromptExit(error)) throw error;
    if (stopping) {
      // finishOnSignal ends the process; nothing more happens here.
      return new Promise<never>(() => undefined);
    }
    if (autosave?.latest === undefined) throw new ExpectedExit(ExitCode.interrupted, `\n${r.nothingSaved}`);
    if (!(await keepAnswers(autosave, ask, savingDeps))) throw new ExpectedExit(ExitCode.interrupted, `\n${r.nothingSavedAnywhere}`);
    showNotices();
    throw new ExpectedExit(
      ExitCode.interrupted,
      `\n${r.interrupted}\n${r.saved(shown(autosave.path))}\n${r.continueWith(resumeCommand(autosave.path))}`,
    );
  } finally {
    if (!stopping) {
      uninstallSignals();
      unwatchTerminal();
      if (autosave?.latest === undefined) leaveNoEmptyFolder();
    }
  }
}

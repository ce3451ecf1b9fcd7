import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { globFiles, globFolder } from '../files/expand-args.js';
import { folderFileNames, folderProblem } from '../files/read-rounds.js';
import type { Messages } from '../i18n/messages.js';
import { textKey, type ReportInput } from '../report/index.js';
import type { CommandContext } from './context.js';
import { readAnswersFiles } from './read-answers.js';

/** One --compare value as read: a file, a folder, or a quoted glob, with its answers files. */
export interface CompareValue {
  value: string;
  kind: 'file' | 'folder' | 'glob';
  /** The folder its files come from (absolute). */
  folder: string;
  /** Its answers files, each counted once: without those an earlier value already named. */
  inputs: ReportInput[];
  /** Every answers file it names, to tell a spilled glob from a file given twice. */
  named: ReportInput[];
}

/**
 * Every --compare value read (a glob expanded on every platform: a quoted one reaches us as it was
 * typed). A file that more than one value names (`--compare N/ --compare ./N`) counts once, with the
 * warning today's files get: counted twice, the earlier team would have twice its members.
 */
export function readCompareValues(values: readonly string[], ctx: CommandContext, m: Messages): CompareValue[] {
  const read = values.map((value) => readCompareValue(value, ctx, m));
  const { values: once, repeated } = onceEach(read, ctx.cwd);
  for (const path of repeated) ctx.stderr.write(`${m.cli.warningPrefix} ${m.report.sameFile(path)}\n`);
  return once;
}

/** The values with each file kept where it is first named (by its absolute path); the others, as given. Pure. */
export function onceEach(values: readonly CompareValue[], cwd: string): { values: CompareValue[]; repeated: string[] } {
  const seen = new Set<string>();
  const repeated: string[] = [];
  const once = values.map((value) => ({
    ...value,
    inputs: value.inputs.filter((input) => {
      const absolute = resolve(cwd, input.file);
      if (!seen.has(absolute)) {
        seen.add(absolute);
        return true;
      }
      if (!repeated.includes(input.file)) repeated.push(input.file);
      return false;
    }),
  }));
  return { values: once, repeated };
}

function readCompareValue(value: string, ctx: CommandContext, m: Messages): CompareValue {
  const glob = globFiles(value, ctx.cwd);
  if (glob !== undefined) {
    if (glob.length === 0) throw new UserError(m.history.emptyRound(value));
    const inputs = readAnswersFiles(glob, ctx, m);
    return { value, kind: 'glob', folder: resolve(ctx.cwd, globFolder(value) || '.'), inputs, named: inputs };
  }
  let folder = false;
  try {
    folder = statSync(resolve(ctx.cwd, value)).isDirectory();
  } catch {
    // Not there: readAnswersFiles says so, with the reason.
  }
  const absolute = resolve(ctx.cwd, value);
  if (folder) {
    let problem: string | undefined;
    try {
      problem = folderProblem(value, folderFileNames(absolute), m);
    } catch {
      // Unreadable: readAnswersFiles says so, with the reason.
    }
    if (problem) throw new UserError(problem);
  }
  const inputs = readAnswersFiles([value], ctx, m);
  return { value, kind: folder ? 'folder' : 'file', folder: folder ? absolute : dirname(absolute), inputs, named: inputs };
}

/**
 * Today's files that an unquoted glob after --compare spilled into them: `--compare vorige/*.yaml`
 * becomes `--compare vorige/an.yaml vorige/bob.yaml …`, the rest counted as today's team. Those are
 * today's files in the folder of a --compare value: any in a compared folder or among a glob's
 * files; beside a compared file, those of another participant (one person's newer reflection lies
 * beside the earlier one, as `reflect` writes both to ./resokit/). Undefined when none. `same`: the
 * value names exactly today's files (`report W/ --compare W/`): no glob spilled, the same folder
 * given twice.
 */
export function spilledFiles(today: readonly ReportInput[], values: readonly CompareValue[], cwd: string): { files: string[]; folder: string; same: boolean } | undefined {
  const todayFiles = new Set(today.map((input) => resolve(cwd, input.file)));
  for (const value of values) {
    const earlier = new Set(value.named.map((input) => resolve(cwd, input.file)));
    if (earlier.size > 0 && earlier.size === todayFiles.size && [...earlier].every((file) => todayFiles.has(file))) {
      return { files: today.map((input) => input.file), folder: value.value, same: true };
    }
    const names = new Set(value.named.map((input) => textKey(String(input.answers.participant ?? ''))));
    const spilled = today.filter((input) => {
      const absolute = resolve(cwd, input.file);
      if (earlier.has(absolute)) return true;
      if (dirname(absolute) !== value.folder) return false;
      if (value.kind === 'folder') return true;
      return value.kind === 'file' && !names.has(textKey(String(input.answers.participant ?? '')));
    });
    if (spilled.length) return { files: spilled.map((input) => input.file), folder: value.kind === 'glob' ? globFolder(value.value) || '.' : value.kind === 'folder' ? value.value : dirname(value.value), same: false };
  }
  return undefined;
}

/**
 * Today's files that are also among the earlier ones by another path (a copy, a link): the same
 * reflection, known by its participant and when it was started and last changed, compared with
 * itself shows that nothing moved. Each with the earlier file it repeats.
 */
export function alsoCompared(today: readonly ReportInput[], earlier: readonly ReportInput[]): { file: string; earlier: string }[] {
  const key = (input: ReportInput) => JSON.stringify([input.answers.participant, input.answers.created, input.answers.updated]);
  const earlierFiles = new Map(earlier.map((input) => [key(input), input.file]));
  return today.flatMap((input) => {
    const match = earlierFiles.get(key(input));
    return match === undefined ? [] : [{ file: input.file, earlier: match }];
  });
}

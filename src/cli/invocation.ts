import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * A path or word as it goes into a printed command: quoted when it holds spaces or shell characters.
 * A placeholder for the reader to fill in (`<theme>`) stays as it is.
 */
export function quoteArg(arg: string): string {
  return /^[\w./:=@+,-]+$/.test(arg) || /^<[^<>\s]+>$/.test(arg) ? arg : JSON.stringify(arg);
}

/**
 * How the user can start resokit again, for the commands resokit prints (how to resume, the
 * printable plan): through npx, as `resokit` when that is on the PATH, else by node and the path
 * of the script that is running now.
 */
export function invocation(env: NodeJS.ProcessEnv, script: string | undefined): string {
  if (env.npm_command === 'exec') return 'npx resokit';
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && ['resokit', 'resokit.cmd'].some((name) => existsSync(join(dir, name))));
  if (onPath || script === undefined) return 'resokit';
  return `node ${quoteArg(script)}`;
}

/** The global flags a printed command must carry to do the same as this run. */
export interface CarriedFlags {
  /** --lang, when the command would otherwise speak another language. */
  language?: string;
  /** --questions, when this run used own themes. */
  questions?: string;
}

/** A command to print: how resokit was started, the command's words, and the flags it needs again. */
export function printedCommand(program: string, args: readonly string[], flags: CarriedFlags = {}): string {
  const parts = [program, ...args.map(quoteArg)];
  if (flags.language) parts.push('--lang', flags.language);
  if (flags.questions) parts.push('--questions', quoteArg(flags.questions));
  return parts.join(' ');
}

import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { quoteWord, windowsShells, type Quoted } from './shell-quote.js';
import type { CliMessages } from '../i18n/messages.js';

/**
 * A path or word as it goes into a printed command, quoted for the platform's shells
 * (src/cli/shell-quote.ts): single quotes on Linux and macOS; on Windows double quotes with single
 * backslashes. A placeholder for the reader to fill in (`<theme>`) stays as it is.
 */
export function quoteArg(arg: string, platform: NodeJS.Platform = process.platform): string {
  return quoted(arg, platform).text;
}

function quoted(arg: string, platform: NodeJS.Platform): Quoted {
  return /^<[^<>\s]+>$/.test(arg) ? { text: arg, breaksIn: [] } : quoteWord(arg, platform);
}

/**
 * How the user can start resokit again, for the commands resokit prints (how to resume, the
 * printable plan): through npx, as `resokit` when that is on the PATH, else by node and the path
 * of the script that is running now.
 */
export function invocation(env: NodeJS.ProcessEnv, script: string | undefined, platform: NodeJS.Platform = process.platform): string {
  if (env.npm_command === 'exec') return 'npx resokit';
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && ['resokit', 'resokit.cmd'].some((name) => existsSync(join(dir, name))));
  if (onPath || script === undefined) return 'resokit';
  return `node ${quoteArg(script, platform)}`;
}

/** The global flags a printed command must carry to do the same as this run. */
export interface CarriedFlags {
  /** --lang, when the command would otherwise speak another language. */
  language?: string;
  /** --questions, when this run used own themes. */
  questions?: string;
}

export interface PrintOptions {
  platform?: NodeJS.Platform;
  /** With it, a command that some Windows shell would change gets a line saying where to paste it. */
  cli?: Pick<CliMessages, 'pasteNote' | 'shellNames'>;
}

/**
 * A command to print: how resokit was started, the command's words, and the flags it needs again.
 * Paths in it should come from `pastedPath`, so that it also works in a new terminal.
 */
export function printedCommand(program: string, args: readonly string[], flags: CarriedFlags = {}, options: PrintOptions = {}): string {
  const platform = options.platform ?? process.platform;
  const words = [...args, ...(flags.language ? ['--lang', flags.language] : []), ...(flags.questions ? ['--questions', flags.questions] : [])];
  const parts = words.map((word) => quoted(word, platform));
  const text = [program, ...parts.map((part) => part.text)].join(' ');
  const breaksIn = windowsShells.filter((shell) => parts.some((part) => part.breaksIn.includes(shell)));
  if (breaksIn.length === 0 || !options.cli) return text;
  const names = (shells: readonly (typeof windowsShells)[number][]) => shells.map((shell) => options.cli!.shellNames[shell]);
  return `${text}\n  ${options.cli.pasteNote(names(windowsShells.filter((shell) => !breaksIn.includes(shell))), names(breaksIn))}`;
}

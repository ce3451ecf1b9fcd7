import { UserError } from '../errors.js';
import { defaultLanguage, langFlag, resolveLanguage, supportedLanguages } from '../i18n/language.js';
import { loadCliMessages, type CliMessages } from '../i18n/messages.js';
import { buildProgram } from './program.js';
import { errorOutput } from './error-output.js';
import { invocation } from './invocation.js';

/** Colour off for chalk and for the prompts (yoctocolors reads NO_COLOR when first loaded). */
function applyColourChoice(argv: readonly string[], env: NodeJS.ProcessEnv): void {
  if (argv.includes('--no-color') || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) {
    env.NO_COLOR = '1';
    env.FORCE_COLOR = '0';
  }
}

/**
 * Ends the process as soon as stdout and stderr have passed on what was written. A command other
 * than reflect has done all its work when it returns; left to end by itself, Node first waits for
 * V8's background collection of a heap nobody will use again (a history of 500 files waited a
 * quarter of a second for it). reflect ends as Node ends it: a save may still be on its way.
 */
function exitOnceWritten(): Promise<never> {
  return new Promise(() => {
    let open = 2;
    const flushed = () => {
      open -= 1;
      if (open === 0) process.exit();
    };
    process.stdout.write('', flushed);
    process.stderr.write('', flushed);
  });
}

/** The one top-level catch: every error of every command becomes output and an exit code here. */
export async function main(argv: string[]): Promise<void> {
  const debug = argv.includes('--debug');
  // `resokit themes | head -1`: the reader left; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  let cli: CliMessages | undefined;
  try {
    applyColourChoice(argv, process.env);
    const resolved = resolveLanguage(argv, process.env);
    if (!resolved.ok) {
      // Which language the user reads is exactly what is unknown: say it in every language we have.
      const all = await Promise.all(supportedLanguages.map(loadCliMessages));
      throw new UserError(all.map((c) => c.unsupportedLanguage(resolved.asked, supportedLanguages.join(', '))).join('\n'));
    }
    const { language } = resolved;
    cli = await loadCliMessages(language);
    const program = buildProgram({
      cli,
      language,
      languageExplicit: langFlag(argv) !== undefined || Boolean(process.env.RESOKIT_LANG),
      stdout: process.stdout,
      stderr: process.stderr,
      // Made on first use: process.stdin on a pipe or a file loads the stream modules (~3 ms), and
      // only reflect reads it.
      get stdin() {
        return process.stdin;
      },
      env: process.env,
      cwd: process.cwd(),
      useMessages: (m) => {
        cli = m.cli;
      },
    });
    let finished: string | undefined;
    program.hook('postAction', (_program, command) => {
      finished = command.name();
    });
    await program.parseAsync(argv, { from: 'user' });
    if (finished !== undefined && finished !== 'reflect') await exitOnceWritten();
  } catch (error) {
    const out = errorOutput(error, cli ?? (await loadCliMessages(defaultLanguage)), debug, invocation(process.env, process.argv[1]));
    if (out.text) process.stderr.write(out.text);
    process.exitCode = out.exitCode;
  }
}

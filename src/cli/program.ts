import { Command, Option } from 'commander';
import type { CommandContext } from './context.js';
import { expandedPaths, expandFileArgs } from '../files/expand-args.js';
import { loadMessages, type CliMessages } from '../i18n/messages.js';
import { version } from '../version.js';

/** What the shell knows before a command runs; the full catalogue is loaded when one does. */
type Shell = Omit<CommandContext, 'questions' | 'color' | 'debug' | 'm'> & { cli: CliMessages };

function examples(cli: CliMessages, lines: readonly string[]): string {
  return `\n${cli.examplesTitle}\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
}

/**
 * The command tree. Actions import their command module only when run, so `--help` and every
 * other command pay for nothing they do not use.
 */
export function buildProgram(shell: Shell): Command {
  const { cli } = shell;
  // Commander's own words ("Usage:", "[options]") in the user's language; global options shown everywhere.
  const help = {
    styleTitle: (title: string) => cli.helpTitles[title] ?? title,
    subcommandTerm: (command: Command) => `${command.name()} ${command.usage()}`.trim(),
    showGlobalOptions: true,
  };
  const program = new Command('resokit');
  program
    .description(cli.description)
    .usage(cli.usage)
    .version(version, '-V, --version', cli.options.version)
    .helpOption('-h, --help', cli.options.help)
    .helpCommand(cli.helpCommandTerm, cli.helpCommand)
    .addOption(new Option('--lang <lang>', cli.options.lang))
    .addOption(new Option('--questions <path>', cli.options.questions))
    .addOption(new Option('--no-color', cli.options.noColor))
    .addOption(new Option('--debug', cli.options.debug))
    .addHelpText('after', examples(cli, cli.programExamples))
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .configureHelp(help);

  const context = async (command: Command): Promise<CommandContext> => {
    const globals = command.optsWithGlobals<{ questions?: string; color: boolean; debug?: boolean }>();
    const m = await loadMessages(shell.language);
    // Copied as descriptors, not spread: a getter of the shell (stdin) stays a getter.
    const { cli: _cli, ...shared } = Object.getOwnPropertyDescriptors(shell);
    return Object.defineProperties({ m, questions: globals.questions, color: globals.color, debug: globals.debug === true }, shared) as CommandContext;
  };
  const sub = (name: string, usage: string) =>
    program
      .command(name)
      .usage(usage)
      .helpOption('-h, --help', cli.options.help)
      .exitOverride()
      .configureOutput({ outputError: () => undefined })
      .configureHelp(help);

  const reflect = cli.commands.reflect;
  const collect = (value: string, previous: string[] = []) => [...previous, value];
  sub('reflect', reflect.usage)
    .description(reflect.description)
    // Variadic: PowerShell passes `--theme a,b` as two arguments, `a` and `b`.
    .option('--theme <ids...>', reflect.theme)
    .option('--group <group>', reflect.group)
    .option('--org <name>', reflect.org)
    .option('--name <name>', reflect.name)
    .option('--out <dir>', reflect.out)
    .option('--resume <file>', reflect.resume)
    .option('--previous <file>', reflect.previous)
    .option('--force', reflect.force)
    .addHelpText('after', examples(cli, reflect.examples))
    .action(async (options, command: Command) => {
      const { runReflect } = await import('../commands/reflect.js');
      await runReflect(options, await context(command));
    });

  const form = cli.commands.form;
  sub('form', form.usage)
    .description(form.description)
    .option('--theme <ids...>', form.theme)
    .option('--group <group>', form.group)
    .option('--org <name>', form.org)
    .option('--out <file>', form.out)
    .option('--force', form.force)
    .addHelpText('after', examples(cli, form.examples))
    .action(async (options, command: Command) => {
      const { runForm } = await import('../commands/form.js');
      await runForm(options, await context(command));
    });

  const report = cli.commands.report;
  sub('report', report.usage)
    .description(report.description)
    .argument(`<${report.answersArgument}...>`, report.answers)
    .option('--format <format>', report.format)
    .option('--out <file>', report.out)
    .option('--force', report.force)
    .option('--compare <file>', report.compare, collect)
    .option('--anonymous', report.anonymous)
    .option('--bom', report.bom)
    .option('--separator <char>', report.separator)
    .addHelpText('after', examples(cli, report.examples))
    .action(async (files: string[], options, command: Command) => {
      const { runReport } = await import('../commands/report.js');
      // --lang given on the command line makes the report's language explicit (see src/report/language.ts).
      const { lang } = command.optsWithGlobals<{ lang?: string }>();
      const ctx = await context(command);
      // No Windows shell expands team\*.yaml: there resokit does (elsewhere the shell has). A --compare
      // glob that matches nothing stays, for compare-values to say so as it does for a round.
      const compare = options.compare && expandFileArgs(options.compare, shell.cwd).paths;
      await runReport(expandedPaths(files, shell.cwd, ctx.m), { ...options, compare, lang }, ctx);
    });

  const history = cli.commands.history;
  sub('history', history.usage)
    .description(history.description)
    .argument(`<${history.roundArgument}...>`, history.rounds)
    .option('--format <format>', history.format)
    .option('--out <file>', history.out)
    .option('--force', history.force)
    .option('--anonymous', history.anonymous)
    .option('--bom', history.bom)
    .option('--separator <char>', history.separator)
    .addHelpText('after', examples(cli, history.examples))
    .action(async (rounds: string[], options, command: Command) => {
      const { runHistory } = await import('../commands/history.js');
      const { lang } = command.optsWithGlobals<{ lang?: string }>();
      // Rounds are folders or globs, expanded by resokit itself (quoted, they reach it as typed).
      await runHistory(rounds, { ...options, lang }, await context(command));
    });

  const themes = cli.commands.themes;
  sub('themes', themes.usage)
    .description(themes.description)
    .option('--group <group>', themes.group)
    .option('--json', themes.json)
    .addHelpText('after', examples(cli, themes.examples))
    .action(async (options, command: Command) => {
      const { runThemes } = await import('../commands/themes.js');
      await runThemes(options, await context(command));
    });

  const show = cli.commands.show;
  sub('show', show.usage)
    .description(show.description)
    .argument(`<${show.themeArgument}>`, show.theme)
    .option('--markdown', show.markdown)
    .option('--out <file>', show.out)
    .option('--force', show.force)
    .addHelpText('after', examples(cli, show.examples))
    .action(async (theme: string, options, command: Command) => {
      const { runShow } = await import('../commands/show.js');
      await runShow(theme, options, await context(command));
    });

  const validate = cli.commands.validate;
  sub('validate', validate.usage)
    .description(validate.description)
    .argument(`[${validate.pathArgument}...]`, validate.path)
    .addHelpText('after', examples(cli, validate.examples))
    .action(async (paths: string[], _options, command: Command) => {
      const { runValidate } = await import('../commands/validate.js');
      const ctx = await context(command);
      await runValidate(expandedPaths(paths, shell.cwd, ctx.m), ctx);
    });

  return program;
}

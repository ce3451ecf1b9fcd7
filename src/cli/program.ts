import { Command, Option } from 'commander';
import type { CommandContext } from './context.js';
import type { Messages } from '../i18n/messages.js';
import { version } from '../version.js';

type Shell = Omit<CommandContext, 'questions' | 'color' | 'debug'>;

function examples(m: Messages, lines: readonly string[]): string {
  return `\n${m.cli.examplesTitle}\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
}

/**
 * The command tree. Actions import their command module only when run, so `--help` and every
 * other command pay for nothing they do not use.
 */
export function buildProgram(shell: Shell): Command {
  const { m } = shell;
  // Commander's own words ("Usage:", "[options]") in the user's language; global options shown everywhere.
  const help = {
    styleTitle: (title: string) => m.cli.helpTitles[title] ?? title,
    subcommandTerm: (command: Command) => `${command.name()} ${command.usage()}`.trim(),
    showGlobalOptions: true,
  };
  const program = new Command('resokit');
  program
    .description(m.cli.description)
    .usage(m.cli.usage)
    .version(version, '-V, --version', m.cli.options.version)
    .helpOption('-h, --help', m.cli.options.help)
    .helpCommand(m.cli.helpCommandTerm, m.cli.helpCommand)
    .addOption(new Option('--lang <lang>', m.cli.options.lang))
    .addOption(new Option('--questions <path>', m.cli.options.questions))
    .addOption(new Option('--no-color', m.cli.options.noColor))
    .addOption(new Option('--debug', m.cli.options.debug))
    .addHelpText('after', examples(m, m.cli.programExamples))
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .configureHelp(help);

  const context = (command: Command): CommandContext => {
    const globals = command.optsWithGlobals<{ questions?: string; color: boolean; debug?: boolean }>();
    return { ...shell, questions: globals.questions, color: globals.color, debug: globals.debug === true };
  };
  const sub = (name: string, usage: string) =>
    program
      .command(name)
      .usage(usage)
      .helpOption('-h, --help', m.cli.options.help)
      .exitOverride()
      .configureOutput({ outputError: () => undefined })
      .configureHelp(help);

  const reflect = m.reflect.command;
  const collect = (value: string, previous: string[] = []) => [...previous, value];
  sub('reflect', reflect.usage)
    .description(reflect.description)
    .option('--theme <ids>', reflect.theme, collect)
    .option('--group <group>', reflect.group)
    .option('--org <name>', reflect.org)
    .option('--name <name>', reflect.name)
    .option('--out <dir>', reflect.out)
    .option('--resume <file>', reflect.resume)
    .option('--previous <file>', reflect.previous)
    .option('--force', reflect.force)
    .addHelpText('after', examples(m, reflect.examples))
    .action(async (options, command: Command) => {
      const { runReflect } = await import('../commands/reflect.js');
      await runReflect(options, context(command));
    });

  const report = m.report.command;
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
    .addHelpText('after', examples(m, report.examples))
    .action(async (files: string[], options, command: Command) => {
      const { runReport } = await import('../commands/report.js');
      // --lang given on the command line makes the report's language explicit (see src/report/language.ts).
      const { lang } = command.optsWithGlobals<{ lang?: string }>();
      await runReport(files, { ...options, lang }, context(command));
    });

  const themes = m.cli.commands.themes;
  sub('themes', themes.usage)
    .description(themes.description)
    .option('--group <group>', themes.group)
    .option('--json', themes.json)
    .addHelpText('after', examples(m, themes.examples))
    .action(async (options, command: Command) => {
      const { runThemes } = await import('../commands/themes.js');
      await runThemes(options, context(command));
    });

  const show = m.cli.commands.show;
  sub('show', show.usage)
    .description(show.description)
    .argument(`<${show.themeArgument}>`, show.theme)
    .option('--markdown', show.markdown)
    .addHelpText('after', examples(m, show.examples))
    .action(async (theme: string, options, command: Command) => {
      const { runShow } = await import('../commands/show.js');
      await runShow(theme, options, context(command));
    });

  const validate = m.cli.commands.validate;
  sub('validate', validate.usage)
    .description(validate.description)
    .argument(`[${validate.pathArgument}]`, validate.path)
    .addHelpText('after', examples(m, validate.examples))
    .action(async (path: string | undefined, _options, command: Command) => {
      const { runValidate } = await import('../commands/validate.js');
      await runValidate(path, context(command));
    });

  return program;
}

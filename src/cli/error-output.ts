import { CommanderError } from 'commander';
import { ExitCode, isExpectedExit, isUserError } from '../errors.js';
import type { CliMessages } from '../i18n/messages.js';

export interface ErrorOutput {
  text: string;
  exitCode: number;
}

function quoted(message: string): string {
  return /'([^']+)'/.exec(message)?.[1] ?? message;
}

/** Commander's own errors, in the user's language, with its "did you mean" when it has one. */
function usageMessage(error: CommanderError, cli: CliMessages): string {
  const suggestion = /\(Did you mean (\S+?)\?\)/.exec(error.message)?.[1];
  const message = commanderMessage(error, cli);
  return suggestion ? `${message} ${cli.didYouMean(suggestion)}` : message;
}

function commanderMessage(error: CommanderError, cli: CliMessages): string {
  switch (error.code) {
    case 'commander.unknownOption':
      return cli.unknownOption(quoted(error.message));
    case 'commander.unknownCommand':
      return cli.unknownCommand(quoted(error.message));
    case 'commander.missingArgument':
      return cli.missingArgument(quoted(error.message));
    case 'commander.optionMissingArgument':
      return cli.optionMissingArgument(quoted(error.message));
    case 'commander.excessArguments':
      return cli.excessArguments(Number(/Expected (\d+)/.exec(error.message)?.[1] ?? 0));
    default:
      return cli.invalidArgument(error.message.replace(/^error: /, ''));
  }
}

/**
 * Turns anything thrown into what the user sees and the exit code. Pure: the caller writes it.
 * `program` is how the user started resokit (`npx resokit`, `node …/resokit.js`), for the help hint.
 */
export function errorOutput(error: unknown, cli: CliMessages, debug: boolean, program = 'resokit'): ErrorOutput {
  const stack = (e: unknown) => (debug && e instanceof Error && e.stack ? `${e.stack}\n` : '');
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return { text: '', exitCode: ExitCode.ok };
    }
    return {
      text: `${cli.errorPrefix} ${usageMessage(error, cli)}\n${cli.seeHelp(program)}\n${stack(error)}`,
      exitCode: ExitCode.usage,
    };
  }
  if (isExpectedExit(error)) {
    return { text: error.message ? `${error.message}\n` : '', exitCode: error.exitCode };
  }
  if (isUserError(error)) {
    const details = error.details.map((line) => `${line}\n`).join('');
    return { text: `${details}${cli.errorPrefix} ${error.message}\n${stack(error)}`, exitCode: error.exitCode };
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { text: `${cli.bug}\n${detail}\n`, exitCode: ExitCode.bug };
}

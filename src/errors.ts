/** Exit codes, one meaning each (documented in the README). */
export const ExitCode = {
  ok: 0,
  problemsFound: 1,
  usage: 2,
  bug: 70,
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * A problem the user can fix: bad input, a missing file, an unknown theme.
 * Shown as its message alone (no stack unless --debug) and ends with `exitCode`.
 * `details` are extra lines, e.g. one `file:line:col: message` per problem.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.usage,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** A clean, expected stop (Ctrl+C after saving): print `message` if any, exit with `exitCode`. */
export class ExpectedExit extends Error {
  override readonly name = 'ExpectedExit';
  constructor(
    readonly exitCode: ExitCode,
    message = '',
  ) {
    super(message);
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof Error && error.name === 'UserError';
}

export function isExpectedExit(error: unknown): error is ExpectedExit {
  return error instanceof Error && error.name === 'ExpectedExit';
}

/**
 * Quoting for the commands resokit prints (how to resume, how to print the plan), so that they
 * work when pasted back. Pure: the platform is a parameter.
 *
 * - Linux and macOS: POSIX quoting. A word that is not plainly safe goes in single quotes, inside
 *   which every character is literal; a single quote becomes `'\''`.
 * - Windows: one form for PowerShell, cmd.exe and Git Bash alike: double quotes, single
 *   backslashes. No single form covers `"`, `%` (cmd.exe), `$` and a backtick (PowerShell, Git
 *   Bash), `!` (Git Bash's history) or a run of backslashes inside a word (a `\\server` path, which
 *   Git Bash halves): such a word says in which shells it breaks, so that the caller can say where
 *   the command works as printed.
 */

export const windowsShells = ['cmd', 'powershell', 'git-bash'] as const;
export type WindowsShell = (typeof windowsShells)[number];

export interface Quoted {
  text: string;
  /** Windows only: the shells that would not take the word as printed (empty: all do). */
  breaksIn: WindowsShell[];
}

/** Never special in a POSIX shell, wherever they stand in a word. */
const posixSafe = /^[A-Za-z0-9_@%+=:,./-]+$/;
/**
 * Never special in PowerShell, cmd.exe or Git Bash. No `,` (PowerShell makes an array of `a,b`),
 * no `@` (splatting), no `\` (Git Bash drops it outside quotes).
 */
const windowsSafe = /^[A-Za-z0-9_+=:./-]+$/;
/**
 * What breaks a double-quoted word in each shell: cmd.exe expands `%VAR%`; PowerShell expands `$`
 * and takes a backtick as its escape, and `\"` does not escape its quote; Git Bash expands `$`, the
 * backtick and (typed) `!`, and halves `\\` inside a word.
 */
const breaks: Record<WindowsShell, RegExp> = {
  cmd: /%/,
  powershell: /["$`]/,
  'git-bash': /[$`!]|\\\\(?!\\*$)/,
};

export function quotePosix(word: string): string {
  if (posixSafe.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

export function quoteWindows(word: string): Quoted {
  const breaksIn = windowsShells.filter((shell) => breaks[shell].test(word));
  if (windowsSafe.test(word)) return { text: word, breaksIn };
  // The rules of Windows' argv parsing (CommandLineToArgvW), which bash also reads this way:
  // backslashes are literal except before a quote, so the ones before `"` or the closing quote
  // are doubled.
  const body = word.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, '$1$1');
  return { text: `"${body}"`, breaksIn };
}

export function quoteWord(word: string, platform: NodeJS.Platform = process.platform): Quoted {
  return platform === 'win32' ? quoteWindows(word) : { text: quotePosix(word), breaksIn: [] };
}

/** The words as one line to paste, each quoted as its platform needs. */
export function shellCommand(words: readonly string[], platform: NodeJS.Platform = process.platform): Quoted {
  const quoted = words.map((word) => quoteWord(word, platform));
  return { text: quoted.map((q) => q.text).join(' '), breaksIn: windowsShells.filter((shell) => quoted.some((q) => q.breaksIn.includes(shell))) };
}

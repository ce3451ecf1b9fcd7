import type { WindowsShell } from '../../src/cli/shell-quote.js';

// Windows quoting: each word, its printed form, and the shells that do not take it as printed. Read
// back by bash in tests/cli/shell-quote.test.ts and by cmd.exe (Wine) in
// tests/e2e/windows/shell-quote-cmd.test.ts.
/** [word, printed form, shells it breaks in]. */
export const windows: Array<[string, string, WindowsShell[]]> = [
  ['team/an.yaml', 'team/an.yaml', []],
  ['--resume', '--resume', []],
  ['C:\\Users\\Anaïs\\OneDrive - Vzw De Brug\\Documenten\\an.yaml', '"C:\\Users\\Anaïs\\OneDrive - Vzw De Brug\\Documenten\\an.yaml"', []],
  ['team\\an.yaml', '"team\\an.yaml"', []],
  ['', '""', []],
  ['a,b', '"a,b"', []],
  ['@file', '"@file"', []],
  ['a&b|c<d>e^f(g);h', '"a&b|c<d>e^f(g);h"', []],
  ["An's map", `"An's map"`, []],
  ['C:\\Mijn map\\', '"C:\\Mijn map\\\\"', []],
  ['C:\\', '"C:\\\\"', []],
  ['team\\*.yaml', '"team\\*.yaml"', []],
  ['~\\x', '"~\\x"', []],
  // No single form covers these: the shells where they break are named.
  ['50%', '"50%"', ['cmd']],
  ['%USERPROFILE%\\x', '"%USERPROFILE%\\x"', ['cmd']],
  ['$HOME', '"$HOME"', ['powershell', 'git-bash']],
  ['a`b', '"a`b"', ['powershell', 'git-bash']],
  ['say "hi"', '"say \\"hi\\""', ['powershell']],
  ['hi!there', '"hi!there"', ['git-bash']],
  ['\\\\server\\share\\x.yaml', '"\\\\server\\share\\x.yaml"', ['git-bash']],
];

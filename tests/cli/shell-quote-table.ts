// Windows quoting: each word, its printed form, and whether it needs a note. Read back by bash in
// tests/cli/shell-quote.test.ts and by cmd.exe (Wine) in tests/e2e/windows/shell-quote-cmd.test.ts.
/** [word, printed form, needs a note]. */
export const windows: Array<[string, string, boolean]> = [
  ['team/an.yaml', 'team/an.yaml', false],
  ['--resume', '--resume', false],
  ['C:\\Users\\Anaïs\\OneDrive - Vzw De Brug\\Documenten\\an.yaml', '"C:\\Users\\Anaïs\\OneDrive - Vzw De Brug\\Documenten\\an.yaml"', false],
  ['team\\an.yaml', '"team\\an.yaml"', false],
  ['', '""', false],
  ['a,b', '"a,b"', false],
  ['@file', '"@file"', false],
  ['a&b|c<d>e^f(g);h', '"a&b|c<d>e^f(g);h"', false],
  ["An's map", `"An's map"`, false],
  ['C:\\Mijn map\\', '"C:\\Mijn map\\\\"', false],
  ['C:\\', '"C:\\\\"', false],
  ['team\\*.yaml', '"team\\*.yaml"', false],
  ['~\\x', '"~\\x"', false],
  // No single form covers these: a note.
  ['50%', '"50%"', true],
  ['%USERPROFILE%\\x', '"%USERPROFILE%\\x"', true],
  ['$HOME', '"$HOME"', true],
  ['a`b', '"a`b"', true],
  ['say "hi"', '"say \\"hi\\""', true],
  ['hi!there', '"hi!there"', true],
  ['\\\\server\\share\\x.yaml', '"\\\\server\\share\\x.yaml"', true],
];

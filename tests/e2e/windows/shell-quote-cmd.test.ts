// The Windows form of printed commands, pasted into cmd.exe (Wine's) and read by Windows Node:
// every word without a note arrives as it was (issue 9, item 3). Bash's reading of the same
// table is in tests/cli/shell-quote.test.ts.
import { describe, expect, inject, it } from 'vitest';
import { quoteWindows } from '../../../src/cli/shell-quote.js';
import { windows } from '../../cli/shell-quote-table.js';
import { argvFromCmd } from './support/cmd.js';
import { wineTimeout } from './support/wine.js';

const wine = inject('wine');

const cmdArgv = (lines: readonly string[]) => argvFromCmd(wine, lines);

describe('Windows quoting read by cmd.exe', { timeout: 4 * wineTimeout }, () => {
  it('every word without a note arrives as it was (all on one line: each start costs ~1 s)', async () => {
    const words = windows.filter(([, , breaksIn]) => !breaksIn.includes('cmd')).map(([word]) => word);
    expect(await cmdArgv([words.map((word) => quoteWindows(word).text).join(' ')])).toEqual([words]);
  });

  it('a word with `%` and a defined variable is what needs the note: cmd.exe expands it', async () => {
    const [argv] = await cmdArgv([quoteWindows('%PRINT_ARGV_TO%').text]);
    expect(argv).not.toEqual(['%PRINT_ARGV_TO%']);
  });
});

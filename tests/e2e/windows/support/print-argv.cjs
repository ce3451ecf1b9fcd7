// Run by node.exe as the program a pasted command starts: appends the argv it was given, as one
// JSON line, to the file named by PRINT_ARGV_TO (a file, since stdout cannot be a pipe under Wine).
require('node:fs').appendFileSync(process.env.PRINT_ARGV_TO, `${JSON.stringify(process.argv.slice(2))}\n`);

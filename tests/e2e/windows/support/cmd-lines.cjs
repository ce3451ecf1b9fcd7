// Run by node.exe under Wine: each line of the JSON file argv[2] is pasted into cmd.exe after
// `node.exe print-argv.cjs`, as Node's `shell: true` does it (cmd.exe /d /s /c "…"). print-argv.cjs
// appends what it received to PRINT_ARGV_TO.
const { spawnSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const printer = join(__dirname, 'print-argv.cjs');
for (const line of JSON.parse(readFileSync(process.argv[2], 'utf8'))) {
  const run = spawnSync(`"${process.execPath}" "${printer}" ${line}`, { shell: true, stdio: 'ignore' });
  if (run.status !== 0) process.exitCode = 1;
}

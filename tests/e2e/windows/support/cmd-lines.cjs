// Run by node.exe under Wine: each line of the JSON file argv[2] is pasted into cmd.exe, as Node's
// `shell: true` does it (cmd.exe /d /s /c "…"), in the current folder, with this node.exe on the
// PATH as `node`. The exit status of each line goes, as JSON, to the file argv[3].
const { spawnSync } = require('node:child_process');
const { readFileSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');

const env = { ...process.env, PATH: `${dirname(process.execPath)};${process.env.PATH}` };
const statuses = JSON.parse(readFileSync(process.argv[2], 'utf8')).map((line) => spawnSync(line, { shell: true, stdio: 'ignore', env }).status);
writeFileSync(process.argv[3], JSON.stringify(statuses));

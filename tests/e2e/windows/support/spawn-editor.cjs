// Run by node.exe under Wine: spawns the editor launch in the JSON file argv[2] (as
// src/prompts/editor-command.ts returns it for win32) and writes its exit status to argv[3].
const { spawnSync } = require('node:child_process');
const { readFileSync, writeFileSync } = require('node:fs');

const launch = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const run = spawnSync(launch.command, launch.args, { shell: launch.shell, stdio: 'ignore' });
writeFileSync(process.argv[3], JSON.stringify({ status: run.status, error: run.error && run.error.code }));

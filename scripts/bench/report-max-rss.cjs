// Preloaded by the bench (node --require) to report a run's peak resident memory in KiB.
process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_MAX_RSS_FILE, String(process.resourceUsage().maxRSS)));

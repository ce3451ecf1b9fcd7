#!/usr/bin/env node
// --debug shows stack traces: map them to src/**/*.ts lines. Turned on before dist/ loads, and only
// then, so that an ordinary start does not read the source maps.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
// Otherwise the bundles compile from V8's code cache (src/cli/code-cache.ts; off with source maps).
require('../dist/code-cache.cjs').useCodeCache(require('node:path').join(__dirname, '..', 'dist'));
require('../dist/main.cjs').main(process.argv.slice(2));

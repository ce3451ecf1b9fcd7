#!/usr/bin/env node
// --debug shows stack traces: map them to src/**/*.ts lines. Turned on before dist/ loads, and only
// then, so that an ordinary start does not read the source maps.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
require('../dist/main.cjs').main(process.argv.slice(2));

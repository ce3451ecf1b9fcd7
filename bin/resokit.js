#!/usr/bin/env node
const { join } = require('node:path');
const dist = join(__dirname, '..', 'dist');
require('../dist/code-cache.cjs').useCodeCache(dist);
require('../dist/main.cjs').main(process.argv.slice(2));

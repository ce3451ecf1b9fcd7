// Builds dist/: precompiled schema validators, the bundled CLI, and the built-in question sets,
// validated here once so that no command re-validates them at run time.
import { build, transform } from 'esbuild';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBuiltinSets } from './load-built.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const addFormats = addFormatsModule.default ?? addFormatsModule;

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// 1. Validators, compiled here (~38 ms a schema at run time) as one CommonJS module per schema,
// bundled with the few parts of ajv and ajv-formats its code requires: a command loads only the
// validator of the files it reads, not the 280 KB of all of them.
const schemaFiles = readdirSync(join(root, 'schemas')).filter((f) => f.endsWith('.schema.json'));
const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true, code: { source: true } });
addFormats(ajv);
const validatorIds = {};
for (const file of schemaFiles) {
  const schema = JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8'));
  ajv.addSchema(schema);
  validatorIds[file.replace('.schema.json', '').replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = schema.$id;
}
const standaloneValidatorsOf = (compiler) => ({
  name: 'standalone-validators',
  setup(b) {
    b.onResolve({ filter: /^validator:/ }, (args) => ({ path: args.path.slice('validator:'.length), namespace: 'validator' }));
    b.onLoad({ filter: /.*/, namespace: 'validator' }, (args) => ({
      contents: standaloneCode(compiler, { [args.path]: validatorIds[args.path] }),
      loader: 'js',
      resolveDir: root,
    }));
  },
});
const standaloneValidators = standaloneValidatorsOf(ajv);
// The form's page needs only a yes or no and where the first problem is (the page has a size
// budget): no allErrors, no messages.
const firstErrorAjv = new Ajv({ strict: true, allErrors: false, messages: false, inlineRefs: false, allowUnionTypes: true, code: { source: true } });
addFormats(firstErrorAjv);
for (const file of schemaFiles) firstErrorAjv.addSchema(JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8')));
await build({
  entryPoints: Object.fromEntries(Object.keys(validatorIds).map((name) => [`validators/${name}`, `validator:${name}`])),
  outdir: dist,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  plugins: [standaloneValidators],
  legalComments: 'none',
  minify: true,
  logLevel: 'warning',
});

// Dates as Intl writes them in each catalogue's locale, inlined (src/text/date-names.ts): building an
// Intl.DateTimeFormat at run time costs a report 10–15 ms of ICU loading.
const dateNames = await transform(readFileSync(join(root, 'src/text/date-names.ts'), 'utf8'), { loader: 'ts', format: 'esm' });
const { datePattern } = await import(`data:text/javascript,${encodeURIComponent(dateNames.code)}`);
const locales = readdirSync(join(root, 'src/i18n'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => [...readFileSync(join(root, 'src/i18n', entry.name, 'plan.ts'), 'utf8').matchAll(/\blocale: '([A-Za-z-]+)'/g)].map((m) => m[1]));
const datePatterns = Object.fromEntries(locales.map((locale) => [locale, datePattern(locale)]).filter(([, pattern]) => pattern));

// 2. The CLI, as flat CommonJS bundles (CommonJS loads faster than a graph of ESM modules):
// main.cjs holds the program and its help; every command, and every module a command imports
// lazily, is a bundle of its own that is required only when it runs.
const lazy = {
  ...Object.fromEntries(
    readdirSync(join(root, 'src/commands'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => [`command-${f.replace(/\.ts$/, '')}`, `src/commands/${f}`]),
  ),
  'content-read-sources': 'src/content/read-sources.ts',
  'content-check-sources': 'src/content/check-sources.ts',
  'prompts-editor': 'src/prompts/editor.ts',
  'answers-parse': 'src/answers/parse.ts',
  'answers-serialize': 'src/answers/serialize.ts',
  'messages-nl': 'src/i18n/nl/index.ts',
  'messages-en': 'src/i18n/en/index.ts',
  'messages-fr': 'src/i18n/fr/index.ts',
  'messages-cli-nl': 'src/i18n/nl/cli.ts',
  'messages-cli-en': 'src/i18n/en/cli.ts',
  'messages-cli-fr': 'src/i18n/fr/cli.ts',
};
// commander loads child_process for git-style executable subcommands, which resokit does not
// use; that builtin alone costs ~3 ms of every start-up.
const noChildProcess = {
  name: 'commander-without-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'commander')}`) ? { path: 'child_process', namespace: 'stub' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};
// Modules evaluated on first use, not when a bundle that imports them loads: a report reads valid
// files without the yaml library (yaml-quick.ts), needs node:crypto (~4 ms to load) only to
// upgrade a format-1 file, and writes without node:fs/promises (~2 ms, with the readline and
// stream modules it loads). The bundle gets a stand-in with the module's
// exports as getters (esbuild reads imported names off the module object where they are used).
// yaml is a bundle of its own (dist/vendor-yaml.cjs): inside the report's bundle, its 116 KB were
// loaded by every report, most of which never use it.
const lazyPackages = ['yaml', 'node:crypto', 'node:fs/promises'];
const ownBundles = { yaml: 'vendor-yaml' };
const requireFromRoot = createRequire(join(root, 'package.json'));
const lazyPackage = {
  name: 'lazy-packages',
  setup(b) {
    const filter = new RegExp(`^(${lazyPackages.join('|')})$`);
    b.onResolve({ filter }, (args) => (args.namespace === 'lazy-package' ? undefined : { path: args.path, namespace: 'lazy-package' }));
    b.onResolve({ filter: /^\.\/vendor-[a-z]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => {
      const real = requireFromRoot(args.path);
      const keys = Object.keys(real).filter((key) => key !== 'default' && key !== '__esModule');
      const target = ownBundles[args.path] ? `./${ownBundles[args.path]}.cjs` : args.path;
      const contents = [
        'let real;',
        `const load = () => (real ??= require(${JSON.stringify(target)}));`,
        typeof real === 'function' ? 'module.exports = function (...args) { return load().apply(this, args); };' : '',
        `for (const key of ${JSON.stringify(keys)}) Object.defineProperty(module.exports, key, { enumerable: true, get: () => load()[key] });`,
      ].join('\n');
      return { contents, loader: 'js', resolveDir: root };
    });
  },
};
const bundleOf = new Map(Object.entries(lazy).map(([name, file]) => [join(root, file), name]));
const keepLazy = {
  name: 'keep-lazy-imports-lazy',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const name = bundleOf.get(join(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
      return name ? { path: `./${name}.cjs`, external: true } : undefined;
    });
  },
};
await build({
  entryPoints: {
    main: join(root, 'src/cli/main.ts'),
    'code-cache': join(root, 'src/cli/code-cache.ts'),
    'builtin-build': join(root, 'src/content/builtin-build.ts'),
    ...Object.fromEntries(Object.entries(lazy).map(([name, file]) => [name, join(root, file)])),
    ...Object.fromEntries(Object.entries(ownBundles).map(([pkg, name]) => [name, requireFromRoot.resolve(pkg)])),
  },
  outdir: dist,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['@lydell/node-pty'],
  plugins: [keepLazy, noChildProcess, lazyPackage],
  // Lazy imports become require(): import() of CommonJS would start Node's ESM loader (~15 ms).
  supported: { 'dynamic-import': false },
  define: {
    __RESOKIT_VERSION__: JSON.stringify(pkg.version),
    __RESOKIT_DATE_PATTERNS__: JSON.stringify(datePatterns),
    'import.meta.url': '__resokitModuleUrl',
  },
  banner: { js: "const __resokitModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  minify: true,
  // Separate .map files, read only when `--debug` turns source maps on (bin/resokit.js), so that a
  // stack trace names src/**/*.ts lines. Paths and lines only: the sources themselves are not shipped.
  sourcemap: 'linked',
  sourcesContent: false,
  logLevel: 'warning',
});

// 2b. The page script of `resokit form` (src/form/browser/dom/entry.ts), one per catalogue
// language: for the browser, with that language's texts, the precompiled answers schema, and a
// stand-in for the two functions of node:crypto the answers core uses.
const browserCrypto = {
  name: 'browser-node-crypto',
  setup(b) {
    b.onResolve({ filter: /^(node:)?crypto$/ }, () => ({ path: join(root, 'src/form/browser/node-crypto.ts') }));
  },
};
for (const language of readdirSync(join(root, 'src/i18n'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
  const formMessages = {
    name: 'form-messages',
    setup(b) {
      b.onResolve({ filter: /^form-messages$/ }, () => ({ path: 'form-messages', namespace: 'form-messages' }));
      b.onLoad({ filter: /.*/, namespace: 'form-messages' }, () => ({
        contents: ['form', 'plan', 'reflect'].map((part) => `export { ${part} } from './src/i18n/${language}/${part}.ts';`).join('\n'),
        loader: 'ts',
        resolveDir: root,
      }));
    },
  };
  await build({
    entryPoints: [join(root, 'src/form/browser/dom/entry.ts')],
    outfile: join(dist, `form-${language}.js`),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome100', 'firefox100', 'safari15'],
    plugins: [standaloneValidatorsOf(firstErrorAjv), browserCrypto, formMessages],
    define: { __RESOKIT_DATE_PATTERNS__: JSON.stringify(datePatterns) },
    legalComments: 'none',
    minify: true,
    charset: 'utf8',
    logLevel: 'warning',
  });
}

// 3. The built-in question sets, loaded and checked like any user file; a problem fails the build.
const failed = await buildBuiltinSets(root, dist);
if (failed.length > 0) {
  console.error(failed.join('\n'));
  console.error(`build: the built-in question set has ${failed.length} problem(s)`);
  process.exit(1);
}

// 4. V8 code caches (src/cli/code-cache.ts): the commands people run most, each run once with the
// cache being written. A bundle keeps the cache of the first run that loads it, so the main
// workload of each comes first: the team report for command-report.cjs. (reflect needs a
// terminal; its bundles compile as before.)
const scratch = mkdtempSync(join(tmpdir(), 'resokit-build-'));
const team = join(root, 'tests/fixtures/report/team');
const workloads = [
  ['report', '--out', join(scratch, 'r.md'), '--force', team],
  ['report', '--format', 'html', '--out', join(scratch, 'r.html'), '--force', team],
  ['report', '--format', 'csv', '--out', join(scratch, 'r.csv'), '--force', team],
  ['report', '--format', 'json', '--out', join(scratch, 'r.json'), '--force', team],
  ['validate', join(root, 'questions/nl')],
  ['form', '--out', join(scratch, 'f.html'), '--force'],
  ['themes'],
  ['show', 'safe-space'],
  ['--help'],
];
const runWithCacheWriting = `require(${JSON.stringify(join(dist, 'code-cache.cjs'))}).useCodeCache(${JSON.stringify(dist)}, ${JSON.stringify(join(dist, 'cache'))});
require(${JSON.stringify(join(dist, 'main.cjs'))}).main(JSON.parse(process.argv[1]));`;
for (const args of workloads) {
  const run = spawnSync(process.execPath, ['-e', runWithCacheWriting, JSON.stringify(args)], {
    cwd: scratch,
    env: { ...process.env, NO_COLOR: '1', RESOKIT_LANG: '' },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.error(`build: resokit ${args.join(' ')} failed while making the code cache:\n${run.stderr}`);
    process.exit(1);
  }
}
rmSync(scratch, { recursive: true, force: true });

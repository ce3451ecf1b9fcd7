// The build step that runs built code: dist/builtin-build.cjs checks the built-in question sets and
// writes them as JSON. Kept apart from build.mjs, which imports esbuild (whose binary does not start
// under Wine), so that the Windows smoke test can run this step with Windows paths.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Runs dist/builtin-build.cjs on `root`; returns its problems, formatted (empty: all sets are valid). */
export async function buildBuiltinSets(root, dist) {
  // import() takes a URL: a bare `C:\…` path is refused on Windows (ERR_UNSUPPORTED_ESM_URL_SCHEME).
  const { buildBuiltinSets: build } = await import(pathToFileURL(resolve(dist, 'builtin-build.cjs')).href);
  return build(resolve(root), resolve(dist));
}

// As a script: node scripts/load-built.mjs ROOT DIST
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [root, dist] = process.argv.slice(2);
  if (root === undefined || dist === undefined) {
    console.error('usage: node scripts/load-built.mjs ROOT DIST');
    process.exit(2);
  }
  const problems = await buildBuiltinSets(root, dist);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
}

import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { Script } from 'node:vm';

/**
 * V8's code cache for resokit's own bundles. Node 20 has no compile cache of its own
 * (module.enableCompileCache came with Node 22), so every run parsed and compiled hundreds of
 * kilobytes of JavaScript again, and compiled each function again on its first call. The build
 * runs the common commands once (scripts/build.mjs) and keeps what V8 compiled in dist/cache/;
 * later runs hand it back to V8, which compiles normally when a cache does not fit its version and
 * flags. V8 checks a script's source by its length only: an edited bundle of the same length would
 * run the old code. So a cache is named after its bundle's size and modification time, and an
 * edited or rebuilt bundle finds none.
 */

/** What happened to each bundle, by its path in dist/ (for tests). */
export interface CodeCacheUse {
  accepted: string[];
  rejected: string[];
  missing: string[];
}

interface CompilingModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}

/** Node's CommonJS wrapper, alone on the line before the module (lineOffset -1 keeps line numbers). */
const wrapperStart = '(function (exports, require, module, __filename, __dirname) {';

/**
 * From now on, the CommonJS files under `dist` compile with their cache from `dist/cache`. With
 * `writeTo`, none is read and the caches of this run are written there when the process exits,
 * each only if that file does not exist yet (the build runs the main workload of a bundle first).
 */
export function useCodeCache(dist: string, writeTo?: string): CodeCacheUse {
  const use: CodeCacheUse = { accepted: [], rejected: [], missing: [] };
  // Node maps stack traces through source maps only for what its own loader compiled.
  if (process.sourceMapsEnabled) return use;
  const proto = (Module as unknown as { prototype: CompilingModule }).prototype;
  const compile = proto._compile;
  const compiled: Array<{ cacheName: string; script: Script }> = [];
  proto._compile = function (this: CompilingModule, content: string, filename: string) {
    if (!filename.startsWith(dist + sep)) return compile.call(this, content, filename);
    const name = relative(dist, filename);
    const { size, mtimeMs } = statSync(filename);
    const cacheName = `${name}.${size}-${mtimeMs}.v8`;
    let cachedData: Buffer | undefined;
    if (writeTo === undefined) {
      try {
        cachedData = readFileSync(join(dist, 'cache', cacheName));
      } catch {
        use.missing.push(name);
      }
    }
    const script = new Script(`${wrapperStart}\n${content}\n})`, { filename, cachedData, lineOffset: -1 });
    if (cachedData) (script.cachedDataRejected ? use.rejected : use.accepted).push(name);
    compiled.push({ cacheName, script });
    const require = (id: string) => this.require(id);
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  if (writeTo !== undefined) {
    // On exit, so that the cache holds every function this run compiled, not only the top level.
    process.on('exit', () => {
      for (const { cacheName, script } of compiled) {
        const file = join(writeTo, cacheName);
        mkdirSync(dirname(file), { recursive: true });
        try {
          writeFileSync(file, script.createCachedData(), { flag: 'wx' });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
      }
    });
  }
  return use;
}

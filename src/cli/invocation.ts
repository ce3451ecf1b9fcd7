import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * How the user can start resokit again, for the commands resokit prints (how to resume, the
 * printable plan): through npx, as `resokit` when that is on the PATH, else by node and the path
 * of the script that is running now.
 */
export function invocation(env: NodeJS.ProcessEnv, script: string | undefined): string {
  if (env.npm_command === 'exec') return 'npx resokit';
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && ['resokit', 'resokit.cmd'].some((name) => existsSync(join(dir, name))));
  if (onPath || script === undefined) return 'resokit';
  return `node ${/^[\w./-]+$/.test(script) ? script : JSON.stringify(script)}`;
}

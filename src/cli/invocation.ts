import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { quoteWord } from './shell-quote.js';

/**
 * How the user can start resokit again, for the commands resokit prints (how to resume, the
 * printable plan): through npx, as `resokit` when that is on the PATH, else by node and the path
 * of the script that is running now.
 */
export function invocation(env: NodeJS.ProcessEnv, script: string | undefined, platform: NodeJS.Platform = process.platform): string {
  if (env.npm_command === 'exec') return 'npx resokit';
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && ['resokit', 'resokit.cmd'].some((name) => existsSync(join(dir, name))));
  if (onPath || script === undefined) return 'resokit';
  // Quoted for the platform's shells: JSON.stringify would double every backslash of a Windows path.
  return `node ${quoteWord(script, platform).text}`;
}

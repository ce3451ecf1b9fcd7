import { describe, expect, it } from 'vitest';
import { offersEditor } from '../../src/prompts/editor-offer.js';

// What `npx -c env` sets on this machine when EDITOR and VISUAL are unset (npm 11).
const npx = { npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js', npm_lifecycle_event: 'npx', npm_command: 'exec', EDITOR: 'vi' };

describe('offersEditor (Ctrl+E)', () => {
  it.each([
    ['linux', {}, false, 'no editor chosen: no vi for a first-time user'],
    ['linux', { EDITOR: 'nano' }, true, 'EDITOR set, started directly'],
    ['linux', { EDITOR: '' }, false, 'an empty EDITOR is no choice'],
    ['linux', npx, false, 'npx sets EDITOR=vi by itself'],
    ['linux', { ...npx, VISUAL: 'code --wait' }, true, 'VISUAL is always a choice, also through npx'],
    ['linux', { VISUAL: 'nano' }, true, 'VISUAL set'],
    ['linux', { EDITOR: 'nano', npm_lifecycle_event: 'start' }, false, 'through npm run'],
    ['linux', { EDITOR: 'nano', npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' }, false, 'npm_execpath alone'],
    ['linux', { EDITOR: 'nano', npm_command: 'exec' }, false, 'npm_command alone'],
    ['darwin', {}, false, 'macOS without an editor'],
    ['darwin', { EDITOR: 'nano' }, true, 'macOS with EDITOR'],
    ['darwin', npx, false, 'macOS through npx'],
    ['win32', {}, true, 'Windows: Notepad, as today'],
    ['win32', npx, true, 'Windows through npx'],
  ] as Array<[NodeJS.Platform, Record<string, string>, boolean, string]>)('%s %j → %s (%s)', (platform, env, expected) => {
    expect(offersEditor(platform, env)).toBe(expected);
  });
});

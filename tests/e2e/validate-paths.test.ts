// `resokit validate` with several paths, as a shell's `mijn-themas/*.yaml` gives them (and as
// resokit expands it itself on Windows; tests/e2e/windows/smoke.test.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { e2eTimeout, resokit, root } from '../support/run-cli.js';

const fixtures = 'tests/fixtures/content';

describe('resokit validate <path...>', { timeout: e2eTimeout }, () => {
  it('the files of a folder, named one by one, give what the folder gives', async () => {
    const files = readdirSync(join(root, fixtures, 'broken'))
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => `${fixtures}/broken/${name}`);
    const [each, folder] = await Promise.all([resokit(['validate', ...files]), resokit(['validate', `${fixtures}/broken`])]);
    expect(folder.code).toBe(1);
    expect(each).toEqual(folder);
  });

  it('a file named twice is checked once (not a theme that exists twice)', async () => {
    const file = `${fixtures}/valid-themes/eigen-themas.yaml`;
    expect(await resokit(['validate', file, file])).toMatchObject({ code: 0, stdout: 'ok: 1 thema en 2 vragen in 1 bestand gecontroleerd, geen problemen\n' });
  });
});

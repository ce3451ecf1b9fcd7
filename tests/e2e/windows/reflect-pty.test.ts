// `reflect` of one theme under Windows Node, in a pseudo-terminal: an answer, an interruption,
// then --resume with a Windows path, to the end; the printed command for the printable plan,
// pasted into cmd.exe, works.
// Under Wine, Ctrl+C reaches Node as SIGINT, not as a key (STACK.md): resokit's SIGINT handler
// saves and prints how to continue; that command, pasted into cmd.exe, is what resumes.
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { keys, runInPty } from '../../support/pty.js';
import { waitUntil } from '../../support/wait-until.js';
import { argvFromCmd, pasteIntoCmd } from './support/cmd.js';
import { wineEnv, winePath, wineTimeout } from './support/wine.js';

const wine = inject('wine');
const { enter, down, ctrlC } = keys;
const program = { file: 'wine', args: [wine.nodeExe, winePath(join(wine.packageDir, 'bin', 'resokit.js'))] };
const env = wineEnv(wine.prefix) as Record<string, string>;
const session = (args: string[], cwd: string) => runInPty(args, { cwd, env, program });

describe('reflect under Windows Node, in a pty', { timeout: 4 * wineTimeout }, () => {
  it('answer, Ctrl+C (SIGINT), the printed --resume command continues at the open question, to the end', async () => {
    const cwd = mkdtempSync(join(wine.scratch, 'reflect '));
    const first = session(['reflect', '--theme', 'gradueel-aanbod', '--org', 'Vzw De Brug', '--name', 'Anaïs'], cwd);
    // The first prompt takes about 2 s under Wine.
    await first.waitFor('vraag 1/2', wineTimeout);
    await first.send('Eerste antwoord', enter, enter);
    await first.waitFor('vraag 2/2');
    await first.send('half getypt', enter);
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const file = join(cwd, 'resokit', `antwoorden-${today}-anais.yaml`);
    const saved = () => {
      try {
        return parse(readFileSync(file, 'utf8'));
      } catch {
        return undefined;
      }
    };
    await waitUntil(() => saved()?.themes[0].answers[1].draft === 'half getypt', () => `the draft was not autosaved:\n${first.text().slice(-800)}`);
    await first.send(ctrlC);
    // Ctrl+C arrives as SIGINT under Wine: saved, exit 130, and the command to continue.
    expect(await first.exited).toBe(130);
    const stopped = first.text().replace(/[\r\n]/g, '');
    expect(stopped).toContain('Onderbroken. Niets is verloren.');
    expect(saved().themes[0].answers[0].answer).toBe('Eerste antwoord');
    expect(saved().status).toBe('in-progress');
    // The printed command, pasted into cmd.exe, gives the program these words: resumed with them.
    const printedResume = /Verder gaan: node (.*)$/.exec(stopped)?.[1]?.trim();
    expect(printedResume).toBeDefined();
    const [words] = await argvFromCmd(wine, [printedResume!]);
    // Not run from %USERPROFILE%, where a new terminal starts: the path is given whole.
    expect(words).toEqual([program.args[1], 'reflect', '--resume', winePath(file)]);

    // Pasted in another folder, as in a new terminal.
    const second = session(words!.slice(1), wine.scratch);
    await second.waitFor('vraag 2/2', wineTimeout);
    await second.waitFor('half getypt');
    await second.send(' en afgemaakt', enter, enter);
    await second.waitFor('Waar staat je organisatie vandaag');
    await second.send(enter);
    await second.waitFor('Hoe belangrijk');
    await second.send(enter);
    await second.waitFor('Een actie toevoegen?');
    await second.send(down, enter);
    await second.waitFor('met het team bespreken');
    await second.send(enter);
    await second.waitFor('Klopt alles?');
    await second.send(enter);
    await second.waitFor('Klaar!');
    expect(await second.exited).toBe(0);
    // The printed command for the printable plan, pasted into cmd.exe, makes it. (The terminal
    // wraps it at 100 columns: joined again.)
    const printed = /Afdrukbare versie: (.*)$/s.exec(second.text().replace(/[\r\n]/g, ''))?.[1]?.trim();
    // The program in double quotes with single backslashes (src/cli/invocation.ts).
    expect(printed).toContain(`node "${winePath(join(wine.packageDir, 'bin', 'resokit.js'))}" report `);
    expect(await pasteIntoCmd(wine, [printed!], cwd)).toEqual([0]);
    expect(readFileSync(join(cwd, 'resokit', `actieplan-${today}-anais.html`), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    // The plan's file named in the OS's form, for the person reading it.
    expect(second.text()).toContain(`resokit\\actieplan-${today}-anais.md`);
    const done = saved();
    expect(done.status).toBe('complete');
    expect(done.themes[0].answers.map((a: { answer?: string }) => a.answer)).toEqual(['Eerste antwoord', 'half getypt en afgemaakt']);
  });
});

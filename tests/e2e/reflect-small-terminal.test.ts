import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { keys, runInPty } from '../support/pty.js';

const { down, up, enter, space, ctrlC } = keys;
const home = '\x1b[H';
const end = '\x1b[F';
const backspace = '\x7f';
const freshDir = () => mkdtempSync(join(tmpdir(), 'resokit-small-'));

/** Everything the theme list needs a person to see, on the screen at once. */
function expectThemeListOnScreen(screen: string[], active: string) {
  expect(screen.some((l) => l.startsWith('Begin klein en concreet: één of twee'))).toBe(true);
  expect(screen.some((l) => l.startsWith('? Welke thema’s neem je nu onder de loep?'))).toBe(true);
  expect(screen.some((l) => l.startsWith(`❯◯ ${active}`))).toBe(true);
  expect(screen.some((l) => l.startsWith('↑↓ bewegen • spatie aanduiden'))).toBe(true);
  // Wrapped lines start at the left edge, not with a space (list rows start with their marker,
  // the marks of a cut list with an arrow).
  for (const line of screen) expect(line).not.toMatch(/^ (?![◯◉─]| [↑↓] meer$)/);
}

describe('resokit reflect in a small terminal', () => {
  it('fits the theme list in 60×20, keeps one header in the scrollback, and redraws on a resize', async () => {
    const s = runInPty(['reflect', '--org', 'Vzw', '--name', 'An'], { cwd: freshDir(), cols: 60, rows: 20 });
    await s.waitFor('⏎ verder');
    const top = await s.screen();
    expectThemeListOnScreen(top, 'Sociaal inclusief beleid');
    // The list goes on under the page, and says so.
    expect(top).toContain('  ↓ meer');
    expect(top).not.toContain('  ↑ meer');
    for (let i = 0; i < 15; i++) await s.send(down);
    await s.waitFor('❯◯ Lichte bindingen');
    const lower = await s.screen();
    expectThemeListOnScreen(lower, 'Lichte bindingen');
    expect(lower).toContain('  ↑ meer');
    // Every redraw replaced the one before: the question is in the terminal once.
    const history = await s.history();
    expect(history.filter((l) => l.startsWith('? Welke thema’s')).length).toBe(1);
    expect(history.filter((l) => l.startsWith('Begin klein en concreet: één')).length).toBe(1);

    s.resize(44, 14);
    await s.waitFor('❯◯ Lichte bindingen');
    const narrow = await s.screen();
    expectThemeListOnScreen(narrow, 'Lichte bindingen');
    // Labels are cut to the new width, not wrapped onto a second row.
    expect(narrow).toContain(' ◯ Sociaal gewaardeerde rollen ontwerpen (1…');
    expect(narrow.length).toBe(14);

    s.resize(60, 20);
    await s.waitFor('❯◯ Lichte bindingen');
    expectThemeListOnScreen(await s.screen(), 'Lichte bindingen');
    await s.send(up);
    await s.waitFor('❯◯ Buurtvervlechting');
    await s.send(space, enter);
    await s.waitFor('vraag 1/4');
    await s.send(ctrlC);
    expect(await s.exited).toBe(130);
  }, 60_000);

  it('edits an answer in a real terminal: Up into an earlier line, Backspace at its start joins it', async () => {
    const cwd = freshDir();
    const s = runInPty(['reflect', '--theme', 'gradueel-aanbod', '--org', 'Vzw', '--name', 'An'], { cwd, cols: 60, rows: 20 });
    await s.waitFor('vraag 1/2');
    await s.send('Eerste regel', enter, 'tweede', enter, 'derde');
    await s.waitFor('derde');
    // Up into 'tweede', End, add to it; then Home and Backspace: it joins 'Eerste regel'.
    await s.send(up, end, ' en meer', home, backspace, ' ');
    await s.waitFor('Eerste regel tweede en meer');
    const screen = await s.screen();
    expect(screen).toContain('  Eerste regel tweede en meer');
    expect(screen).toContain('  derde');
    await s.send(ctrlC);
    expect(await s.exited).toBe(130);
    const file = readdirSync(join(cwd, 'resokit')).find((f) => f.startsWith('antwoorden-'))!;
    const saved = parse(readFileSync(join(cwd, 'resokit', file), 'utf8'));
    expect(saved.themes[0].answers[0].draft).toBe('Eerste regel tweede en meer\nderde');
  }, 30_000);
});

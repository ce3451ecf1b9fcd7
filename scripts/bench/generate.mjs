// Inputs for the bench, generated into a folder from the real question set (dist/builtin-nl.json,
// built from questions/nl): answers files of a team, and synthetic theme folders of any size.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const levels = ['not-started', 'first-steps', 'on-track', 'embedded', 'unknown'];

export function generator(root, dir) {
  const builtin = JSON.parse(readFileSync(join(root, 'dist/builtin-nl.json'), 'utf8'));
  let seed = 42;
  const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);

  function synthThemes(count) {
    return Array.from({ length: count }, (_, i) => ({
      id: `synth-${i + 1}`,
      group: i % 2 ? 'werking' : 'beleid',
      title: `Synthetisch thema ${i + 1}`,
      questions: Array.from({ length: 3 }, (_, q) => ({
        id: `v${q + 1}`,
        text: `Vraag ${q + 1} van thema ${i + 1}: hoe gaat je organisatie hiermee om in de dagelijkse werking?`,
        ...(q === 0 ? { examples: ['een eerste voorbeeld', 'een tweede voorbeeld'] } : {}),
      })),
      notes: [{ title: 'Noot', text: 'Een noot met een definitie en een bron.', source: 'Resokit', url: `https://example.org/noot/${i + 1}` }],
      resources: [{ title: `Bron ${i + 1}`, url: `https://example.org/bron/${i + 1}` }],
    }));
  }

  /**
   * An answers file as `reflect` writes it (format 2, ids unique beyond the file): every question
   * answered, one or two actions a theme. Format 1 (ids a1, a2, … per file) is upgraded when read.
   */
  function answersFile(themes, participant, format = 2, updated = '2026-11-27T11:00:00+01:00') {
    const ids = new Set();
    const actionId = (t, k) => {
      if (format === 1) return `a${2 * t + k}`;
      let id;
      do id = `a-${random(2 ** 30).toString(32).padStart(10, 'a')}`;
      while (ids.has(id));
      ids.add(id);
      return id;
    };
    const themeActions = themes.map((theme, t) => [
      { id: actionId(t, 1), what: `Actie ${random(30)} voor ${theme.title}`, who: participant, due: '2027-01-15', priority: 'medium', status: 'open' },
      ...(random(2) ? [{ id: actionId(t, 2), what: `Eigen actie van ${participant} (${t})`, priority: 'low', status: 'open' }] : []),
    ]);
    const file = {
      format: `resokit-answers/${format}`,
      questionSet: { id: builtin.id, version: builtin.version, language: 'nl', title: builtin.title },
      organisation: 'Buurtwerk De Brug vzw',
      participant,
      created: '2026-11-27T10:00:00+01:00',
      updated,
      status: 'complete',
      focus: [themeActions[0][0].id],
      themes: themes.map((theme, t) => ({
        id: theme.id,
        title: theme.title,
        group: theme.group,
        answers: theme.questions.map((q) => ({ id: q.id, question: q.text, answer: `Antwoord van ${participant}.`, ...(random(8) === 0 ? { discuss: true } : {}) })),
        rating: levels[random(levels.length)],
        importance: ['low', 'medium', 'high'][random(3)],
        actions: themeActions[t],
        actionsDone: true,
        discussDone: true,
        reviewed: true,
      })),
    };
    return `# bench\n${stringify(file, { lineWidth: 0 })}`;
  }

  return {
    builtin,
    /** `count` synthetic themes, 100 to a file (the loader refuses files over 1 MiB). */
    themeFolder(count) {
      const folder = join(dir, `themes-${count}`);
      mkdirSync(folder);
      const themes = synthThemes(count);
      for (let f = 0; f * 100 < count; f++) {
        writeFileSync(join(folder, `deel-${String(f + 1).padStart(2, '0')}.yaml`), stringify({ themes: themes.slice(f * 100, f * 100 + 100) }, { lineWidth: 0 }));
      }
      return { folder, themes };
    },
    /** One participant's answers to `themes` (default: the built-in set), written to `name`. */
    answers(name, themes = builtin.themes, participant = 'An') {
      const file = join(dir, name);
      writeFileSync(file, answersFile(themes, participant));
      return file;
    },
    /**
     * `count` rounds of `people` participants each, one folder a round, two months apart: the
     * input of a history (issue 11).
     */
    rounds(count, people, name = `rounds-${count}x${people}`) {
      return Array.from({ length: count }, (_, r) => {
        const folder = join(dir, name, `ronde-${String(r + 1).padStart(2, '0')}`);
        mkdirSync(folder, { recursive: true });
        const day = new Date(Date.UTC(2026, 2 * r, 10)).toISOString().slice(0, 10);
        for (let p = 0; p < people; p++) writeFileSync(join(folder, `deelnemer-${String(p + 1).padStart(3, '0')}.yaml`), answersFile(builtin.themes, `Deelnemer ${p + 1}`, 2, `${day}T11:00:00+01:00`));
        return folder;
      });
    },
    /** A folder of `count` participants' answers to the built-in set, in answers format `format`. */
    team(count, name = `team-${count}`, format = 2) {
      const folder = join(dir, name);
      mkdirSync(folder, { recursive: true });
      for (let p = 0; p < count; p++) writeFileSync(join(folder, `deelnemer-${String(p + 1).padStart(3, '0')}.yaml`), answersFile(builtin.themes, `Deelnemer ${p + 1}`, format));
      return folder;
    },
  };
}

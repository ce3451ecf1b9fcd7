// The question set every command uses: the built-in JSON written by the build, plus --questions.
// Needs `npm run build` first (npm test does it).
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadQuestionSet } from '../../src/content/load-question-set.js';
import { ExitCode, UserError } from '../../src/errors.js';
import type { Language } from '../../src/i18n/language.js';
import { nl } from '../../src/i18n/nl/index.js';

const cwd = fileURLToPath(new URL('../fixtures/content/', import.meta.url));
const load = (questions?: string, language: Language = 'nl') => loadQuestionSet({ language, questions, m: nl, cwd });

describe('loadQuestionSet', () => {
  it('gives the built-in set', async () => {
    const set = await load();
    expect(set.language).toBe('nl');
    expect(set.themes).toHaveLength(18);
  });

  it('adds the themes of --questions after the built-in ones of their group', async () => {
    const set = await load('valid-themes');
    const werking = set.themes.filter((t) => t.group === 'werking');
    expect(werking.at(-1)).toMatchObject({ id: 'onze-vrijwilligers', file: 'valid-themes/eigen-themas.yaml' });
    expect(set.themes).toHaveLength(19);
  });

  it('refuses --questions with problems: exit 2, every problem as file:line:col', async () => {
    const error = await load('broken/across').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({
      message: '1 probleem gevonden',
      exitCode: ExitCode.usage,
      details: ["broken/across/b-tweede.yaml:9:9: thema-id 'gedeeld-thema' bestaat al (broken/across/a-eerste.yaml:2:9); elk thema heeft een eigen id"],
    });
  });

  it('names the built-in file when --questions repeats a built-in id', async () => {
    const error = (await load('broken/builtin-collision.yaml').catch((e: unknown) => e)) as UserError;
    expect(error.details).toEqual([expect.stringMatching(/^broken\/builtin-collision\.yaml:2:9: .*\(questions\/nl\/werking\.yaml\)/)]);
  });

  it('says so clearly when the built-in set of a language is missing', async () => {
    await expect(load(undefined, 'xx' as Language)).rejects.toThrow("de ingebouwde vragenset voor taal 'xx' is er (nog) niet");
  });
});

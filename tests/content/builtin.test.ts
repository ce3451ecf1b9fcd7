// The built-in question sets (questions/<lang>/) load without a single problem, exactly as
// `resokit validate` and the build load them.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBuiltinSets } from '../../src/content/builtin-build.js';
import { checkSetSources } from '../../src/content/check-sources.js';
import { readSources } from '../../src/content/read-sources.js';
import { formatProblem, type QuestionSet } from '../../src/content/types.js';
import { nl } from '../../src/i18n/nl/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
// One folder per language; questions/glossary.yaml beside them is the terminology glossary.
const languages = readdirSync(join(root, 'questions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const dist = mkdtempSync(join(tmpdir(), 'resokit-dist-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the built-in question set', () => {
  it('exists in Dutch', () => {
    expect(languages).toContain('nl');
  });

  it.each(languages)('in %s validates', (language) => {
    const checked = checkSetSources(readSources(join('questions', language), root, nl), nl);
    expect(checked.problems.map(formatProblem)).toEqual([]);
    expect(checked.set?.language).toBe(language);
  });

  it('in Dutch has the two groups and 18 themes of the paper tool, with unique ids', () => {
    const set = checkSetSources(readSources('questions/nl', root, nl), nl).set!;
    expect(set.groups.map((g) => g.id)).toEqual(['beleid', 'werking']);
    expect(set.themes.filter((t) => t.group === 'beleid')).toHaveLength(8);
    expect(set.themes.filter((t) => t.group === 'werking')).toHaveLength(10);
    expect(new Set(set.themes.map((t) => t.id)).size).toBe(18);
  });

  it('is written by the build as JSON, with files named from the package root', () => {
    expect(buildBuiltinSets(root, dist)).toEqual([]);
    const set = JSON.parse(readFileSync(join(dist, 'builtin-nl.json'), 'utf8')) as QuestionSet;
    expect(set.themes.length).toBe(18);
    expect(new Set(set.themes.map((t) => t.file))).toEqual(new Set(['questions/nl/beleid.yaml', 'questions/nl/werking.yaml']));
  });
});

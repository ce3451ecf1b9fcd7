import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { QuestionSet, SourceFile } from '../../src/content/types.js';

export const fixtures = fileURLToPath(new URL('../fixtures/content/', import.meta.url));

/** A fixture as the loader sees it: its bytes, named by its path under tests/fixtures/content/. */
export function fixture(path: string): SourceFile {
  return { path, content: readFileSync(fixtures + path) };
}

/** A small stand-in for the built-in set: the groups and one theme of the real one. */
export const builtinLike: QuestionSet = {
  id: 'resokit-reflectievragen',
  version: '1.0.0',
  language: 'nl',
  title: 'Reflectievragen',
  introduction: 'Inleiding.',
  guidance: 'Begin klein en concreet.',
  groups: [
    { id: 'beleid', title: 'Beleid' },
    { id: 'werking', title: 'Werking' },
  ],
  sources: [],
  citation: { text: 'Verhaegen et al. (2021).' },
  themes: [
    { id: 'personeelsbeleid', group: 'beleid', title: 'Personeelsbeleid', questions: [{ id: 'a', text: 'A?' }], file: 'questions/nl/beleid.yaml' },
    { id: 'safe-space', group: 'werking', title: 'Safe space', questions: [{ id: 'a', text: 'A?' }], file: 'questions/nl/werking.yaml' },
  ],
};

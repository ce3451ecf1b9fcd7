import { describe, expect, it } from 'vitest';
import type { AnswersFile } from '../../src/answers/model.js';
import { forgottenQuestions } from '../../src/reflect/forgotten-questions.js';
import { complete } from '../fixtures/answers/complete.js';
import { questionSet } from '../fixtures/answers/question-set.js';

const own = { ...complete.themes[0]!, id: 'onze-vrijwilligers', title: 'Onze vrijwilligers' };
const withOwn = (questionsPath?: string): AnswersFile => ({ ...complete, themes: [...complete.themes, own], ...(questionsPath ? { questionsPath } : {}) });

describe('resuming without the --questions a file was made with', () => {
  it.each([
    ['own themes, recorded path, no --questions: the recorded path', withOwn('/org/eigen themas'), false, '/org/eigen themas'],
    ['own themes, --questions given: nothing forgotten', withOwn('/org/eigen themas'), true, undefined],
    ['only built-in themes, recorded path: not needed', { ...complete, questionsPath: '/org/eigen themas' }, false, undefined],
    ['own themes, no recorded path (older file): cannot say', withOwn(), false, undefined],
  ])('%s', (_name, file, given, expected) => {
    expect(forgottenQuestions(file, questionSet, given)).toBe(expected);
  });
});

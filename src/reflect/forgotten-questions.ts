import type { AnswersFile } from '../answers/model.js';
import type { QuestionSet } from '../content/types.js';

/**
 * The --questions path a resumed file was made with, when it is needed and was not given: some of
 * its themes are not in the set. Then the person forgot the flag; the question set did not change.
 */
export function forgottenQuestions(file: AnswersFile, set: QuestionSet, questionsGiven: boolean): string | undefined {
  if (questionsGiven || file.questionsPath === undefined) return undefined;
  return file.themes.some((t) => !set.themes.some((theme) => theme.id === t.id)) ? file.questionsPath : undefined;
}

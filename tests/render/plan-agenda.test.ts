// A question that goes on from the one before it reads as its continuation on the agenda.
import { describe, expect, it } from 'vitest';
import { planAgenda } from '../../src/render/plan/index.js';
import { complete } from '../fixtures/answers/complete.js';
import { questionSet } from '../fixtures/answers/question-set.js';

const asked = (previous: string | undefined) => expect.objectContaining({ questionId: 'exclusieve-activiteiten', follows: previous });

describe('planAgenda: the question a continuing question goes on from', () => {
  it('is given with the set, as the question before it was asked in the file', () => {
    const item = planAgenda(complete, questionSet).find((i) => 'questionId' in i && i.questionId === 'exclusieve-activiteiten');
    expect(item).toEqual(asked('Worden gebruikers zelf voldoende betrokken in het bepalen van wat die safe space kan zijn en wat daarvoor nodig is?'));
  });

  it('is not given without the set (the file alone does not say which question continues)', () => {
    const item = planAgenda(complete).find((i) => 'questionId' in i && i.questionId === 'exclusieve-activiteiten');
    expect(item).not.toHaveProperty('follows');
  });

  it('is not given when the continuing question is the first one of the file’s theme', () => {
    const safe = complete.themes.find((t) => t.id === 'safe-space')!;
    const alone = { ...complete, themes: [{ ...safe, answers: safe.answers.filter((a) => a.id === 'exclusieve-activiteiten') }] };
    const items = planAgenda(alone, questionSet).filter((i) => 'questionId' in i);
    expect(items).toHaveLength(1);
    expect(items[0]).not.toHaveProperty('follows');
  });
});

import { answerState } from './plan.js';
import type { MissingItem, TeamTheme } from './model.js';
import { themesById, type Member } from './team-themes.js';

/** Questions of the chosen themes that are neither answered nor skipped yet. */
export function openQuestions(member: Member): number {
  return (member.answers.themes ?? []).flatMap((theme) => theme.answers ?? []).filter((a) => answerState(a) === 'unanswered').length;
}

/**
 * What each participant's file lacks next to the others: not finished, themes others chose and they
 * did not, questions of the question set their version does not have, themes not rated. Only
 * participants who lack something are listed, in participant order.
 */
export function missingPerParticipant(members: readonly Member[], themes: readonly TeamTheme[]): Array<{ participant: string; items: MissingItem[] }> {
  return members.flatMap((member) => {
    const chosen = themesById(member.answers);
    const items: MissingItem[] = [];
    if (member.answers.status === 'in-progress') items.push({ kind: 'in-progress', open: openQuestions(member) });
    const notChosen = themes.filter((theme) => !chosen.has(theme.id)).map((theme) => ({ id: theme.id, title: theme.title }));
    if (notChosen.length) items.push({ kind: 'themes-not-chosen', themes: notChosen });
    for (const theme of themes) {
      const absent = theme.questions.filter((q) => q.inQuestionSet && q.absentFrom.includes(member.label));
      if (absent.length) {
        items.push({
          kind: 'questions-not-in-file',
          themeId: theme.id,
          themeTitle: theme.title,
          version: member.answers.questionSet?.version ?? '',
          questions: absent.map((q) => ({ id: q.id, number: q.number, text: q.text })),
        });
      }
    }
    const notRated = themes.filter((theme) => chosen.has(theme.id) && !chosen.get(theme.id)!.rating);
    if (notRated.length) items.push({ kind: 'not-rated', themes: notRated.map((theme) => ({ id: theme.id, title: theme.title })) });
    return items.length ? [{ participant: member.label, items }] : [];
  });
}

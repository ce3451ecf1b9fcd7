import type { AnswersFile, Importance, ThemeAnswers } from '../answers/model.js';
import type { QuestionSet, Theme } from '../content/types.js';
import { answerState } from './plan.js';
import type { ParticipantAnswer, TeamQuestion, TeamTheme } from './model.js';
import { ratingSpread } from './spread.js';

/** A participant as the team builders see them: their label and their file. */
export interface Member {
  label: string;
  answers: AnswersFile;
}

/** The first occurrence of each theme id in a file (a hand-edited file might repeat one). */
export function themesById(answers: AnswersFile): Map<string, ThemeAnswers> {
  const byId = new Map<string, ThemeAnswers>();
  for (const theme of answers.themes ?? []) if (!byId.has(theme.id)) byId.set(theme.id, theme);
  return byId;
}

/**
 * Every theme any participant chose, in the order of the question set (themes it does not know
 * after it, in the order first met): the order in which ties of disagreement are listed.
 */
function baseOrder(maps: ReadonlyArray<Map<string, ThemeAnswers>>, set: QuestionSet | undefined): string[] {
  const setIndex = new Map((set?.themes ?? []).map((theme, i) => [theme.id, i]));
  const seen = new Map<string, number>();
  maps.forEach((map) => {
    for (const id of map.keys()) if (!seen.has(id)) seen.set(id, seen.size);
  });
  const rank = (id: string) => setIndex.get(id) ?? setIndex.size + seen.get(id)!;
  return [...seen.keys()].sort((a, b) => rank(a) - rank(b));
}

/** Questions of a theme: the set's order and wording, then questions only older files have. */
function questionList(
  chosen: readonly ThemeAnswers[],
  fromSet: Theme | undefined,
  haveSet: boolean,
): Array<{ id: string; text: string; inQuestionSet: boolean }> {
  const inFiles = new Map<string, string>();
  for (const theme of chosen) for (const answer of theme.answers ?? []) if (!inFiles.has(answer.id)) inFiles.set(answer.id, answer.question);
  const known = (fromSet?.questions ?? []).filter((q) => inFiles.has(q.id));
  const listed = new Set(known.map((q) => q.id));
  return [
    ...known.map((q) => ({ id: q.id, text: q.text, inQuestionSet: true })),
    ...[...inFiles].filter(([qid]) => !listed.has(qid)).map(([qid, text]) => ({ id: qid, text, inQuestionSet: !haveSet || !fromSet })),
  ];
}

/** Titles may repeat ("Buurtvervlechting" in both groups): those get their group, as in the plan. */
function distinctTitles(themes: TeamTheme[], set: QuestionSet | undefined): TeamTheme[] {
  const count = new Map<string, number>();
  for (const theme of themes) count.set(theme.title.trim(), (count.get(theme.title.trim()) ?? 0) + 1);
  return themes.map((theme) => {
    if ((count.get(theme.title.trim()) ?? 0) < 2) return theme;
    const group = set?.groups.find((g) => g.id === theme.group)?.title ?? theme.group;
    return group ? { ...theme, title: `${theme.title} (${group})` } : theme;
  });
}

/**
 * The themes of the report, merged by theme id and question id across every file: per theme who
 * chose it, the spread of ratings, and per question every participant's answer. Sorted with the
 * most disagreement first (spread, then range), ties in the order of the question set.
 */
export function teamThemes(members: readonly Member[], set: QuestionSet | undefined): TeamTheme[] {
  const maps = members.map((member) => themesById(member.answers));
  const order = baseOrder(maps, set);
  // By id: a synthetic set of a thousand themes must not cost a thousand searches per theme.
  const setThemes = new Map((set?.themes ?? []).map((theme) => [theme.id, theme]));
  const themes = order.map((id): TeamTheme => {
    const chosen = members.flatMap((member, i) => {
      const theme = maps[i]!.get(id);
      return theme ? [{ member, theme }] : [];
    });
    const first = chosen[0]!.theme;
    const fromSet = setThemes.get(id);
    const questions = questionList(chosen.map((c) => c.theme), fromSet, set !== undefined).map((q, index): TeamQuestion => {
      const answers: ParticipantAnswer[] = [];
      const absentFrom: string[] = [];
      for (const { member, theme } of chosen) {
        const answer = (theme.answers ?? []).find((a) => a.id === q.id);
        if (!answer) {
          absentFrom.push(member.label);
          continue;
        }
        const state = answerState(answer);
        const discuss = answer.discuss === true;
        const participant = member.label;
        answers.push(state === 'answered' ? { participant, state, answer: answer.answer, discuss } : { participant, state, discuss });
      }
      return { id: q.id, text: q.text, number: index + 1, answers, absentFrom, inQuestionSet: q.inQuestionSet };
    });
    const importance: Record<Importance, number> = { low: 0, medium: 0, high: 0, unknown: 0 };
    for (const { theme } of chosen) if (theme.importance && theme.importance in importance) importance[theme.importance]++;
    const chosenBy = new Set(chosen.map((c) => c.member.label));
    return {
      id,
      title: fromSet?.title ?? first.title,
      group: fromSet?.group ?? first.group,
      participants: chosen.map((c) => c.member.label),
      notChosenBy: members.filter((member) => !chosenBy.has(member.label)).map((member) => member.label),
      ratings: ratingSpread(chosen.map((c) => c.theme.rating)),
      byParticipant: chosen.map(({ member, theme }) => ({
        participant: member.label,
        ...(theme.rating ? { rating: theme.rating } : {}),
        ...(theme.importance ? { importance: theme.importance } : {}),
      })),
      importance,
      questions,
      actions: chosen.reduce((sum, c) => sum + (c.theme.actions ?? []).length, 0),
    };
  });
  const rank = new Map(order.map((id, i) => [id, i]));
  return distinctTitles(themes, set).sort(
    (a, b) => b.ratings.spread - a.ratings.spread || b.ratings.range - a.ratings.range || rank.get(a.id)! - rank.get(b.id)!,
  );
}

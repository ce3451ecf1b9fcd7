import { planAgenda } from './plan.js';
import type { TeamAgendaItem, TeamTheme } from './model.js';
import type { Member } from './team-themes.js';
import { textKey } from './text-key.js';

const kindOrder: ReadonlyArray<TeamAgendaItem['kind']> = ['discuss', 'disagreement', 'unknown-rating', 'skipped', 'unanswered', 'previous-action'];

/**
 * Ratings two or more steps apart ("nog niet mee bezig" next to "goed op weg") are worth a
 * conversation even when nobody marked anything to discuss.
 */
const disagreementSteps = 2;

/**
 * One agenda for the team: every participant's agenda (planAgenda) merged — the same point of
 * several participants becomes one point naming them — plus the themes where the ratings lie
 * far apart. Kinds in the plan's order (discuss, then disagreement, "weet niet", skipped,
 * unanswered, earlier actions); within a kind by theme in report order, then question number.
 */
export function teamAgenda(members: readonly Member[], themes: readonly TeamTheme[]): TeamAgendaItem[] {
  const byId = new Map(themes.map((theme, i) => [theme.id, { theme, rank: i }]));
  const items = new Map<string, TeamAgendaItem>();
  // Who is on each point already: a set, as a list searched per point would cost a team its square.
  const named = new Map<string, Set<string>>();
  const add = (key: string, make: () => TeamAgendaItem, participant: string) => {
    let item = items.get(key);
    let names = named.get(key);
    if (!item || !names) {
      item = make();
      names = new Set();
      items.set(key, item);
      named.set(key, names);
    }
    if ('participants' in item && !names.has(participant)) {
      names.add(participant);
      item.participants.push(participant);
    }
  };
  for (const theme of themes) {
    const { lowest, highest, range } = theme.ratings;
    if (range >= disagreementSteps && lowest && highest) {
      items.set(`disagreement ${theme.id}`, { kind: 'disagreement', themeId: theme.id, themeTitle: theme.title, lowest, highest });
    }
  }
  for (const member of members) {
    for (const item of planAgenda(member.answers)) {
      switch (item.kind) {
        case 'discuss':
        case 'skipped':
        case 'unanswered': {
          const theme = byId.get(item.themeId)?.theme;
          const question = theme?.questions.find((q) => q.id === item.questionId);
          add(
            `${item.kind} ${item.themeId} ${item.questionId}`,
            () => ({
              kind: item.kind,
              themeId: item.themeId,
              themeTitle: theme?.title ?? item.themeTitle,
              questionId: item.questionId,
              number: question?.number ?? item.number,
              question: question?.text ?? item.question,
              participants: [],
            }),
            member.label,
          );
          break;
        }
        case 'unknown-rating':
          add(
            `unknown-rating ${item.themeId}`,
            () => ({ kind: 'unknown-rating', themeId: item.themeId, themeTitle: byId.get(item.themeId)?.theme.title ?? item.themeTitle, participants: [] }),
            member.label,
          );
          break;
        case 'previous-action':
          add(
            `previous-action ${textKey(item.action.what)}`,
            () => ({
              kind: 'previous-action',
              what: item.action.what,
              themeId: item.action.theme,
              themeTitle: byId.get(item.action.theme)?.theme.title ?? item.action.themeTitle,
              ...(item.action.due ? { due: item.action.due } : {}),
              participants: [],
            }),
            member.label,
          );
          break;
      }
    }
  }
  const themeRank = (item: TeamAgendaItem) => byId.get(item.themeId)?.rank ?? byId.size;
  const number = (item: TeamAgendaItem) => ('number' in item ? item.number : 0);
  // Array.prototype.sort is stable: points that tie stay in the order they were met.
  return [...items.values()].sort(
    (a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || themeRank(a) - themeRank(b) || number(a) - number(b),
  );
}

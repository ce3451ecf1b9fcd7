import type { ActionStatus, AnswersFile, CarriedAction, Rating } from '../answers/model.js';
import type { Comparison, Direction, EarlierAction, EarlierStatus, TeamAction, TeamTheme, ThemeChange } from './model.js';
import { levelIndex } from './spread.js';
import { themesById, type Member } from './team-themes.js';
import { textKey } from './text-key.js';

/** The earlier reflection as --compare gives it; `participant` and `file` absent with --anonymous. */
export interface Earlier {
  answers: AnswersFile;
  participant?: string;
  file?: string;
}

/**
 * How a rating moved: compared with every participant who gave a level now. All the same → same;
 * none lower and some higher → up; none higher and some lower → down; both → mixed. Without a level
 * then or now (not rated, "weet niet") there is nothing to compare.
 */
export function direction(then: Rating | undefined, now: ReadonlyArray<Rating | undefined>): Direction {
  const before = levelIndex(then);
  const after = now.map(levelIndex).filter((level): level is number => level !== undefined);
  if (before === undefined || after.length === 0) return 'unknown';
  const up = after.some((level) => level > before);
  const down = after.some((level) => level < before);
  return up && down ? 'mixed' : up ? 'up' : down ? 'down' : 'same';
}

function themeChanges(earlier: AnswersFile, themes: readonly TeamTheme[]): ThemeChange[] {
  const then = themesById(earlier);
  const changes = themes.map((theme): ThemeChange => {
    const before = then.get(theme.id);
    const now = theme.byParticipant.map((p) => ({ participant: p.participant, ...(p.rating ? { rating: p.rating } : {}) }));
    return {
      themeId: theme.id,
      title: theme.title,
      ...(before?.rating ? { then: before.rating } : {}),
      thenChosen: before !== undefined,
      now,
      direction: before ? direction(before.rating, now.map((p) => p.rating)) : 'new',
    };
  });
  const listed = new Set(themes.map((theme) => theme.id));
  const gone = [...then.values()]
    .filter((theme) => !listed.has(theme.id))
    .map((theme): ThemeChange => ({
      themeId: theme.id,
      title: theme.title,
      ...(theme.rating ? { then: theme.rating } : {}),
      thenChosen: true,
      now: [],
      direction: 'not-chosen',
    }));
  return [...changes, ...gone];
}

/** The earlier file's actions as `reflect --previous` would carry them over: not the dropped ones. */
function earlierActionList(earlier: AnswersFile): CarriedAction[] {
  return [
    ...(earlier.themes ?? []).flatMap((theme) =>
      (theme.actions ?? []).filter((a) => a.status !== 'dropped').map((a) => ({ ...a, theme: theme.id, themeTitle: theme.title })),
    ),
    ...(earlier.previous?.actions ?? []).filter((a) => a.status === 'open'),
  ];
}

function combined(statuses: readonly ActionStatus[]): ActionStatus {
  if (statuses.includes('done')) return 'done';
  return statuses.includes('open') ? 'open' : 'dropped';
}

/** The folding keys of the earlier file's actions: an action whose key is among them is not new. */
export function earlierActionKeys(earlier: AnswersFile): Set<string> {
  return new Set(earlierActionList(earlier).map((a) => textKey(a.what)));
}

/**
 * An earlier action's fate: what the new files' previous.actions say (an open action nobody reviewed
 * says nothing), else whether it is among the new actions again, else unknown. When the participants
 * who followed it up disagree, it is ambiguous with who said what, as against a team: never guessed.
 */
function earlierAction(
  action: CarriedAction,
  members: readonly Member[],
  actions: readonly TeamAction[],
  titles: ReadonlyMap<string, string>,
): EarlierAction {
  const key = textKey(action.what);
  const base = {
    what: action.what,
    themeId: action.theme,
    themeTitle: titles.get(action.theme) ?? action.themeTitle,
    ...(action.who?.trim() ? { who: action.who.trim() } : {}),
    ...(action.due ? { due: action.due } : {}),
    priority: action.priority,
  };
  const followed = members.flatMap((member) =>
    (member.answers.previous?.actions ?? [])
      // The same action: carried over under its id (format 2), or with the same text (ids of format-1 files differ).
      .filter((carried) => (carried.id === action.id || textKey(carried.what) === key) && (carried.reviewed || carried.status !== 'open'))
      .map((carried) => ({ participant: member.label, status: carried.status })),
  );
  if (followed.length) {
    const participants = [...new Set(followed.map((f) => f.participant))];
    const said = new Map<ActionStatus, string[]>();
    for (const { status, participant } of followed) {
      const who = said.get(status) ?? [];
      if (!who.includes(participant)) who.push(participant);
      said.set(status, who);
    }
    if (said.size === 1) return { ...base, status: [...said.keys()][0]!, basis: 'followed-up', participants };
    return { ...base, status: 'ambiguous', basis: 'followed-up', participants, said: [...said].map(([status, who]) => ({ status, participants: who })) };
  }
  const again = actions.find((a) => a.key === key)?.proposals.filter((p) => !p.fromPrevious) ?? [];
  if (again.length) {
    const status: EarlierStatus = again.some((p) => p.status === 'open') ? 'open' : combined(again.map((p) => p.status));
    return { ...base, status, basis: 'proposed-again', participants: [...new Set(again.map((p) => p.participant))] };
  }
  return { ...base, status: 'unknown', basis: 'none', participants: [] };
}

/**
 * The comparison with an earlier reflection (--compare): per theme the rating then and now, what
 * became of the earlier actions, and which actions are new (their text was not among the earlier
 * ones). Works the same for one new file or a team.
 */
export function compareWith(earlier: Earlier, members: readonly Member[], themes: readonly TeamTheme[], actions: readonly TeamAction[]): Comparison {
  const titles = new Map(themes.map((theme) => [theme.id, theme.title]));
  const before = earlierActionList(earlier.answers);
  const earlierKeys = earlierActionKeys(earlier.answers);
  return {
    earlier: {
      ...(earlier.participant !== undefined ? { participant: earlier.participant } : {}),
      organisation: earlier.answers.organisation ?? '',
      date: earlier.answers.updated ?? '',
      ...(earlier.file !== undefined ? { file: earlier.file } : {}),
    },
    themes: themeChanges(earlier.answers, themes),
    earlierActions: before.map((action) => earlierAction(action, members, actions, titles)),
    newActions: actions.flatMap((action, i) => (!action.fromPrevious && !earlierKeys.has(action.key) ? [i] : [])),
  };
}

import type { QuestionSet } from '../content/types.js';
import { CandidateIndex, claimsOf, mentions, statusOf, type Candidate, type Claim } from './action-match.js';
import type { FollowedAction, TeamAction, TeamComparison, TeamTheme, ThemeShift } from './model.js';
import { medianLevel } from './spread.js';
import { teamActions } from './team-actions.js';
import { teamThemes, type Member } from './team-themes.js';
import { textKey } from './text-key.js';
import { verdict, type RatingMoment } from './verdict.js';

/** The earlier team as --compare gives it: its members labelled, and its files unless anonymous. */
export interface EarlierTeam {
  members: Member[];
  files?: string[];
  anonymous: boolean;
}

export function ratingMoment(theme: TeamTheme): RatingMoment {
  const median = medianLevel(theme.byParticipant.map((p) => p.rating));
  return { ratings: theme.ratings, ...(median !== undefined ? { median } : {}) };
}

/** Per theme then and now, in the order of the report, then the themes only the earlier team chose. */
export function themeShifts(then: readonly TeamTheme[], now: readonly TeamTheme[]): ThemeShift[] {
  const before = new Map(then.map((theme) => [theme.id, theme]));
  const listed = new Set(now.map((theme) => theme.id));
  return [
    ...now.map((theme): ThemeShift => {
      const earlier = before.get(theme.id);
      if (!earlier) return { themeId: theme.id, title: theme.title, change: 'new', now: ratingMoment(theme) };
      const shift = { then: ratingMoment(earlier), now: ratingMoment(theme) };
      return { themeId: theme.id, title: theme.title, change: 'compared', ...shift, verdict: verdict(shift.then, shift.now) };
    }),
    ...then
      .filter((theme) => !listed.has(theme.id))
      .map((theme): ThemeShift => ({ themeId: theme.id, title: theme.title, change: 'not-chosen', then: ratingMoment(theme) })),
  ];
}

/**
 * Who joined and who left, by name (case, spaces and punctuation aside). A name that is new now but
 * whose file carries over the actions (by id) of exactly one name that is gone is that person renamed.
 */
export function membership(then: readonly Member[], now: readonly Member[]): NonNullable<TeamComparison['participants']> {
  const key = (member: Member) => textKey(String(member.answers.participant ?? '')) || member.label;
  const thenKeys = new Set(then.map(key));
  const nowKeys = new Set(now.map(key));
  const left = then.filter((member) => !nowKeys.has(key(member)));
  const joined = now.filter((member) => !thenKeys.has(key(member)));
  const renamed: Array<{ before: string; now: string }> = [];
  const taken = new Set<Member>();
  for (const member of joined) {
    const carried = new Set((member.answers.previous?.actions ?? []).map((a) => a.id));
    const ids = (old: Member) => [...(old.answers.themes ?? []).flatMap((t) => t.actions ?? []), ...(old.answers.previous?.actions ?? [])].map((a) => a.id);
    const sources = left.filter((old) => !taken.has(old) && ids(old).some((id) => carried.has(id)));
    if (sources.length === 1) {
      taken.add(sources[0]!);
      renamed.push({ before: sources[0]!.label, now: member.label });
    }
  }
  const renamedNow = new Set(renamed.map((r) => r.now));
  return {
    joined: joined.filter((member) => !renamedNow.has(member.label)).map((member) => member.label),
    left: left.filter((member) => !taken.has(member)).map((member) => member.label),
    renamed,
  };
}

/** An earlier action as a candidate to match: every id of its proposals, and its text. */
export function candidateOf(action: TeamAction): Candidate {
  return { ids: new Set(action.proposals.map((p) => p.id).filter((id) => id)), keys: new Set([action.key]) };
}

/**
 * What became of each of the earlier team's open actions, from the new team's actions (carried over
 * with --previous, or written anew with the same text); and which new actions match none.
 */
export function followActions(
  earlier: readonly TeamAction[],
  members: readonly Member[],
  actions: readonly TeamAction[],
  titles: ReadonlyMap<string, string>,
): { followed: FollowedAction[]; unmatched: number[] } {
  const open = earlier.filter((action) => action.status === 'open');
  const candidates = open.map(candidateOf);
  const index = CandidateIndex.of(candidates);
  const claims: Claim[][] = open.map(() => []);
  const ambiguous: FollowedAction['ambiguous'][] = open.map(() => []);
  const unmatched: number[] = [];
  for (const mention of mentions(members, actions)) {
    const match = index.match(mention);
    if (match.kind === 'none') {
      if (!actions[mention.action]!.fromPrevious) unmatched.push(mention.action);
    } else if (match.kind === 'ambiguous') {
      const note = { what: mention.what, participants: [...new Set(mention.proposals.map((p) => p.participant))], candidates: match.indexes.map((i) => open[i]!.what) };
      for (const i of match.indexes) ambiguous[i]!.push(note);
    } else {
      claims[match.index]!.push(...claimsOf(mention, match.kind, candidates[match.index]));
    }
  }
  const followed = open.map((action, i): FollowedAction => {
    const theme = action.themes[0]!;
    return {
      what: action.what,
      themeId: theme.id,
      themeTitle: titles.get(theme.id) ?? theme.title,
      ...(action.who.length ? { who: action.who.join(', ') } : {}),
      ...(action.due ? { due: action.due } : {}),
      priority: action.priority,
      status: statusOf(claims[i]!, ambiguous[i]!.length > 0),
      claims: claims[i]!,
      ambiguous: ambiguous[i]!,
    };
  });
  return { followed, unmatched };
}

/**
 * Team against team (report --compare with several earlier files): per theme the ratings then and
 * now with a verdict, what became of the earlier actions, the new actions, and who joined or left.
 * `newActions` index into the new team's actions; a single report maps them onto its plan.
 */
export function compareTeams(earlier: EarlierTeam, members: readonly Member[], themes: readonly TeamTheme[], actions: readonly TeamAction[], set: QuestionSet | undefined): TeamComparison {
  const thenThemes = teamThemes(earlier.members, set);
  const titles = new Map([...thenThemes, ...themes].map((theme) => [theme.id, theme.title]));
  const { followed, unmatched } = followActions(teamActions(earlier.members, thenThemes), members, actions, titles);
  const days = earlier.members.map((member) => String(member.answers.updated ?? '').slice(0, 10)).filter((d) => d !== '').sort();
  return {
    earlier: {
      participants: earlier.members.length,
      period: { from: days[0] ?? '', to: days.at(-1) ?? '' },
      ...(earlier.files && !earlier.anonymous ? { files: earlier.files } : {}),
    },
    ...(earlier.anonymous ? {} : { participants: membership(earlier.members, members) }),
    themes: themeShifts(thenThemes, themes),
    earlierActions: followed,
    newActions: unmatched,
  };
}

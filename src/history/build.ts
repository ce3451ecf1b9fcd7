import type { QuestionSet } from '../content/types.js';
import type { TeamTheme } from '../report/model.js';
import { participantLabels, type ParticipantNaming } from '../report/participants.js';
import { teamActions } from '../report/team-actions.js';
import { membership, ratingMoment } from '../report/team-compare.js';
import { teamThemes, type Member } from '../report/team-themes.js';
import { verdict } from '../report/verdict.js';
import { actionLifecycle } from './lifecycle.js';
import { anonymousLabels, personIndexes } from './people.js';
import type { CoverageItem, History, HistoryRound, HistorySummary, HistoryTheme, LifecycleAction } from './model.js';
import { roundDate, sortRounds, type RoundInput } from './rounds.js';

export interface HistoryOptions {
  /** The question set in the history's language: order and titles of the themes, the 18 to cover. */
  set: QuestionSet | undefined;
  naming: ParticipantNaming;
}

interface Built {
  round: HistoryRound;
  members: Member[];
  themes: TeamTheme[];
}

function distinct<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

/**
 * Every theme met, in the order of the set (with its title there), then the others in the order
 * first met. Titles that repeat ("Buurtvervlechting" in both groups) get their group, as in a report.
 */
function themeOrder(built: readonly Built[], set: QuestionSet | undefined): Array<{ id: string; title: string; group: string }> {
  const found = new Map<string, { id: string; title: string; group: string }>();
  for (const b of built) for (const theme of b.themes) if (!found.has(theme.id)) found.set(theme.id, { id: theme.id, title: theme.title, group: theme.group });
  const fromSet = (set?.themes ?? []).map((theme) => ({ id: theme.id, title: theme.title, group: theme.group }));
  const inSet = new Set(fromSet.map((theme) => theme.id));
  const all = [...fromSet, ...[...found.values()].filter((theme) => !inSet.has(theme.id))];
  const count = new Map<string, number>();
  for (const theme of all) count.set(theme.title.trim(), (count.get(theme.title.trim()) ?? 0) + 1);
  return all.map((theme) => {
    if ((count.get(theme.title.trim()) ?? 0) < 2) return theme;
    const group = set?.groups.find((g) => g.id === theme.group)?.title ?? theme.group;
    return group ? { ...theme, title: `${theme.title} (${group})` } : theme;
  });
}

function historyTheme(theme: { id: string; title: string; group: string }, built: readonly Built[]): HistoryTheme {
  const points = built.map((b, round) => {
    const found = b.themes.find((t) => t.id === theme.id);
    return found ? { round, taken: true, chosenBy: found.participants.length, moment: ratingMoment(found) } : { round, taken: false, chosenBy: 0 };
  });
  const rated = points.filter((p) => p.moment?.median !== undefined);
  const first = rated[0];
  const last = rated.at(-1);
  return {
    ...theme,
    points,
    notTakenUp: points.filter((p) => !p.taken).map((p) => p.round),
    ...(first && last && first !== last ? { change: { from: first.round, to: last.round, verdict: verdict(first.moment!, last.moment!) } } : {}),
  };
}

/** Largest change of the median first, ties by the change of spread; only what moved at all. */
function movedMost(themes: readonly HistoryTheme[]): HistorySummary['moved'] {
  const size = (x: number | undefined) => Math.abs(x ?? 0);
  return themes
    // Moved: forward or back, or more or less agreement (the verdict's thresholds), not any decimal.
    .filter((theme) => theme.change && (['forward', 'back'].includes(theme.change.verdict.median) || ['more', 'less'].includes(theme.change.verdict.agreement)))
    .map((theme) => ({ themeId: theme.id, title: theme.title, ...theme.change! }))
    .sort((a, b) => size(b.verdict.medianChange) - size(a.verdict.medianChange) || size(b.verdict.spreadChange) - size(a.verdict.spreadChange))
    .slice(0, 3);
}

function summaryOf(themes: readonly HistoryTheme[], actions: readonly LifecycleAction[], rounds: number): HistorySummary {
  const last = rounds - 1;
  return {
    moved: movedMost(themes),
    stalled: actions.flatMap((action, i) => (action.stalled ? [i] : [])),
    newThemes: last < 1 ? [] : themes.filter((t) => t.points[last]!.taken && !t.points[last - 1]!.taken).map((t) => ({ id: t.id, title: t.title })),
    newActions: last < 1 ? [] : actions.flatMap((action, i) => (action.proposed === last ? [i] : [])),
  };
}

/** Who joined and who left by their number (a rename keeps the number, so there are none). */
function numberedMembership(then: readonly number[], now: readonly number[], thenLabels: readonly string[], nowLabels: readonly string[]): HistoryRound['membership'] {
  const firstOf = (people: readonly number[], labels: readonly string[], others: readonly number[]) =>
    labels.filter((_, i) => people.indexOf(people[i]!) === i && !others.includes(people[i]!));
  return { joined: firstOf(now, nowLabels, then), left: firstOf(then, thenLabels, now), renamed: [] };
}

/**
 * The history of a team over rounds. Each round is merged as a team report merges its files (by
 * theme id and question id, so versions of the set and languages line up); rounds are put in date
 * order. Pure: the rounds must have been checked (roundProblems) and hold at least one file each.
 */
export function buildHistory(inputs: readonly RoundInput[], options: HistoryOptions): History {
  const rounds = sortRounds(inputs);
  // Numbered per person, not per round: "Deelnemer 2" is one person throughout the document.
  const people = options.naming.anonymous ? personIndexes(rounds.map((round) => round.files.map((f) => f.answers))) : [];
  const built: Built[] = rounds.map((input, r) => {
    const labels = options.naming.anonymous ? anonymousLabels(people[r]!, options.naming) : participantLabels(input.files, options.naming);
    const members = input.files.map((file, i): Member => ({ label: labels[i]!, answers: file.answers }));
    return {
      members,
      themes: teamThemes(members, options.set),
      round: {
        label: input.label,
        source: input.source,
        date: roundDate(input.files),
        participants: labels,
        ...(options.naming.anonymous ? {} : { files: input.files.map((f) => f.file) }),
        questionSets: distinct(
          input.files.map(({ answers: { questionSet: qs } }) => ({ id: qs.id, version: qs.version, language: qs.language })),
          (qs) => `${qs.id}@${qs.version}@${qs.language}`,
        ),
      },
    };
  });
  for (let r = 1; r < built.length; r++) {
    built[r]!.round.membership = options.naming.anonymous ? numberedMembership(people[r - 1]!, people[r]!, built[r - 1]!.round.participants, built[r]!.round.participants) : membership(built[r - 1]!.members, built[r]!.members);
  }
  const order = themeOrder(built, options.set);
  const titles = new Map(order.map((theme) => [theme.id, theme.title]));
  const actions = actionLifecycle(
    built.map((b) => ({ date: b.round.date, members: b.members, actions: teamActions(b.members, b.themes), titles })),
  );
  const taken = order.map((theme) => historyTheme(theme, built));
  const themes = taken.filter((theme) => theme.notTakenUp.length < built.length);
  const groupTitle = (group: string) => options.set?.groups.find((g) => g.id === group)?.title ?? group;
  const coverage: CoverageItem[] = taken.map((theme) => ({
    id: theme.id,
    title: theme.title,
    group: theme.group,
    groupTitle: groupTitle(theme.group),
    rounds: built.length - theme.notTakenUp.length,
  }));
  const files = rounds.flatMap((round) => round.files);
  return {
    rounds: built.map((b) => b.round),
    summary: summaryOf(themes, actions, built.length),
    themes,
    coverage: { themes: coverage, never: coverage.filter((c) => c.rounds === 0) },
    actions,
    organisations: distinct(files.map((f) => String(f.answers.organisation ?? '').trim()).filter((o) => o), (o) => o),
    questionSetTitle: options.set?.title ?? files[0]?.answers.questionSet.title ?? '',
  };
}

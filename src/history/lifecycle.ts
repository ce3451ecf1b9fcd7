import { CandidateIndex, claimsOf, mentions, statusOf, type Claim } from '../report/action-match.js';
import type { TeamAction } from '../report/model.js';
import type { Member } from '../report/team-themes.js';
import type { LifecycleAction, LifecycleStep } from './model.js';

/** One round as the lifecycle needs it: its date, members and folded actions. */
export interface LifecycleRound {
  date: string;
  members: readonly Member[];
  actions: readonly TeamAction[];
  /** Theme titles of the history (in its language), by id. */
  titles: ReadonlyMap<string, string>;
}

interface Line {
  candidate: { ids: Set<string>; keys: Set<string> };
  texts: string[];
  themeId: string;
  themeTitle: string;
  proposed: number;
  steps: Map<number, { claims: Claim[]; focus: Set<string>; ambiguous: LifecycleStep['ambiguous'] }>;
  ambiguousWith: string[];
}

const DAY = 86_400_000;
function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Number.isNaN(a) || Number.isNaN(b) ? 0 : Math.max(0, Math.round((b - a) / DAY));
}

const closed = (status: string) => status === 'done' || status === 'dropped';

/**
 * Every action across the rounds, followed by its id (kept by --previous and the form), else by
 * its text: when it was proposed, chosen as focus, its status in each later round, how long it has
 * been open. An action of a round that could be two earlier ones starts a line of its own, marked
 * ambiguous, and the note is shown with both. Pure.
 */
export function actionLifecycle(rounds: readonly LifecycleRound[]): LifecycleAction[] {
  const lines: Line[] = [];
  // The lines by id and text, kept up to date as lines gain ids and texts.
  const index = new CandidateIndex();
  rounds.forEach((round, r) => {
    const known = lines.length;
    const step = (line: Line) => {
      let s = line.steps.get(r);
      if (!s) line.steps.set(r, (s = { claims: [], focus: new Set(), ambiguous: [] }));
      return s;
    };
    for (const mention of mentions(round.members, round.actions)) {
      const action = round.actions[mention.action]!;
      const match = index.match(mention, known);
      const focus = mention.proposals.filter((p) => p.focus).map((p) => p.participant);
      const theme = action.themes[0]!;
      const fresh = (ambiguousWith: string[]): Line => ({
        candidate: { ids: new Set(mention.ids), keys: new Set([mention.key]) },
        texts: [action.what],
        themeId: theme.id,
        themeTitle: round.titles.get(theme.id) ?? theme.title,
        proposed: r,
        steps: new Map(),
        ambiguousWith,
      });
      let line: Line;
      if (match.kind === 'id' || match.kind === 'text') {
        line = lines[match.index]!;
        // Claims first: how each proposal was recognised is against the ids known before this round.
        step(line).claims.push(...claimsOf(mention, match.kind, line.candidate));
        for (const id of mention.ids) {
          line.candidate.ids.add(id);
          index.addId(match.index, id);
        }
        line.candidate.keys.add(mention.key);
        index.addKey(match.index, mention.key);
        if (!line.texts.includes(action.what)) line.texts.push(action.what);
      } else {
        const others = match.kind === 'ambiguous' ? match.indexes.map((i) => lines[i]!) : [];
        line = fresh(others.map((other) => other.texts.at(-1)!));
        index.add(lines.length, line.candidate);
        lines.push(line);
        step(line).claims.push(...claimsOf(mention, 'text'));
        const note = { what: action.what, participants: [...new Set(mention.proposals.map((p) => p.participant))], candidates: line.ambiguousWith };
        for (const other of others) step(other).ambiguous.push(note);
      }
      for (const who of focus) step(line).focus.add(who);
    }
  });
  const last = rounds.length - 1;
  const result = lines.map((line): LifecycleAction => {
    const steps: LifecycleStep[] = [];
    let done = false;
    for (let r = line.proposed; r <= last; r++) {
      const s = line.steps.get(r);
      // After done or dropped the action is over, unless a later round brings it up again.
      if (done && !s) continue;
      const status = statusOf(s?.claims ?? [], (s?.ambiguous.length ?? 0) > 0);
      steps.push({ round: r, status, claims: s?.claims ?? [], focus: [...(s?.focus ?? [])], ambiguous: s?.ambiguous ?? [] });
      done = closed(status);
    }
    const current = steps.at(-1)!.status;
    const openRounds = steps.filter((s) => s.status === 'open').length;
    const closedAt = steps.find((s) => closed(s.status));
    const end = closedAt && closed(current) ? closedAt.round : last;
    return {
      what: line.texts.at(-1)!,
      texts: line.texts,
      themeId: line.themeId,
      themeTitle: line.themeTitle,
      proposed: line.proposed,
      focusRounds: steps.filter((s) => s.focus.length).map((s) => s.round),
      steps,
      current,
      openRounds,
      openDays: daysBetween(rounds[line.proposed]!.date, rounds[end]!.date),
      // Stuck: open in two or more rounds and nobody has closed it since. Its last round may be
      // "not mentioned" or "unclear" (one says done, another open): the table still counts it as
      // open, so the summary, the order and the mark must too.
      stalled: !closed(current) && openRounds >= 2,
      ambiguousWith: line.ambiguousWith,
    };
  });
  const rank = (a: LifecycleAction) => (a.stalled ? 0 : a.current === 'open' ? 1 : 2);
  return result
    .map((action, i) => ({ action, i }))
    .sort((a, b) => rank(a.action) - rank(b.action) || (rank(a.action) === 0 ? b.action.openRounds - a.action.openRounds : 0) || a.action.proposed - b.action.proposed || a.i - b.i)
    .map(({ action }) => action);
}

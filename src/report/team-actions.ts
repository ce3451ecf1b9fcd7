import { priorities, type Action, type ActionStatus } from '../answers/model.js';
import type { ActionConflicts, FocusCount, Proposal, ProposedValue, TeamAction, TeamTheme } from './model.js';
import type { Member } from './team-themes.js';
import { textKey } from './text-key.js';

interface Found {
  proposal: Proposal;
  themeId: string;
  themeTitle: string;
}

/** Every action of every file as a proposal: this reflection's first, then the carried-over ones. */
function proposals(member: Member): Found[] {
  const focus = new Set(member.answers.focus ?? []);
  // Fields set one by one, not spread: a team has a thousand proposals. Insertion order is the
  // order of the keys in the JSON report.
  const proposal = (action: Action, fromPrevious: boolean): Proposal => {
    const made: Partial<Proposal> = { participant: member.label, id: action.id, what: action.what };
    const who = action.who?.trim();
    if (who) made.who = who;
    const due = action.due?.trim();
    if (due) made.due = due;
    made.priority = action.priority;
    made.status = action.status;
    made.fromPrevious = fromPrevious;
    made.focus = focus.has(action.id);
    return made as Proposal;
  };
  return [
    ...(member.answers.themes ?? []).flatMap((theme) =>
      (theme.actions ?? []).map((action) => ({ proposal: proposal(action, false), themeId: theme.id, themeTitle: theme.title })),
    ),
    ...(member.answers.previous?.actions ?? []).map((action) => ({
      proposal: proposal(action, true),
      themeId: action.theme,
      themeTitle: action.themeTitle,
    })),
  ];
}

function mergedStatus(statuses: readonly ActionStatus[]): ActionStatus {
  if (statuses.includes('open')) return 'open';
  return statuses.includes('done') ? 'done' : 'dropped';
}

/** Every distinct value of one field, in the order first proposed, with who gave it; empty values left out. */
function proposedValues(proposals: readonly Proposal[], field: (p: Proposal) => string | undefined): ProposedValue[] {
  const values = new Map<string, string[]>();
  for (const proposal of proposals) {
    const value = field(proposal);
    if (!value) continue;
    const names = values.get(value) ?? [];
    if (!names.includes(proposal.participant)) names.push(proposal.participant);
    values.set(value, names);
  }
  return [...values].map(([value, participants]) => ({ value, participants }));
}

/** The fields on which the folded proposals disagree, so that no value given is lost. */
function conflicts(proposals: readonly Proposal[]): ActionConflicts {
  // Most actions have one proposal, which cannot disagree with itself.
  if (proposals.length < 2) return {};
  const who = proposedValues(proposals, (p) => p.who);
  const due = proposedValues(proposals, (p) => p.due);
  const priority = proposedValues(proposals, (p) => p.priority);
  const status = proposedValues(proposals, (p) => p.status);
  return {
    ...(who.length > 1 ? { who } : {}),
    ...(due.length > 1 ? { due } : {}),
    ...(priority.length > 1 ? { priority } : {}),
    ...(status.length > 1 ? { status } : {}),
  };
}

/**
 * All actions of the team, identical ones folded (see textKey) with who proposed them. Order:
 * new actions before carried-over ones, then by theme in report order, then as first proposed.
 * The folded action takes the highest priority and the earliest due date proposed; where the
 * proposals differ, `conflicts` keeps every value with who gave it.
 */
export function teamActions(members: readonly Member[], themes: readonly TeamTheme[]): TeamAction[] {
  const titles = new Map(themes.map((theme) => [theme.id, theme.title]));
  const rank = new Map(themes.map((theme, i) => [theme.id, i]));
  const byKey = new Map<string, { action: TeamAction; first: number }>();
  let n = 0;
  for (const member of members) {
    for (const { proposal, themeId, themeTitle } of proposals(member)) {
      const key = textKey(proposal.what);
      let entry = byKey.get(key);
      if (!entry) {
        entry = {
          first: n++,
          action: {
            key,
            what: proposal.what.trim(),
            themes: [],
            who: [],
            priority: proposal.priority,
            status: 'open',
            fromPrevious: true,
            fromPreviousBy: [],
            conflicts: {},
            proposals: [],
            focus: 0,
          },
        };
        byKey.set(key, entry);
      }
      const action = entry.action;
      action.proposals.push(proposal);
      if (!action.themes.some((t) => t.id === themeId)) action.themes.push({ id: themeId, title: titles.get(themeId) ?? themeTitle ?? themeId });
      if (proposal.who && !action.who.includes(proposal.who)) action.who.push(proposal.who);
      if (proposal.due && (!action.due || proposal.due < action.due)) action.due = proposal.due;
      if (priorities.indexOf(proposal.priority) < priorities.indexOf(action.priority)) action.priority = proposal.priority;
      action.fromPrevious &&= proposal.fromPrevious;
      if (proposal.fromPrevious && !action.fromPreviousBy.includes(proposal.participant)) action.fromPreviousBy.push(proposal.participant);
    }
  }
  const themeRank = (action: TeamAction) => rank.get(action.themes[0]!.id) ?? rank.size;
  return [...byKey.values()]
    .map(({ action, first }) => {
      const status = mergedStatus(action.proposals.map((p) => p.status));
      // Counted per participant: one person proposing it under two themes chose it once.
      const focus = new Set(action.proposals.filter((p) => p.focus).map((p) => p.participant)).size;
      // In place: these keys exist already, so they keep their place in the JSON report.
      action.status = status;
      action.focus = focus;
      action.conflicts = conflicts(action.proposals);
      return { action, first };
    })
    .sort((a, b) => Number(a.action.fromPrevious) - Number(b.action.fromPrevious) || themeRank(a.action) - themeRank(b.action) || a.first - b.first)
    .map(({ action }) => action);
}

/** The focus choices counted: the actions chosen most often first, and who chose none yet. */
export function focusCounts(members: readonly Member[], actions: readonly TeamAction[]): { chosen: FocusCount[]; none: string[] } {
  const chosen = actions
    .map((action, index): FocusCount => ({
      action: index,
      what: action.what,
      count: action.focus,
      participants: [...new Set(action.proposals.filter((p) => p.focus).map((p) => p.participant))],
    }))
    .filter((focus) => focus.count > 0)
    .sort((a, b) => b.count - a.count || a.action - b.action);
  const withFocus = new Set(chosen.flatMap((focus) => focus.participants));
  return { chosen, none: members.filter((m) => !withFocus.has(m.label)).map((m) => m.label) };
}

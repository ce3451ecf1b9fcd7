import type { ActionStatus } from '../answers/model.js';
import type { TeamAction } from './model.js';
import type { Member } from './team-themes.js';

/**
 * Following actions from one moment to the next (report --compare against a team, and history):
 * an action is the same when it carries the same stable id (answers format 2 keeps it through
 * --previous and the form), else when its text folds to the same key (textKey). When one action
 * could be several earlier ones, that is said, never guessed.
 */

/** What a later moment says about an action: one participant's word. */
export interface Claim {
  participant: string;
  status: ActionStatus;
  /**
   * `followed-up`: carried over with --previous and reviewed (done, still open, dropped);
   * `carried`: carried over but not reviewed yet (counts as still open when nothing else is said);
   * `proposed-again`: written anew with the same text.
   */
  basis: 'followed-up' | 'carried' | 'proposed-again';
  /** How it was recognised: by its id, or by its text. */
  match: 'id' | 'text';
}

/** One folded action of a later moment, as something to match: every id its proposals carry. */
export interface Mention {
  /** Index into the moment's team actions. */
  action: number;
  ids: string[];
  key: string;
  what: string;
  /** Per proposal: who, and whether it was carried over (and reviewed) or written anew. */
  proposals: Array<{ participant: string; id: string; status: ActionStatus; carried: boolean; reviewed: boolean; focus: boolean }>;
}

/** An earlier action (or a history's action line) as something to match against. */
export interface Candidate {
  ids: ReadonlySet<string>;
  keys: ReadonlySet<string>;
}

export type Match = { kind: 'id' | 'text'; index: number } | { kind: 'ambiguous'; indexes: number[] } | { kind: 'none' };

/** The later team's actions as mentions; `reviewed` read from each member's previous.actions. */
export function mentions(members: readonly Member[], actions: readonly TeamAction[]): Mention[] {
  const unreviewed = new Set<string>();
  for (const member of members) {
    for (const carried of member.answers.previous?.actions ?? []) {
      if (!carried.reviewed && carried.status === 'open') unreviewed.add(`${member.label}\u0000${carried.id}`);
    }
  }
  return actions.map((action, index) => ({
    action: index,
    ids: [...new Set(action.proposals.map((p) => p.id).filter((id) => id))],
    key: action.key,
    what: action.what,
    proposals: action.proposals.map((p) => ({
      participant: p.participant,
      id: p.id,
      status: p.status,
      carried: p.fromPrevious,
      reviewed: p.fromPrevious && !unreviewed.has(`${p.participant}\u0000${p.id}`),
      focus: p.focus,
    })),
  }));
}

/**
 * Candidates by their ids and text keys, so that a mention looks up its own ids and key instead of
 * trying every candidate: a history of ten rounds of a thousand actions made a million tries.
 * Candidates are numbered in the order they are added; an id or key added later (a candidate that
 * matched gains the mention's) is found from then on.
 */
export class CandidateIndex {
  private readonly byId = new Map<string, number[]>();
  private readonly byKey = new Map<string, number[]>();

  static of(candidates: readonly Candidate[]): CandidateIndex {
    const index = new CandidateIndex();
    candidates.forEach((candidate, i) => index.add(i, candidate));
    return index;
  }

  add(i: number, candidate: Candidate): void {
    for (const id of candidate.ids) this.addId(i, id);
    for (const key of candidate.keys) this.addKey(i, key);
  }

  addId(i: number, id: string): void {
    addTo(this.byId, id, i);
  }

  addKey(i: number, key: string): void {
    addTo(this.byKey, key, i);
  }

  /**
   * Which candidate (of those numbered below `limit`) a mention is: by id first (one folded action
   * may hold ids of two earlier ones: ambiguous), else by text (several candidates with that text:
   * ambiguous), else none.
   */
  match(mention: Pick<Mention, 'ids' | 'key'>, limit = Infinity): Match {
    const byId = below(mention.ids.flatMap((id) => this.byId.get(id) ?? []), limit);
    if (byId.length === 1) return { kind: 'id', index: byId[0]! };
    if (byId.length > 1) return { kind: 'ambiguous', indexes: byId };
    const byText = below(this.byKey.get(mention.key) ?? [], limit);
    if (byText.length === 1) return { kind: 'text', index: byText[0]! };
    if (byText.length > 1) return { kind: 'ambiguous', indexes: byText };
    return { kind: 'none' };
  }
}

function addTo(map: Map<string, number[]>, value: string, i: number): void {
  const list = map.get(value);
  if (!list) map.set(value, [i]);
  else if (!list.includes(i)) list.push(i);
}

/** The candidate numbers below `limit`, each once, in order. */
function below(indexes: readonly number[], limit: number): number[] {
  return [...new Set(indexes.filter((i) => i < limit))].sort((x, y) => x - y);
}

/**
 * What a matched mention claims about the candidate, one claim per participant. Matched by id, the
 * folded action may also hold a proposal with another id and the same text (someone wrote it anew):
 * that one was recognised by its text, and says so.
 */
export function claimsOf(mention: Mention, match: 'id' | 'text', candidate?: Candidate): Claim[] {
  const claims = new Map<string, Claim>();
  for (const p of mention.proposals) {
    const basis: Claim['basis'] = !p.carried ? 'proposed-again' : p.reviewed ? 'followed-up' : 'carried';
    const own: Claim['match'] = match === 'id' && candidate && !candidate.ids.has(p.id) ? 'text' : match;
    const claim: Claim = { participant: p.participant, status: p.carried ? p.status : 'open', basis, match: own };
    const before = claims.get(p.participant);
    // A participant who both followed it up and wrote it anew: what they said about it counts.
    if (!before || (before.basis !== 'followed-up' && basis === 'followed-up')) claims.set(p.participant, claim);
  }
  return [...claims.values()];
}

export type FollowedStatus = ActionStatus | 'not-mentioned' | 'ambiguous';

/**
 * The status the claims give: what the participants said when they followed it up (all the same, or
 * ambiguous when they disagree); else still open when it was carried or proposed again; else not
 * mentioned — or ambiguous when a mention could have been this action or another.
 */
export function statusOf(claims: readonly Claim[], ambiguous: boolean): FollowedStatus {
  const said = new Set(claims.filter((c) => c.basis === 'followed-up').map((c) => c.status));
  if (said.size === 1) return [...said][0]!;
  if (said.size > 1) return 'ambiguous';
  if (claims.length) return 'open';
  return ambiguous ? 'ambiguous' : 'not-mentioned';
}

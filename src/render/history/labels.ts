/**
 * Plain-text pieces of working in rounds, shared by the history's formats and by report --compare
 * against a team: medians, verdicts, distributions, what was said of an action. Each renderer
 * escapes them for its own syntax.
 */
import { ratingLevels, type Rating } from '../../answers/model.js';
import type { Messages } from '../../i18n/messages.js';
import type { History, HistoryRound, LifecycleAction } from '../../history/model.js';
import type { Claim } from '../../report/action-match.js';
import type { RatingSpread } from '../../report/model.js';
import { spreadText } from '../../report/spread.js';
import type { RatingMoment, Verdict } from '../../report/verdict.js';
import { dateText, ratingText } from '../report/labels.js';

/** The levels in scale order, "weet niet" last: the order of every distribution. */
export const distributionLevels: readonly Rating[] = [...ratingLevels, 'unknown'];

/** A median as a level, or "between first steps and on track" when it falls between two. */
export function medianText(median: number | undefined, m: Messages): string {
  if (median === undefined) return m.plan.none;
  const lower = Math.floor(median);
  if (lower === median) return ratingText(ratingLevels[lower], m);
  return m.history.medianBetween(ratingText(ratingLevels[lower], m), ratingText(ratingLevels[lower + 1], m));
}

/** The verdict in plain words: "forward and more agreement", "the same", "cannot be compared". */
export function verdictText(verdict: Verdict, m: Messages): string {
  const v = m.history.verdict;
  const parts: string[] = [];
  if (verdict.median === 'forward') parts.push(v.forward);
  if (verdict.median === 'back') parts.push(v.back);
  if (verdict.agreement === 'more') parts.push(v.more);
  if (verdict.agreement === 'less') parts.push(v.less);
  if (parts.length) return m.history.verdicts(parts);
  return verdict.median === 'not-comparable' ? v.notComparable : v.same;
}

/** "first steps 2, on track 1": the levels given, in scale order; the placeholder when none. */
export function distributionText(ratings: RatingSpread | undefined, m: Messages): string {
  if (!ratings) return m.plan.none;
  const parts = distributionLevels.filter((level) => ratings.counts[level] > 0).map((level) => m.history.chart.count(ratingText(level, m), ratings.counts[level]));
  if (ratings.notRated) parts.push(m.history.chart.count(m.report.col.notRated, ratings.notRated));
  return parts.join(', ') || m.plan.none;
}

export function momentSpreadText(moment: RatingMoment | undefined, m: Messages): string {
  return moment ? spreadText(moment.ratings, m.report) : m.plan.none;
}

/**
 * A text bar of a distribution: one character per participant, a shade per level (light = not yet,
 * full = embedded), "weet niet" apart after a space. Readable in any monospace font and in print.
 */
export const barChars: Record<Rating, string> = { 'not-started': '░', 'first-steps': '▒', 'on-track': '▓', embedded: '█', unknown: '?' };

export function textBar(ratings: RatingSpread | undefined): string {
  if (!ratings) return '';
  const levels = ratingLevels.map((level) => barChars[level].repeat(ratings.counts[level])).join('');
  return ratings.counts.unknown ? `${levels} ${barChars.unknown.repeat(ratings.counts.unknown)}`.trim() : levels;
}

/** "░ not started · ▒ first steps · …": the key to textBar. */
export function barLegend(m: Messages): string {
  return distributionLevels.map((level) => `${barChars[level]} ${ratingText(level, m)}`).join(' · ');
}

/** Clauses of one line joined by the catalogue's ';' (French: a narrow no-break space before it). */
export function clauses(parts: readonly string[], m: Messages): string {
  return parts.length === 0 ? '' : parts.reduce((line, part) => m.content.clauses(line, part));
}

/** A round by its label and date: "2026-voorjaar (12 maart 2026)". */
export function roundText(round: HistoryRound, m: Messages): string {
  return m.history.roundName(round.label, dateText(round.date, m));
}

/** What the later files said of an action, grouped: "done according to An; proposed again by Bob (recognised by its text)". */
export function claimsText(claims: readonly Claim[], m: Messages): string {
  const h = m.history;
  if (claims.length === 0) return h.nobodyMentioned;
  const by = new Set(claims.map((c) => c.match));
  // One way of recognising for all: said once at the end; else each group says its own.
  const each = by.size > 1;
  const groups = new Map<string, { claim: Claim; who: string[] }>();
  for (const claim of claims) {
    const key = `${claim.basis}\u0000${claim.status}${each ? `\u0000${claim.match}` : ''}`;
    const group = groups.get(key) ?? { claim, who: [] };
    if (!group.who.includes(claim.participant)) group.who.push(claim.participant);
    groups.set(key, group);
  }
  const parts = [...groups.values()].map(({ claim, who }) => {
    const part = claim.basis === 'followed-up' ? h.claim['followed-up'](h.status[claim.status], who) : h.claim[claim.basis](who);
    return each ? `${part} (${h.matchedBy[claim.match]})` : part;
  });
  return each ? clauses(parts, m) : `${clauses(parts, m)} (${h.matchedBy[[...by][0]!]})`;
}

/** How long an action has been open (or was, before it was closed). */
export function openText(action: LifecycleAction, m: Messages): string {
  const h = m.history;
  if (action.current === 'done' || action.current === 'dropped') return h.closedAfter(action.openDays);
  return h.openFor(action.openRounds, action.openDays);
}

/** The action's notes: earlier wordings and what it could not be told apart from. */
export function actionNotes(action: LifecycleAction, history: History, m: Messages): string[] {
  const notes: string[] = [];
  if (action.texts.length > 1) notes.push(m.history.reworded(action.texts.slice(0, -1)));
  if (action.ambiguousWith.length) notes.push(m.history.ambiguousWith(action.ambiguousWith));
  for (const step of action.steps) {
    for (const note of step.ambiguous) notes.push(`${m.plan.label(roundText(history.rounds[step.round]!, m))} ${m.history.ambiguousNote(note.what, note.participants, note.candidates)}`);
  }
  return notes;
}

/** An action's status in one round, with "proposed" and "focus" where they apply. */
export function stepText(action: LifecycleAction, round: number, m: Messages): string {
  const step = action.steps.find((s) => s.round === round);
  if (!step) return round < action.proposed ? '' : m.plan.none;
  const words = [round === action.proposed ? m.history.proposed : m.history.status[step.status]];
  if (step.focus.length) words.push(m.history.focus);
  return words.join(', ');
}

import type { RatingSpread } from './model.js';

/** A theme's ratings at one moment, as the comparison and the history see them. */
export interface RatingMoment {
  ratings: RatingSpread;
  /** See medianLevel: on the 0–3 scale, possibly between two levels. */
  median?: number;
}

/**
 * What the team's view of a theme did between two moments, in plain words: `forward`/`back` when
 * the median moved by at least one level; `more-agreement`/`less-agreement` when the spread changed
 * by at least 0.5 (only with two or more ratings each time: a spread of one rating says nothing);
 * both may hold. `same` when neither; `not-comparable` without a median then or now.
 */
export interface Verdict {
  median: 'forward' | 'back' | 'same' | 'not-comparable';
  agreement: 'more' | 'less' | 'same' | 'not-comparable';
  /** Median now minus median then (levels); undefined when not comparable. */
  medianChange?: number;
  /** Spread now minus spread then; undefined when not comparable. */
  spreadChange?: number;
}

export const MEDIAN_STEP = 1;
export const SPREAD_STEP = 0.5;

export function verdict(then: RatingMoment, now: RatingMoment): Verdict {
  const medianChange = then.median !== undefined && now.median !== undefined ? now.median - then.median : undefined;
  const spreads = then.ratings.rated >= 2 && now.ratings.rated >= 2;
  // Spreads are rounded to two decimals; the difference is rounded too so that 0.5 is exactly 0.5.
  const spreadChange = spreads ? Math.round((now.ratings.spread - then.ratings.spread) * 100) / 100 : undefined;
  return {
    median: medianChange === undefined ? 'not-comparable' : medianChange >= MEDIAN_STEP ? 'forward' : medianChange <= -MEDIAN_STEP ? 'back' : 'same',
    agreement: spreadChange === undefined ? 'not-comparable' : spreadChange <= -SPREAD_STEP ? 'more' : spreadChange >= SPREAD_STEP ? 'less' : 'same',
    ...(medianChange !== undefined ? { medianChange } : {}),
    ...(spreadChange !== undefined ? { spreadChange } : {}),
  };
}

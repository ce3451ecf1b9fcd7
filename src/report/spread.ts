import { ratingLevels, type Rating, type RatingLevel } from '../answers/model.js';
import type { Messages } from '../i18n/messages.js';
import type { RatingSpread } from './model.js';

/** A level's place on the scale: nog niet mee bezig = 0 ... verankerd in de werking = 3. */
export function levelIndex(rating: Rating | undefined): number | undefined {
  const index = ratingLevels.indexOf(rating as RatingLevel);
  return index < 0 ? undefined : index;
}

/** A spread of fewer than two real ratings (not "weet niet") says nothing: it is shown as such, not as 0,0. */
export function spreadText(spread: RatingSpread, r: Messages['report']): string {
  return spread.rated < 2 ? r.spreadTooFew(spread.rated) : r.decimal(spread.spread);
}

/**
 * The spread of a theme's ratings. Disagreement is the population standard deviation of the levels
 * on the 0–3 scale: it grows with both how far apart and how evenly split the team is, and it does
 * not depend on team size. "Weet niet" is not a level: counted, but left out of the spread.
 */
export function ratingSpread(ratings: ReadonlyArray<Rating | undefined>): RatingSpread {
  const counts: Record<Rating, number> = { 'not-started': 0, 'first-steps': 0, 'on-track': 0, embedded: 0, unknown: 0 };
  const levels: number[] = [];
  let notRated = 0;
  for (const rating of ratings) {
    if (rating === undefined || !(rating in counts)) {
      notRated++;
      continue;
    }
    counts[rating]++;
    const level = levelIndex(rating);
    if (level !== undefined) levels.push(level);
  }
  const spread: RatingSpread = { counts, rated: levels.length, unknown: counts.unknown, notRated, spread: 0, range: 0 };
  if (levels.length === 0) return spread;
  const mean = levels.reduce((sum, x) => sum + x, 0) / levels.length;
  const variance = levels.reduce((sum, x) => sum + (x - mean) ** 2, 0) / levels.length;
  const low = levels.reduce((a, b) => Math.min(a, b));
  const high = levels.reduce((a, b) => Math.max(a, b));
  return {
    ...spread,
    spread: Math.round(Math.sqrt(variance) * 100) / 100,
    range: high - low,
    lowest: ratingLevels[low],
    highest: ratingLevels[high],
  };
}

/**
 * The median level of the real ratings (not "weet niet") on the 0–3 scale: with an even number the
 * mean of the two middle ones, so it may fall between two levels (1.5). Undefined without ratings.
 */
export function medianLevel(ratings: ReadonlyArray<Rating | undefined>): number | undefined {
  const levels = ratings.map(levelIndex).filter((level): level is number => level !== undefined).sort((a, b) => a - b);
  if (levels.length === 0) return undefined;
  const middle = levels.length >> 1;
  return levels.length % 2 ? levels[middle]! : (levels[middle - 1]! + levels[middle]!) / 2;
}

import type { Rating } from '../../answers/model.js';
import type { FollowedStatus } from '../../report/action-match.js';

/**
 * The charts' colours. The rating levels are one hue from light (not yet) to dark (embedded): an
 * ordered scale reads in that order for colour-blind readers too, and in greyscale each level
 * differs from its neighbour by at least 0.2 of relative luminance (tests/render/charts.test.ts).
 * "Weet niet" is no level: a neutral grey with hatching, drawn apart from the levels.
 */
export const ratingColours: Record<Rating, string> = {
  'not-started': '#deebf7',
  'first-steps': '#8fbfe0',
  'on-track': '#4a93cc',
  embedded: '#08306b',
  unknown: '#b8b8b8',
};

/** The statuses of an action in a round: filled for done and open, hollow or hatched for the rest. */
export const statusColours: Record<FollowedStatus, string> = {
  done: '#08306b',
  open: '#4a93cc',
  dropped: '#b8b8b8',
  'not-mentioned': '#ffffff',
  ambiguous: '#ffffff',
};

/** Lines and text: dark enough on white for WCAG AA. */
export const ink = '#1d1d1f';
export const gridLine = '#8a8a94';

/** Relative luminance (WCAG 2.1) of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

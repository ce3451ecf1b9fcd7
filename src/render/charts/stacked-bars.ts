import { ratingLevels } from '../../answers/model.js';
import type { RatingSpread } from '../../report/model.js';
import type { Html } from '../report/html/escape.js';
import { ink, ratingColours } from './palette.js';
import { hatchPattern, n, svgChart, svgText } from './svg.js';

export interface BarRow {
  label: string;
  /** Absent: nothing to draw (the theme was not taken up then); `missing` says so. */
  ratings?: RatingSpread;
  missing?: string;
}

export interface StackedBarsInput {
  /** Unique in the document: the ids of title, desc and hatching derive from it. */
  id: string;
  title: string;
  desc: string;
  rows: readonly BarRow[];
}

const ROW = 18;
const GAP = 6;
const BAR_AREA = 300;
const UNKNOWN_GAP = 10;
const MAX_UNIT = 24;
const CHAR = 6.6;

/**
 * Stacked bars, one row per moment (a round, then and now): per level a segment as long as the
 * number of participants who gave it (`data-unit` pixels each), from not yet to embedded, and
 * "weet niet" apart, hatched, after a gap. The scale is the same for every row of a chart.
 */
export function stackedBars(input: StackedBarsInput): Html {
  const totals = input.rows.map((row) => (row.ratings ? ratingLevels.reduce((sum, level) => sum + row.ratings!.counts[level], 0) + row.ratings.counts.unknown : 0));
  const most = Math.max(1, ...totals);
  const unit = Math.min(MAX_UNIT, BAR_AREA / most);
  const labelWidth = Math.ceil(Math.max(...input.rows.map((row) => row.label.length), 4) * CHAR) + 8;
  const width = Math.ceil(labelWidth + BAR_AREA + UNKNOWN_GAP + 8);
  const height = input.rows.length * (ROW + GAP) + GAP;
  const hatch = `${input.id}-hatch`;
  const parts = [hatchPattern(hatch, ratingColours.unknown)];
  input.rows.forEach((row, i) => {
    const y = GAP + i * (ROW + GAP);
    parts.push(`<text x="${labelWidth - 6}" y="${n(y + ROW * 0.72)}" text-anchor="end" font-size="11" fill="${ink}">${svgText(row.label)}</text>`);
    if (!row.ratings) {
      if (row.missing) parts.push(`<text x="${labelWidth}" y="${n(y + ROW * 0.72)}" font-size="11" font-style="italic" fill="${ink}">${svgText(row.missing)}</text>`);
      return;
    }
    let x = labelWidth;
    const segment = (level: string, count: number, fill: string) => {
      if (count <= 0) return;
      const w = count * unit;
      parts.push(`<rect class="segment" data-level="${level}" data-count="${count}" x="${n(x)}" y="${y}" width="${n(w)}" height="${ROW}" fill="${fill}" stroke="#ffffff" stroke-width="1"/>`);
      x += w;
    };
    for (const level of ratingLevels) segment(level, row.ratings.counts[level], ratingColours[level]);
    x += UNKNOWN_GAP;
    segment('unknown', row.ratings.counts.unknown, `url(#${hatch})`);
  });
  return svgChart(input.id, width, height, input.title, input.desc, parts.join(''), { unit: n(unit) });
}

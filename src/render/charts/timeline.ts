import type { FollowedStatus } from '../../report/action-match.js';
import type { Html } from '../report/html/escape.js';
import { gridLine, ink, statusColours } from './palette.js';
import { hatchPattern, n, svgChart, svgText } from './svg.js';

export interface TimelineRow {
  /** Short: the action's number in the table beside the chart. */
  label: string;
  /** Bold: a stalled action. */
  emphasis: boolean;
  /** Per round: its status (undefined before it was proposed, or after it was closed). */
  cells: ReadonlyArray<{ status: FollowedStatus; proposed: boolean; focus: boolean } | undefined>;
}

export interface TimelineInput {
  id: string;
  title: string;
  desc: string;
  /** Column headings (round labels). */
  columns: readonly string[];
  rows: readonly TimelineRow[];
}

const CELL_H = 14;
const ROW_GAP = 4;
const CHAR = 6.2;

/**
 * The action lifecycle as a timeline: a row per action, a box per round coloured by its status
 * (done dark, open mid, dropped grey, not mentioned hollow, unclear hatched), a dot where it was
 * proposed, a thick outline where it was chosen as focus.
 */
export function timeline(input: TimelineInput): Html {
  const labelWidth = Math.ceil(Math.max(...input.rows.map((r) => r.label.length), 2) * CHAR) + 12;
  const column = Math.max(34, Math.min(110, Math.max(...input.columns.map((c) => c.length)) * CHAR + 10));
  const header = 18;
  const width = Math.ceil(labelWidth + column * input.columns.length + 4);
  const height = header + input.rows.length * (CELL_H + ROW_GAP) + ROW_GAP;
  const hatch = `${input.id}-hatch`;
  const parts = [hatchPattern(hatch, '#ffffff')];
  input.columns.forEach((label, c) => {
    parts.push(`<text x="${n(labelWidth + c * column + column / 2)}" y="12" text-anchor="middle" font-size="10" fill="${ink}">${svgText(label)}</text>`);
  });
  input.rows.forEach((row, r) => {
    const y = header + ROW_GAP + r * (CELL_H + ROW_GAP);
    parts.push(`<text x="${labelWidth - 6}" y="${n(y + CELL_H * 0.8)}" text-anchor="end" font-size="11"${row.emphasis ? ' font-weight="bold"' : ''} fill="${ink}">${svgText(row.label)}</text>`);
    row.cells.forEach((cell, c) => {
      if (!cell) return;
      const x = labelWidth + c * column + 3;
      const w = column - 6;
      const fill = cell.status === 'ambiguous' ? `url(#${hatch})` : statusColours[cell.status];
      const stroke = cell.focus ? `stroke="${ink}" stroke-width="2.5"` : `stroke="${gridLine}" stroke-width="1"`;
      const dash = cell.status === 'not-mentioned' ? ' stroke-dasharray="3 2"' : '';
      parts.push(`<rect class="step" data-status="${cell.status}" x="${n(x)}" y="${y}" width="${n(w)}" height="${CELL_H}" fill="${fill}" ${stroke}${dash}/>`);
      if (cell.proposed) parts.push(`<circle class="proposed" cx="${n(x + 7)}" cy="${n(y + CELL_H / 2)}" r="3" fill="#ffffff" stroke="${ink}" stroke-width="1.5"/>`);
    });
  });
  return svgChart(input.id, width, height, input.title, input.desc, parts.join(''));
}

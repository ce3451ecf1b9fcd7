import { ratingColours, statusColours } from './palette.js';

/** Styling of the charts and their keys, added to the report's stylesheet where charts appear. */
export const chartCss = `
.chart { display: block; max-width: 100%; height: auto; margin: 0.4rem 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 0.5rem 1.5rem; }
ul.legend { list-style: none; padding: 0; margin: 0.4rem 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; font-size: 0.9em; }
ul.legend li { display: flex; align-items: center; gap: 0.35rem; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border: 1px solid #8a8a94; }
${Object.entries(ratingColours).map(([level, colour]) => `.swatch-${level} { background: ${colour}; }`).join('\n')}
.swatch-unknown, .swatch-ambiguous { background: repeating-linear-gradient(45deg, #1d1d1f 0 1.5px, ${ratingColours.unknown} 1.5px 5px); }
.swatch-ambiguous { background: repeating-linear-gradient(45deg, #1d1d1f 0 1.5px, #ffffff 1.5px 5px); }
${Object.entries(statusColours).filter(([status]) => status !== 'ambiguous').map(([status, colour]) => `.swatch-status-${status} { background: ${colour}; }`).join('\n')}
.swatch-status-not-mentioned { border-style: dashed; }
.swatch-focus { border: 2.5px solid #1d1d1f; background: #ffffff; }
.swatch-proposed { width: 0.6em; height: 0.6em; border: 1.5px solid #1d1d1f; border-radius: 50%; background: #ffffff; }
@media print {
  .chart, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .chart, figure { break-inside: avoid; page-break-inside: avoid; }
}
`;

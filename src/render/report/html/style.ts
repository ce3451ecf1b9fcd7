/**
 * The report's only styling, inline in <style>: readable on screen, tidy on paper (A4, no
 * navigation, tables not split mid-row, bars printed in colour). No fonts, images or scripts from
 * anywhere: the file works offline and can be mailed as it is.
 */
export const reportCss = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5b5b66; --line: #d0d0d7; --bar: #2f6f8f; --soft: #f3f5f8; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 11pt/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.4rem 0 0.4rem; }
p { margin: 0.4rem 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0 0 1rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
.note { background: #fff6e0; border-left: 4px solid #e0a800; padding: 0.5rem 0.8rem; }
.muted, .hint { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; font-size: 0.95em; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: var(--soft); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: inline-block; height: 0.8em; background: var(--bar); border-radius: 2px; vertical-align: middle; }
.question { margin-top: 1rem; font-weight: 600; }
.answer { margin: 0.3rem 0 0.6rem 0; padding-left: 0.8rem; border-left: 3px solid var(--line); }
.answer .who { font-weight: 600; margin: 0; }
.discuss { color: #8a4b00; font-style: italic; margin-top: 0; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li::before { content: "☐ "; }
ul.checklist li.done::before { content: "☑ "; }
ol.agenda li, ul.plain li { margin: 0.2rem 0; }
a { color: #1f5f8b; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: 0.9em; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .hint { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3, .question { break-after: avoid; page-break-after: avoid; }
  /* An intro between a heading and its table stays with the table, and so the heading does too. */
  h2 + p, h3 + p, p:has(+ table) { break-after: avoid; page-break-after: avoid; }
  tr, .answer { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .bar, th, .note { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: var(--muted); word-break: break-all; }
}
`;

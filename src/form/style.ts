/** The stylesheet without its line breaks and indentation: the page has a size budget. */
const minified = (strings: TemplateStringsArray) => strings.raw.join('').trim().replace(/\n\s*/g, '');

/**
 * The form's only styling, inline and allowed by its hash. On screen: one readable column, large
 * targets, a visible focus, usable at 320 px. On paper: a worksheet — no buttons or file pickers,
 * blank lines where nothing is answered yet, the answers where they are, headings kept with what
 * follows them.
 */
export const formCss = minified`
:root { color-scheme: light; --ink: #1d1d1f; --muted: #55555f; --line: #b8b8c2; --accent: #1f5f8b; --error: #b00020; --soft: #f3f5f8; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; overflow-wrap: anywhere; }
header, main, footer { max-width: 48rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.6rem; line-height: 1.2; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; line-height: 1.25; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.2rem 0 0.4rem; }
h4 { font-size: 1rem; margin: 0 0 0.3rem; }
p { margin: 0.4rem 0; }
a { color: var(--accent); }
.hint, .group, .source { color: var(--muted); }
.note { background: #fff6e0; border-left: 4px solid #b07d00; padding: 0.5rem 0.8rem; margin: 0.8rem 0; }
.needs-script { display: none; }
.js .needs-script { display: block; }
.js button.needs-script { display: inline-block; }
[hidden], .js [hidden] { display: none !important; }
.field { margin: 0.8rem 0; }
label, legend { font-weight: 600; }
.question { margin: 1.4rem 0; }
.question-text { display: block; }
.number { display: block; color: var(--muted); font-weight: 400; font-size: 0.9em; }
.examples p { margin: 0.2rem 0; color: var(--muted); }
.examples ul { margin: 0.2rem 0 0.4rem; }
input[type="text"], textarea, select { display: block; width: 100%; max-width: 100%; font: inherit; color: inherit; padding: 0.45rem 0.5rem; border: 2px solid #6b6b76; border-radius: 0; background: #fff; }
textarea { resize: vertical; min-height: 5.5rem; }
fieldset { border: 0; padding: 0; margin: 1.2rem 0; min-width: 0; }
legend { padding: 0; margin-bottom: 0.4rem; }
.radios > div, .check { display: flex; align-items: flex-start; gap: 0.5rem; margin: 0.35rem 0; }
.radios label, .check label { font-weight: 400; }
input[type="radio"], input[type="checkbox"] { width: 1.3rem; height: 1.3rem; margin: 0.1rem 0 0; flex: none; accent-color: var(--accent); }
.marks { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
button { font: inherit; padding: 0.5rem 0.9rem; border: 2px solid var(--accent); background: #fff; color: var(--accent); cursor: pointer; margin: 0.3rem 0.5rem 0.3rem 0; }
button.primary { background: var(--accent); color: #fff; font-weight: 600; }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 0; box-shadow: 0 0 0 5px var(--ink); }
.action, .carried { border-left: 4px solid var(--line); padding-left: 0.8rem; }
.error { color: var(--error); font-weight: 600; margin: 0.2rem 0; }
[aria-invalid="true"] { border-color: var(--error); }
.error-summary { border: 4px solid var(--error); padding: 0.5rem 1rem; margin: 1rem 0; }
.error-summary h2 { margin-top: 0.4rem; border: 0; }
.error-summary a { color: var(--error); font-weight: 600; }
.status:not(:empty), .message:not(:empty) { background: var(--soft); border-left: 4px solid var(--accent); padding: 0.5rem 0.8rem; }
.progress { position: sticky; top: 0; z-index: 1; background: #fff; border-bottom: 1px solid var(--line); padding: 0.4rem 0; }
.progress label { font-weight: 600; margin-right: 0.5rem; }
.progress progress { width: 8rem; max-width: 40%; vertical-align: middle; }
.printed-answer, .blank-actions { display: none; }
.summary dl { margin: 0.3rem 0 1rem; }
.summary dt { font-weight: 600; margin-top: 0.6rem; }
.summary dd { margin: 0; }
.theme { border-top: 1px solid transparent; }
details.introduction { margin: 0.8rem 0; }
details.introduction summary { cursor: pointer; color: var(--accent); font-weight: 600; }
footer { margin-top: 2.5rem; padding-bottom: 2rem; color: var(--muted); font-size: 0.9em; }
@page { size: A4; margin: 16mm 15mm; }
@media print {
  body { font-size: 10.5pt; }
  header, main, footer { max-width: none; padding: 0; }
  .needs-script, .js .needs-script, button, input[type="file"], .error-summary, .status, .message, .hint, .choose .error { display: none !important; }
  .js .theme[hidden] { display: none !important; }
  .none-chosen .theme[hidden] { display: block !important; }
  /* Themes chosen: the worksheet is theirs; none yet: the choice is on paper too. */
  .js body:not(.none-chosen) .choose { display: none; }
  textarea { display: none; }
  .printed-answer { display: block; white-space: pre-wrap; border-bottom: 1px solid var(--line); min-height: 1.6em; padding: 0.2rem 0; }
  .printed-answer:empty { min-height: 6.4em; background: repeating-linear-gradient(to bottom, transparent 0, transparent 1.55em, var(--line) 1.55em, var(--line) 1.6em); -webkit-print-color-adjust: exact; print-color-adjust: exact; border: 0; }
  .action-list:empty ~ .blank-actions { display: block; }
  .blank-actions { height: 8em; background: repeating-linear-gradient(to bottom, transparent 0, transparent 1.95em, var(--line) 1.95em, var(--line) 2em); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  input[type="text"] { border-width: 0 0 1px; padding-left: 0; }
  h1, h2, h3, h4, legend, label, .question-text, .number { break-after: avoid; page-break-after: avoid; }
  .question, .note, fieldset, .field, .examples, .blank-actions { break-inside: avoid; page-break-inside: avoid; }
  .theme { break-before: page; page-break-before: always; }
  .note { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; }
  .url a[href]::after { content: none; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: var(--muted); word-break: break-all; }
}
`;

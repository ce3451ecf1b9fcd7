import type { Note, QuestionSet, Resource, Theme } from '../content/types.js';
import type { Messages } from '../i18n/messages.js';
import { importanceLevels, priorities, ratingLevels } from '../answers/model.js';
import { Html, html, link, paragraphs } from '../render/report/html/escape.js';
import { citationSection } from '../render/report/html/sections.js';
import { contentSecurityPolicy, inlineScript } from './csp.js';
import { embeddedJson, formData } from './data.js';
import { formIds as ids } from './ids.js';
import { formCss } from './style.js';

export interface FormPageInput {
  set: QuestionSet;
  /** The themes offered: all of the set, a group's, or the --theme ones. */
  themes: readonly Theme[];
  /** --theme was given: these are the reflection's themes, there is nothing to choose. */
  fixed: boolean;
  organisation?: string;
  /** --questions, absolute. */
  questionsPath?: string;
  formId: string;
  /** The page's script, bundled for the browser (dist/form-<language>.js). */
  script: string;
  m: Messages;
}

function noteHtml(note: Note, m: Messages): Html {
  return html`<aside class="note">
<h4>${note.title ?? m.browse.note}</h4>
${paragraphs(note.text)}
${note.source ? html`<p class="source">${m.form.source}: ${note.source}</p>` : ''}
${note.url ? html`<p class="url">${link(note.url, note.url)}</p>` : ''}
</aside>`;
}

function resourceHtml(resource: Resource): Html {
  return html`<li>${link(resource.title, resource.url)}${resource.description ? ` — ${resource.description}` : ''}</li>`;
}

function radios(name: string, options: ReadonlyArray<[string, string]>): Html {
  return html`<div class="radios">${options.map(
    ([value, label]) =>
      html`<div><input type="radio" id="${name}-${value}" name="${name}" value="${value}"><label for="${name}-${value}">${label}</label></div>`,
  )}</div>`;
}

function questionHtml(theme: Theme, t: number, index: number, m: Messages): Html {
  const question = theme.questions[index]!;
  const f = m.form;
  const answerId = ids.answer(t, index);
  const examplesId = ids.examples(t, index);
  const examples = question.examples ?? [];
  return html`<div class="question">
<label class="question-text" for="${answerId}"><span class="number">${f.question(index + 1)}</span> ${question.text}</label>
${examples.length ? html`<div class="examples" id="${examplesId}"><p>${f.examples}</p><ul>${examples.map((e) => html`<li>${e}</li>`)}</ul></div>` : ''}
<textarea id="${answerId}"${examples.length ? html` aria-describedby="${examplesId}"` : ''}></textarea>
<div class="printed-answer"></div>
<div class="marks">
<div class="check"><input type="checkbox" id="${ids.skip(t, index)}"><label for="${ids.skip(t, index)}">${f.skip}</label></div>
<div class="check"><input type="checkbox" id="${ids.discuss(t, index)}"><label for="${ids.discuss(t, index)}">${f.discuss}</label></div>
</div>
</div>`;
}

function themeHtml(theme: Theme, t: number, set: QuestionSet, m: Messages): Html {
  const f = m.form;
  const group = set.groups.find((g) => g.id === theme.group)?.title ?? theme.group;
  const ratingOptions = [...ratingLevels, 'unknown' as const].map((level): [string, string] => [level, m.plan.rating[level]]);
  // Highest first, as reflect lists them.
  const importanceOptions = [...[...importanceLevels].reverse(), 'unknown' as const].map((level): [string, string] => [level, m.plan.importance[level]]);
  return html`<section class="theme" id="${ids.theme(t)}" aria-labelledby="${ids.theme(t)}h">
<p class="group">${group} · ${m.browse.questionCount(theme.questions.length)}</p>
<h2 id="${ids.theme(t)}h">${theme.title}</h2>
${(theme.notes ?? []).map((note) => noteHtml(note, m))}
${theme.resources?.length ? html`<h3>${f.resources}</h3><ul class="resources">${theme.resources.map(resourceHtml)}</ul>` : ''}
${theme.questions.map((_, i) => questionHtml(theme, t, i, m))}
<fieldset class="scale">
<legend>${m.reflect.ratingQuestion(theme.title)}</legend>
${radios(ids.rating(t), ratingOptions)}
</fieldset>
<fieldset class="scale">
<legend>${m.reflect.importanceQuestion}</legend>
${radios(ids.importance(t), importanceOptions)}
</fieldset>
<div class="actions" id="${ids.actions(t)}">
<h3>${m.reflect.actions}</h3>
<p class="hint">${f.actionsIntro}</p>
<div class="action-list"></div>
<button type="button" class="add-action needs-script" id="${ids.addAction(t)}">${f.addAction}</button>
<div class="blank-actions"></div>
</div>
</section>`;
}

/** What the script clones for each action: labels here, ids given when a row is made. */
function actionTemplate(m: Messages): Html {
  const f = m.form;
  const field = (name: string, label: string) =>
    html`<div class="field"><label data-for="${name}">${label}</label><p class="error" data-error="${name}" hidden></p><input type="text" data-field="${name}" autocomplete="off"></div>`;
  return html`<template id="${ids.actionTemplate}">
<fieldset class="action">
<legend></legend>
${field('what', f.what)}
${field('who', f.who)}
${field('due', f.due)}
<div class="field"><label data-for="priority">${f.priority}</label><select data-field="priority">${priorities.map(
    (p) => html`<option value="${p}">${m.plan.priority[p]}</option>`,
  )}</select></div>
<button type="button" class="remove-action"></button>
</fieldset>
</template>`;
}

function previousTemplate(m: Messages): Html {
  const statuses = (['done', 'open', 'dropped'] as const).map((s) => html`<div><input type="radio" data-status="${s}"><label>${m.reflect.previousStatus[s]}</label></div>`);
  return html`<template id="${ids.previousTemplate}">
<fieldset class="carried">
<legend></legend>
<p class="carried-theme"></p>
<p class="carried-due"></p>
<div class="radios">${statuses}</div>
<div class="field new-due"><label data-for="due">${m.form.newDue}</label><p class="error" data-error="due" hidden></p><input type="text" data-field="due" autocomplete="off"></div>
</fieldset>
</template>`;
}

function chooseHtml(input: FormPageInput): Html {
  const { set, themes, m } = input;
  if (input.fixed) {
    return html`<section id="${ids.choose}" class="choose"><h2>${m.plan.themes}</h2><p>${m.form.fixedThemes}</p><ul>${themes.map(
      (t, i) => html`<li><a href="#${ids.theme(i)}">${t.title}</a></li>`,
    )}</ul></section>`;
  }
  const groups = set.groups.filter((g) => themes.some((t) => t.group === g.id));
  return html`<section id="${ids.choose}" class="choose">
<h2>${m.form.chooseThemes}</h2>
<p class="hint">${m.reflect.chooseThemesHint}</p>
<p class="error" id="${ids.errorOf(ids.choose)}" hidden></p>
${groups.map(
  (g) => html`<fieldset class="group-choice">
<legend>${g.title}</legend>
${themes.map((t, i) =>
  t.group !== g.id
    ? ''
    : html`<div class="check"><input type="checkbox" id="${ids.chooseTheme(i)}" value="${t.id}"><label for="${ids.chooseTheme(i)}">${m.form.themeOption(t.title, m.browse.questionCount(t.questions.length))}</label></div>`,
)}
</fieldset>`,
)}
</section>`;
}

/**
 * The whole questionnaire as one self-contained HTML page: every text of the offered themes, the
 * fields to answer them, and the script that keeps and saves the answers. All text is escaped by
 * the `html` template; the script and style are allowed by hash alone. Pure.
 */
export function renderFormPage(input: FormPageInput): string {
  const { set, m } = input;
  const f = m.form;
  const [lead = '', ...rest] = set.guidance.split(/(?<=\.)\s+/);
  const data = formData(set, input.themes, {
    fixed: input.fixed,
    formId: input.formId,
    ...(input.organisation ? { organisation: input.organisation } : {}),
    ...(input.questionsPath ? { questionsPath: input.questionsPath } : {}),
  });
  const script = inlineScript(input.script);
  const csp = contentSecurityPolicy(script, formCss);
  const textField = (id: string, label: string, hint?: string) =>
    html`<div class="field"><label for="${id}">${label}</label>${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}<p class="error" id="${ids.errorOf(id)}" hidden></p><input type="text" id="${id}" autocomplete="off" aria-describedby="${[hint ? `${id}-hint` : '', ids.errorOf(id)].filter(Boolean).join(' ')}" value="${id === ids.organisation ? (input.organisation ?? '') : ''}"></div>`;
  return html`<!DOCTYPE html>
<html lang="${set.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="resokit">
<title>${f.pageTitle(set.title)}</title>
<style>${new Html(formCss)}</style>
</head>
<body>
<header>
<h1>${set.title}</h1>
<p>${f.welcome(set.title)}</p>
<p class="guidance"><strong>${lead}</strong> ${rest.join(' ')}</p>
<details class="introduction">
<summary>${f.aboutTool}</summary>
${paragraphs(set.introduction)}
${(set.notes ?? []).map((note) => html`<p>${note.text}${note.url ? html` ${link(note.url, note.url)}` : ''}</p>`)}
</details>
<p class="hint needs-script">${f.howItWorks}</p>
<noscript><p class="note">${f.noScript}</p></noscript>
</header>
<main>
<div id="${ids.status}" class="status needs-script" role="status"></div>
<div id="${ids.errorSummary}" class="error-summary" tabindex="-1" hidden>
<h2>${f.errorTitle}</h2>
<ul id="${ids.errorList}"></ul>
</div>
<section class="people needs-script" aria-labelledby="${ids.people}-title">
<h2 id="${ids.people}-title">${f.people}</h2>
<button type="button" id="${ids.newParticipant}">${f.newParticipant}</button>
<div class="switch" id="${ids.people}" hidden>
<label for="${ids.switchTo}">${f.switchTo}</label>
<select id="${ids.switchTo}"></select>
<button type="button" id="${ids.switchButton}">${f.switchButton}</button>
</div>
</section>
<section class="files needs-script" aria-labelledby="${ids.openAnswers}-title">
<h2 id="${ids.openAnswers}-title">${f.files}</h2>
<div class="field"><label for="${ids.openAnswers}">${f.openAnswers}</label><p class="hint" id="${ids.openAnswers}-hint">${f.openAnswersHint}</p><input type="file" id="${ids.openAnswers}" accept=".yaml,.yml,text/yaml" aria-describedby="${ids.openAnswers}-hint"></div>
<div class="field"><label for="${ids.openPrevious}">${f.openPrevious}</label><p class="hint" id="${ids.openPrevious}-hint">${f.openPreviousHint}</p><input type="file" id="${ids.openPrevious}" accept=".yaml,.yml,text/yaml" aria-describedby="${ids.openPrevious}-hint"></div>
<p id="${ids.filesMessage}" class="message" role="status"></p>
</section>
<section class="about" aria-labelledby="about-title">
<h2 id="about-title">${f.about}</h2>
${textField(ids.organisation, f.organisation)}
${textField(ids.participant, f.participant, f.participantHint)}
</section>
<section id="${ids.previous}" class="previous" aria-labelledby="${ids.previous}-title" hidden>
<h2 id="${ids.previous}-title">${f.previous}</h2>
<div id="${ids.previousList}"></div>
</section>
${chooseHtml(input)}
<div id="${ids.progress}" class="progress needs-script">
<label for="${ids.progressBar}">${f.progressLabel}</label>
<progress id="${ids.progressBar}" max="1" value="0"></progress>
<span id="${ids.progressText}"></span>
</div>
${input.themes.map((t, i) => themeHtml(t, i, set, m))}
<section id="${ids.summary}" class="summary needs-script" aria-labelledby="${ids.summary}-title">
<h2 id="${ids.summary}-title">${f.summary}</h2>
<p class="hint">${f.summaryIntro}</p>
<div id="${ids.summaryBody}"></div>
</section>
<section id="${ids.focus}" class="focus" aria-labelledby="${ids.focus}-title">
<h2 id="${ids.focus}-title">${f.focus}</h2>
<p class="error" id="${ids.errorOf(ids.focus)}" hidden></p>
<fieldset aria-describedby="${ids.errorOf(ids.focus)}">
<legend>${f.focusQuestion}</legend>
<div id="${ids.focusList}"><p class="hint">${f.focusNone}</p></div>
</fieldset>
</section>
<section id="${ids.save}" class="save needs-script" aria-labelledby="${ids.save}-title">
<h2 id="${ids.save}-title">${f.save}</h2>
<p class="hint">${f.saveHint}</p>
<button type="button" id="${ids.saveButton}" class="primary">${f.save}</button>
<p id="${ids.saveMessage}" class="message" role="status"></p>
<div id="${ids.copyBlock}" hidden>
<h3>${f.copyTitle}</h3>
<label for="${ids.copyText}">${f.copyLabel}</label>
<textarea id="${ids.copyText}" rows="8" readonly></textarea>
<button type="button" id="${ids.copyButton}">${f.copy}</button>
<p id="${ids.copyMessage}" class="message" role="status"></p>
</div>
</section>
${actionTemplate(m)}
${previousTemplate(m)}
</main>
<footer>
${citationSection(set, m)}
</footer>
<script type="application/json" id="${ids.data}">${new Html(embeddedJson(data))}</script>
<script>${new Html(script)}</script>
</body>
</html>
`.value;
}

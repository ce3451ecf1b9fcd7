import type { QuestionSet } from '../../content/types.js';
import type { Messages } from '../../i18n/messages.js';
import type { TeamQuestion, TeamReport, TeamTheme } from '../../report/model.js';
import { spreadText } from '../../report/spread.js';
import { block, inline, singleLine } from '../markdown/escape.js';
import { table } from '../markdown/table.js';
import { markdownTable, overviewTable, participantsTable, ratingsTable } from './tables.js';
import { citationSection } from '../plan/citation.js';
import { em, strong } from '../plan/context.js';
import { resourcesSection } from '../plan/resources.js';
import {
  actionDetailsText,
  actionStatusText,
  agendaText,
  bar,
  dueText,
  missingTexts,
  periodText,
  priorityText,
  proposers,
  questionSetText,
  severalOrganisationsText,
  whoText,
} from './labels.js';
import { compareMarkdown } from './markdown-compare.js';
import { teamCompareMarkdown } from './team-compare.js';

/** Plain text escaped for the middle of a line; the placeholder when empty. */
const text = (value: string, m: Messages) => inline(value).trim() || inline(m.plan.none);
const listItem = (label: string, value: string, m: Messages) => `- ${strong(m.plan.label(label))} ${value}`;

function header(report: TeamReport, m: Messages): string[] {
  const p = m.plan;
  const r = m.report;
  const labels = report.participants.map((x) => x.label);
  const organisations = report.organisations;
  const parts = [
    `# ${singleLine(r.title)}`,
    [
      listItem(organisations.length > 1 ? r.organisations : r.organisation, text(r.list(organisations), m), m),
      listItem(report.period.from === report.period.to ? p.date : r.period, text(periodText(report.period, m), m), m),
      listItem(r.participants, text(`${r.list(labels)} (${r.participantCount(labels.length)})`, m), m),
      listItem(p.themes, report.themes.length ? report.themes.map((t) => text(t.title, m)).join(', ') : inline(p.none), m),
      listItem(p.questionSet, text(questionSetText(report, m), m), m),
    ].join('\n'),
  ];
  const unfinished = report.participants.filter((x) => x.status === 'in-progress').length;
  if (unfinished) parts.push(`> ${strong(m.plan.label(r.inProgressLabel))} ${inline(r.inProgress(unfinished, labels.length))}`);
  const organisationsWarning = severalOrganisationsText(report, m);
  if (organisationsWarning) parts.push(`> ${strong(m.plan.label(r.inProgressLabel))} ${inline(organisationsWarning)}`);
  return parts;
}

function participantsSection(report: TeamReport, m: Messages): string[] {
  const r = m.report;
  return [
    `## ${singleLine(r.whoTookPart)}`,
    markdownTable(participantsTable(report, m)),
  ];
}

function missingSection(report: TeamReport, m: Messages): string[] {
  if (report.missing.length === 0) return [];
  const r = m.report;
  return [
    `## ${singleLine(r.missing)}`,
    singleLine(r.missingIntro),
    report.missing.map(({ participant, items }) => listItem(participant, inline(missingTexts(items, m).join('; ')), m)).join('\n'),
  ];
}

function overviewSection(report: TeamReport, m: Messages): string[] {
  const p = m.plan;
  const r = m.report;
  if (report.themes.length === 0) return [`## ${singleLine(r.overview)}`, singleLine(p.noThemes)];
  return [
    `## ${singleLine(r.overview)}`,
    singleLine(r.overviewIntro),
    markdownTable(overviewTable(report, m)),
  ];
}

function focusSection(report: TeamReport, m: Messages): string[] {
  const p = m.plan;
  const r = m.report;
  const parts = [`## ${singleLine(p.focus)}`];
  if (report.focus.chosen.length === 0) return [...parts, singleLine(r.noFocusAtAll)];
  parts.push(
    singleLine(r.focusIntro),
    report.focus.chosen
      .map((focus, i) => {
        const action = report.actions[focus.action]!;
        return `${i + 1}. ${singleLine(action.what) || inline(p.none)} — ${inline(`${r.focusTimes(focus.count)} ${r.agendaWho(focus.participants)}`)} · ${inline(actionDetailsText(action, m, false))}`;
      })
      .join('\n'),
  );
  if (report.focus.none.length) parts.push(singleLine(r.noFocusYet(report.focus.none)));
  return parts;
}

function actionsSection(report: TeamReport, m: Messages): string[] {
  const p = m.plan;
  const r = m.report;
  const parts = [`## ${singleLine(p.actions)}`];
  if (report.actions.length === 0) return [...parts, singleLine(p.noActions)];
  parts.push(
    singleLine(r.actionsIntro),
    table(
      [p.col.theme, p.col.what, p.col.who, p.col.due, p.col.priority, p.col.status, r.col.proposedBy],
      report.actions.map((action) => [
        action.themes.map((t) => t.title).join(', ') || p.none,
        action.what.trim() || p.none,
        whoText(action, m) || p.toBeDecided,
        dueText(action, m) || p.none,
        priorityText(action, m),
        actionStatusText(action, m),
        r.list(proposers(action)),
      ]),
    ),
  );
  const checklist = report.actions.filter((action) => action.status !== 'dropped');
  if (checklist.length) {
    parts.push(
      `### ${singleLine(p.checklist)}`,
      checklist
        .map((action) => `- ${action.status === 'done' ? '[x]' : '[ ]'} ${singleLine(action.what) || inline(p.none)} — ${inline(actionDetailsText(action, m, true))}`)
        .join('\n'),
    );
    if (checklist.length < report.actions.length) parts.push(singleLine(p.checklistNote));
  }
  return parts;
}

function ratingTable(theme: TeamTheme, m: Messages): string {
  return markdownTable(ratingsTable(theme, m, bar));
}

/**
 * The labels that stand before every answer, made once per report: a team of fifty writes each
 * name and "te bespreken" thousands of times.
 */
interface AnswerLabels {
  participant(name: string): string;
  discuss: string;
  skipped: string;
  unanswered: string;
}

function answerLabels(m: Messages): AnswerLabels {
  const p = m.plan;
  const names = new Map<string, string>();
  return {
    participant(name) {
      let label = names.get(name);
      if (label === undefined) names.set(name, (label = strong(p.label(name))));
      return label;
    },
    discuss: ` ${em(p.discuss)}`,
    skipped: em(p.skipped),
    unanswered: em(p.unanswered),
  };
}

function questionMarkdown(question: TeamQuestion, labels: AnswerLabels, m: Messages): string[] {
  const p = m.plan;
  const r = m.report;
  const parts = [`${strong(p.question(question.number))} ${text(question.text, m)}`];
  if (question.answers.length === 0 && question.absentFrom.length === 0) parts.push(em(r.noAnswers));
  for (const answer of question.answers) {
    const label = labels.participant(answer.participant);
    const discuss = answer.discuss ? labels.discuss : '';
    if (answer.state === 'answered') parts.push(`${label}${discuss}`, block(answer.answer ?? '', '> '));
    else parts.push(`${label} ${answer.state === 'skipped' ? labels.skipped : labels.unanswered}${discuss}`);
  }
  if (question.absentFrom.length) parts.push(em(r.notInVersionOf(question.absentFrom)));
  return parts;
}

function themeMarkdown(theme: TeamTheme, report: TeamReport, labels: AnswerLabels, m: Messages): string[] {
  const p = m.plan;
  const r = m.report;
  const importance = (['high', 'medium', 'low', 'unknown'] as const)
    .filter((level) => theme.importance[level] > 0)
    .map((level) => r.ratingCount(p.importance[level], theme.importance[level]));
  const chosen = [r.chosenBy(theme.participants.length, report.participants.length)];
  if (theme.notChosenBy.length) chosen.push(r.notChosenBy(theme.notChosenBy));
  return [
    `## ${text(theme.title, m)}`,
    singleLine(chosen.join(' ')),
    ratingTable(theme, m),
    [
      `${strong(p.label(r.col.spread))} ${inline(spreadText(theme.ratings, r))}`,
      `${strong(p.label(p.importanceLine))} ${text(importance.join(', '), m)}`,
      `${strong(p.label(p.actionsLine))} ${theme.actions}`,
    ].join(' · '),
    ...theme.questions.flatMap((question) => questionMarkdown(question, labels, m)),
  ];
}

function agendaSection(report: TeamReport, m: Messages): string[] {
  const p = m.plan;
  return [
    `## ${singleLine(p.agenda)}`,
    report.agenda.length === 0
      ? singleLine(p.agendaEmpty)
      : report.agenda
          .map((item, i) => {
            const { label, text: line } = agendaText(item, m);
            return `${i + 1}. ${strong(label)} — ${inline(line)}`;
          })
          .join('\n'),
  ];
}

/**
 * The team report as blocks of Markdown (CommonMark + GFM), its user text marked: who took part,
 * what is missing, the comparison (--compare), the spread of ratings (most disagreement first), the
 * focus choices, all actions merged, per theme every participant's answers, one agenda, resources
 * and the citation. Pure; markdownDocument makes the document of them.
 */
export function teamMarkdownBlocks(report: TeamReport, set: QuestionSet | undefined, m: Messages): string[] {
  const labels = answerLabels(m);
  const blocks = [
    ...header(report, m),
    ...participantsSection(report, m),
    ...missingSection(report, m),
    ...(report.comparison ? compareMarkdown(report.comparison, report, m) : []),
    ...(report.teamComparison ? teamCompareMarkdown(report.teamComparison, report, m) : []),
    ...overviewSection(report, m),
    ...focusSection(report, m),
    ...actionsSection(report, m),
    ...report.themes.flatMap((theme) => themeMarkdown(theme, report, labels, m)),
    ...agendaSection(report, m),
    ...resourcesSection(report.themes, set, m.plan),
    ...citationSection(set, m.plan),
  ];
  return blocks.filter((b) => b !== '');
}

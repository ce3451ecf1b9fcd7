import type { QuestionSet } from '../content/types.js';
import { compareWith, earlierActionKeys, type Earlier } from './compare.js';
import { missingPerParticipant, openQuestions } from './missing.js';
import type { Report, ReportParticipant, SingleReport, TeamReport } from './model.js';
import { organisationGroups } from './organisations.js';
import { participantLabels, type ParticipantNaming, type ReportInput } from './participants.js';
import { buildPlan } from './plan.js';
import { focusCounts, teamActions } from './team-actions.js';
import { teamAgenda } from './team-agenda.js';
import { teamThemes, type Member } from './team-themes.js';
import { compareTeams } from './team-compare.js';
import { textKey } from './text-key.js';

export interface BuildOptions {
  /** The question set in the report's language: order, titles and wording of the themes it knows. */
  set: QuestionSet | undefined;
  naming: ParticipantNaming;
  /** --compare: the earlier reflection. */
  earlier?: Earlier;
  /** --compare with several files: the earlier team (team against team). */
  earlierTeam?: readonly ReportInput[];
}

function distinct<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

/**
 * The report of one or more answers files. Pure: everything shown comes from the files and the set
 * (dates too), so the same files give the same report. One file is its action plan, the same model
 * whatever the format; several are merged by theme id and question id into a team report.
 */
export function buildReport(inputs: readonly ReportInput[], options: BuildOptions): Report {
  const labels = participantLabels(inputs, options.naming);
  const members: Member[] = inputs.map((input, i) => ({ label: labels[i]!, answers: input.answers }));
  return inputs.length === 1 ? singleReport(inputs[0]!, members, options) : teamReport(inputs, members, options);
}

/** The earlier team, labelled as the report labels its own participants. */
function earlierTeamOf(inputs: readonly ReportInput[], options: BuildOptions) {
  const labels = participantLabels(inputs, options.naming);
  return {
    members: inputs.map((input, i): Member => ({ label: labels[i]!, answers: input.answers })),
    files: inputs.map((input) => input.file),
    anonymous: options.naming.anonymous,
  };
}

/**
 * One file: its plan. The comparison (--compare) is worked out as for a team of one, its new actions
 * pointing into the plan's actions: this reflection's whose text was not among the earlier ones.
 */
function singleReport(input: ReportInput, members: readonly Member[], options: BuildOptions): SingleReport {
  const anonymous = options.naming.anonymous;
  const plan = buildPlan(anonymous ? { ...input.answers, participant: members[0]!.label } : input.answers, options.set);
  // With --anonymous no file names: they usually carry the name.
  const previous = plan.previous && anonymous ? { previous: { date: plan.previous.date } } : {};
  let comparison: SingleReport['comparison'];
  if (options.earlier) {
    const themes = teamThemes(members, options.set);
    const earlierKeys = earlierActionKeys(options.earlier.answers);
    comparison = {
      ...compareWith(options.earlier, members, themes, teamActions(members, themes)),
      newActions: plan.actions.flatMap((action, i) => (!action.fromPrevious && !earlierKeys.has(textKey(action.what)) ? [i] : [])),
    };
  }
  let teamComparison: SingleReport['teamComparison'];
  if (options.earlierTeam) {
    const themes = teamThemes(members, options.set);
    const actions = teamActions(members, themes);
    const compared = compareTeams(earlierTeamOf(options.earlierTeam, options), members, themes, actions, options.set);
    // The plan lists its own actions: the new ones found again there by their text.
    const fresh = new Set(compared.newActions.map((i) => actions[i]!.key));
    teamComparison = { ...compared, newActions: plan.actions.flatMap((action, i) => (!action.fromPrevious && fresh.has(textKey(action.what)) ? [i] : [])) };
  }
  return {
    kind: 'single',
    ...(anonymous ? {} : { file: input.file }),
    ...plan,
    ...previous,
    ...(comparison ? { comparison } : {}),
    ...(teamComparison ? { teamComparison } : {}),
  };
}

function teamReport(inputs: readonly ReportInput[], members: readonly Member[], options: BuildOptions): TeamReport {
  const labels = members.map((member) => member.label);
  const participants = inputs.map(
    (input, i): ReportParticipant => ({
      label: labels[i]!,
      ...(options.naming.anonymous ? {} : { file: input.file }),
      organisation: input.answers.organisation ?? '',
      status: input.answers.status,
      updated: input.answers.updated ?? '',
      questionSet: { ...input.answers.questionSet },
      themes: (input.answers.themes ?? []).map((theme) => theme.id),
      openQuestions: openQuestions(members[i]!),
    }),
  );
  const themes = teamThemes(members, options.set);
  const actions = teamActions(members, themes);
  // ISO 8601 dates sort as text; the date part is what a reader needs.
  const days = participants.map((p) => p.updated.slice(0, 10)).filter((d) => d !== '').sort();
  const organisations = organisationGroups(inputs);
  return {
    kind: 'team',
    participants,
    organisations: organisations.map((o) => o.name),
    // One team report is about one organisation: files of several are most likely a mix-up.
    ...(organisations.length > 1
      ? { severalOrganisations: organisations.map((o) => ({ organisation: o.name, participants: o.files.map((i) => labels[i]!) })) }
      : {}),
    period: { from: days[0] ?? '', to: days.at(-1) ?? '' },
    questionSets: distinct(
      // The title in the report's language when the set is known (files may come in several languages).
      inputs.map(({ answers: { questionSet: qs } }) => ({
        id: qs.id,
        version: qs.version,
        title: options.set?.id === qs.id ? options.set.title : qs.title,
      })),
      (qs) => `${qs.id}@${qs.version}`,
    ),
    themes,
    actions,
    focus: focusCounts(members, actions),
    agenda: teamAgenda(members, themes),
    missing: missingPerParticipant(members, themes),
    ...(options.earlier ? { comparison: compareWith(options.earlier, members, themes, actions) } : {}),
    ...(options.earlierTeam ? { teamComparison: compareTeams(earlierTeamOf(options.earlierTeam, options), members, themes, actions, options.set) } : {}),
  };
}

/** The report's functional core: from parsed answers files to the report model. No I/O, no clock. */
export { buildReport, type BuildOptions } from './build.js';
export type { Earlier } from './compare.js';
export { reportLanguage } from './language.js';
export type * from './model.js';
export { organisationGroups } from './organisations.js';
export { participantLabels, repeatedParticipants, type ParticipantNaming, type ReportInput } from './participants.js';
export { textKey } from './text-key.js';

import type { AnswersFile } from '../answers/model.js';
import { textKey } from './text-key.js';

/** One answers file as the report reads it: the file as the user named it, and its content. */
export interface ReportInput {
  file: string;
  answers: AnswersFile;
}

/** How participants are named in the report. */
export interface ParticipantNaming {
  anonymous: boolean;
  /** "Deelnemer 3": with --anonymous, and for a file without a name. */
  numbered: (n: number) => string;
  /** "An (2)": the second file with the same name. */
  repeated: (name: string, n: number) => string;
}

/**
 * A unique label per input, in input order: the participant's name, "An (2)" for a name seen
 * before, or "Deelnemer n" (n = position among the inputs) when anonymous or nameless.
 */
export function participantLabels(inputs: readonly ReportInput[], naming: ParticipantNaming): string[] {
  const used = new Set<string>();
  const seen = new Map<string, number>();
  return inputs.map((input, i) => {
    const name = String(input.answers.participant ?? '').trim();
    let label = naming.anonymous || name === '' ? naming.numbered(i + 1) : name;
    if (!naming.anonymous && name !== '') {
      const count = (seen.get(name) ?? 0) + 1;
      seen.set(name, count);
      if (count > 1) label = naming.repeated(name, count);
    }
    // A typed name may look like a generated label ("Deelnemer 2"): keep counting until it is unique.
    let n = 2;
    const base = label;
    while (used.has(label)) label = naming.repeated(base, n++);
    used.add(label);
    return label;
  });
}

/**
 * Names that occur in more than one file (compared like actions: case, spaces and punctuation
 * aside), with those files: probably the same person twice, worth a warning, not an error — it may
 * be two sessions on different themes.
 */
export function repeatedParticipants(inputs: readonly ReportInput[]): Array<{ name: string; files: string[] }> {
  const byKey = new Map<string, { name: string; files: string[] }>();
  for (const input of inputs) {
    const name = String(input.answers.participant ?? '').trim();
    if (name === '') continue;
    const key = textKey(name);
    const entry = byKey.get(key);
    if (entry) entry.files.push(input.file);
    else byKey.set(key, { name, files: [input.file] });
  }
  return [...byKey.values()].filter((entry) => entry.files.length > 1);
}

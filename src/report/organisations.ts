import type { ReportInput } from './participants.js';
import { textKey } from './text-key.js';

/**
 * The organisations of the files, each with the positions of its files, in file order. Names are
 * compared like actions ("vzw de brug" and "Vzw De Brug" are one organisation typed twice); the
 * first spelling is kept. Files without an organisation belong to none.
 */
export function organisationGroups(inputs: readonly ReportInput[]): Array<{ name: string; files: number[] }> {
  const byKey = new Map<string, { name: string; files: number[] }>();
  inputs.forEach((input, i) => {
    const name = String(input.answers.organisation ?? '').trim();
    if (name === '') return;
    const key = textKey(name);
    const group = byKey.get(key) ?? { name, files: [] };
    group.files.push(i);
    byKey.set(key, group);
  });
  return [...byKey.values()];
}

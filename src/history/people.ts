import type { AnswersFile } from '../answers/model.js';
import type { ParticipantNaming } from '../report/participants.js';
import { textKey } from '../report/text-key.js';

interface Person {
  keys: Set<string>;
  /** Ids of every action the person proposed or carried, in any round so far. */
  ids: Set<string>;
}

const ownIds = (answers: AnswersFile) =>
  [...(answers.themes ?? []).flatMap((theme) => theme.actions ?? []), ...(answers.previous?.actions ?? [])].map((action) => action.id).filter((id) => id);

/**
 * Who is who across the rounds, for --anonymous: per round, per file, the index of its person. A
 * person is recognised by their name (case, spaces and punctuation aside, as a report compares
 * names), in any earlier round, not only the one before; else, as report --compare recognises a
 * rename, by the actions their file carried over (--previous keeps the ids): those of exactly one
 * person not in this round by name. Anyone else, a file without a name included, is someone new.
 * Numbers follow first appearance, in round and file order. Pure.
 */
export function personIndexes(rounds: ReadonlyArray<readonly AnswersFile[]>): number[][] {
  const people: Person[] = [];
  return rounds.map((files) => {
    const keys = files.map((answers) => textKey(String(answers.participant ?? '')));
    const named = (key: string) => (key ? people.findIndex((person) => person.keys.has(key)) : -1);
    // Those here by name are not someone else renamed.
    const present = new Set(keys.map(named).filter((index) => index >= 0));
    return files.map((answers, i) => {
      let index = named(keys[i]!);
      if (index < 0) {
        const carried = (answers.previous?.actions ?? []).map((action) => action.id).filter((id) => id);
        const sources = people.flatMap((person, p) => (!present.has(p) && carried.some((id) => person.ids.has(id)) ? [p] : []));
        index = sources.length === 1 ? sources[0]! : people.push({ keys: new Set(), ids: new Set() }) - 1;
      }
      present.add(index);
      const person = people[index]!;
      if (keys[i]) person.keys.add(keys[i]!);
      for (const id of ownIds(answers)) person.ids.add(id);
      return index;
    });
  });
}

/** "Deelnemer n" by person, the same in every round; a person's second file in a round "Deelnemer n (2)". */
export function anonymousLabels(people: readonly number[], naming: ParticipantNaming): string[] {
  const seen = new Map<number, number>();
  return people.map((person) => {
    const count = (seen.get(person) ?? 0) + 1;
    seen.set(person, count);
    const label = naming.numbered(person + 1);
    return count > 1 ? naming.repeated(label, count) : label;
  });
}

import type { Messages } from '../i18n/messages.js';
import questionSetSchema from '../../schemas/question-set.schema.json' with { type: 'json' };
import { checkedDocument } from './checked-document.js';
import { problemAt, sortProblems } from './problems.js';
import type { Problem, QuestionSet, SourceFile } from './types.js';
import type { YamlSource } from './yaml-document.js';
import { valuePosition } from './yaml-locate.js';

/** The set file's content: everything of a question set but its themes. */
export type SetHeader = Omit<QuestionSet, 'themes'>;

/** Themes refer to groups by id: two groups with one id would make that ambiguous. */
function duplicateGroupIds(source: YamlSource, m: Messages): Problem[] {
  const groups = source.data.groups;
  if (!Array.isArray(groups)) return [];
  const firstLine = new Map<string, number>();
  const problems: Problem[] = [];
  groups.forEach((group: unknown, index) => {
    const id = (group as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const at = valuePosition(source, ['groups', String(index), 'id']);
    const line = firstLine.get(id);
    if (line === undefined) firstLine.set(id, at.line);
    else problems.push(problemAt(source.file, at, m.content.duplicateGroupId(id, line)));
  });
  return problems;
}

/** Reads the set file (set.yaml). `set` is there only when the file has no problem. Pure: no file system. */
export function parseSetFile(file: SourceFile, m: Messages): { set?: SetHeader; problems: Problem[]; groupIds?: string[] } {
  const checked = checkedDocument(
    file,
    { validator: 'questionSet', schema: questionSetSchema, expected: m.content.expectedRoot.setFile },
    m,
  );
  if (checked.source === undefined) return { problems: checked.problems };
  const problems = sortProblems([...checked.problems, ...duplicateGroupIds(checked.source, m)]);
  if (problems.length === 0) return { set: checked.source.data as unknown as SetHeader, problems };
  // A broken set file whose groups are fine still tells the theme files which groups exist.
  const groups = checked.source.data.groups;
  const groupsValid = Array.isArray(groups) && !checked.invalidPaths.some((path) => path === '/groups' || path.startsWith('/groups/'));
  return groupsValid ? { problems, groupIds: [...new Set(groups.map((group: { id: string }) => group.id))] } : { problems };
}

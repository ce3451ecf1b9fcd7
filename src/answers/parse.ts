import answersSchema from '../../schemas/answers.schema.json' with { type: 'json' };
import { checkedDocument } from '../content/checked-document.js';
import type { SchemaShape } from '../content/schema-problems.js';
import { formatProblem, type SourceFile } from '../content/types.js';
import { valuePosition } from '../content/yaml-locate.js';
import { problemAt } from '../content/problems.js';
import type { Messages } from '../i18n/messages.js';
import type { AnswersFile } from './model.js';

/**
 * Reads an answers file: YAML, then the answers schema, then what a schema cannot say (the focus
 * names actions that exist). Problems come back as `file:line:col: message` lines.
 */
export function parseAnswersFile(file: SourceFile, m: Messages): { answers?: AnswersFile; problems: string[] } {
  const checked = checkedDocument(
    file,
    { validator: 'answers', schema: answersSchema as unknown as SchemaShape, expected: m.reflect.expectedAnswersRoot },
    m,
  );
  if (!checked.source || checked.problems.length > 0) return { problems: checked.problems.map(formatProblem) };
  const answers = checked.source.data as unknown as AnswersFile;
  const ids = new Set([
    ...answers.themes.flatMap((t) => t.actions.map((a) => a.id)),
    ...(answers.previous?.actions ?? []).map((a) => a.id),
  ]);
  const problems = (answers.focus ?? []).flatMap((id, i) =>
    ids.has(id)
      ? []
      : [formatProblem(problemAt(file.path, valuePosition(checked.source!, ['focus', String(i)]), m.reflect.unknownFocus(id)))],
  );
  return problems.length > 0 ? { problems } : { answers, problems: [] };
}

import answersSchema from '../../schemas/answers.schema.json' with { type: 'json' };
import { checkedDocument } from '../content/checked-document.js';
import type { SchemaShape } from '../content/schema-problems.js';
import { formatProblem, type SourceFile } from '../content/types.js';
import { valuePosition } from '../content/yaml-locate.js';
import { problemAt, sortProblems } from '../content/problems.js';
import type { Messages } from '../i18n/messages.js';
import { actionIdProblems } from './id-problems.js';
import type { AnswersFile } from './model.js';
import { upgradeAnswers } from './upgrade.js';

/**
 * Reads an answers file: YAML, then the answers schema, then what a schema cannot say (action ids
 * are unique, the focus names actions that exist). Problems come back as `file:line:col: message`
 * lines, top to bottom (ajv reports in the schema's order, not the file's). A format-1 file comes
 * back upgraded to format 2 (see upgradeAnswers).
 */
export function parseAnswersFile(file: SourceFile, m: Messages): { answers?: AnswersFile; problems: string[] } {
  const checked = checkedDocument(
    file,
    { validator: 'answers', schema: answersSchema as unknown as SchemaShape, expected: m.reflect.expectedAnswersRoot },
    m,
  );
  if (!checked.source || checked.problems.length > 0) return { problems: sortProblems(checked.problems).map(formatProblem) };
  const answers = checked.source.data as unknown as AnswersFile;
  const source = checked.source;
  const problems = actionIdProblems(answers, m).map(({ path, message }) => problemAt(file.path, valuePosition(source, path), message));
  return problems.length > 0
    ? { problems: sortProblems(problems).map(formatProblem) }
    : { answers: upgradeAnswers(answers, file.content), problems: [] };
}

/** An answers file (resokit reflect's or the form's), told from a question file by its format line. */
export function isAnswersFile(file: SourceFile): boolean {
  const text = typeof file.content === 'string' ? file.content : Buffer.from(file.content).toString('latin1');
  return /^format:[ \t]*["']?resokit-answers\//m.test(text);
}

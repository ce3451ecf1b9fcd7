import { stringify } from 'yaml';
import type { AnswersFile } from './model.js';

/** Key order of the written file: who and what first, then the answers. Diffs stay small and readable. */
const order: Array<keyof AnswersFile> = [
  'format',
  'questionSet',
  'questionsPath',
  'organisation',
  'participant',
  'created',
  'updated',
  'status',
  'focus',
  'previous',
  'themes',
];

/**
 * The answers file as YAML, for people as much as for resokit: multi-line answers as block
 * scalars, no line folding, a header that says what the file is.
 */
export function serializeAnswers(file: AnswersFile, header: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of order) if (file[key] !== undefined) ordered[key] = file[key];
  const body = stringify(ordered, { lineWidth: 0, blockQuote: 'literal', aliasDuplicateObjects: false });
  const comment = header
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n');
  return `${comment}\n${body}`;
}

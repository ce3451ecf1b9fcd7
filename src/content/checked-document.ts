import type { Messages } from '../i18n/messages.js';
import { schemaProblems, type SchemaShape } from './schema-problems.js';
import { schemaValidator, type ValidatorName } from './schema-validators.js';
import { sourceText } from './source-text.js';
import type { Problem, SourceFile } from './types.js';
import { parseYamlMapping, type YamlSource } from './yaml-document.js';

/** What a kind of file is checked against. */
export interface DocumentKind {
  validator: ValidatorName;
  schema: SchemaShape;
  /** What the root should hold, as told to the user when the file is empty or not a mapping. */
  expected: string;
}

export interface CheckedDocument {
  /** Absent when the file could not be read as YAML at all. */
  source?: YamlSource;
  problems: Problem[];
  /** The JSON pointers ajv complained about, so that callers can keep the parts that are valid. */
  invalidPaths: string[];
}

/** Bytes → text → YAML → schema, stopping at the first stage that fails. */
export function checkedDocument(file: SourceFile, kind: DocumentKind, m: Messages): CheckedDocument {
  const text = sourceText(file, m);
  if ('problem' in text) return { problems: [text.problem], invalidPaths: [] };
  const parsed = parseYamlMapping(file.path, text.text, kind.expected, m);
  if ('problems' in parsed) return { problems: parsed.problems, invalidPaths: [] };
  const validate = schemaValidator(kind.validator);
  if (validate(parsed.source.data)) return { source: parsed.source, problems: [], invalidPaths: [] };
  const errors = validate.errors ?? [];
  return {
    source: parsed.source,
    problems: schemaProblems(errors, parsed.source, kind.schema, m),
    invalidPaths: errors.map((error) => error.instancePath),
  };
}

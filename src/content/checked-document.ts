import type { Messages } from '../i18n/messages.js';
import { schemaProblems, type SchemaShape } from './schema-problems.js';
import { schemaValidator, type ValidatorName } from './schema-validators.js';
import { sourceText } from './source-text.js';
import type { Problem, SourceFile } from './types.js';
import { parseYamlMapping, type YamlSource } from './yaml-document.js';
import { quickMapping } from './yaml-quick.js';

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

/** A valid file's positions are parsed only if someone asks for one (a problem across files). */
function lazySource(file: string, text: string, data: Record<string, unknown>, expected: string, m: Messages): YamlSource {
  let full: YamlSource | undefined;
  const parse = (): YamlSource => {
    if (full) return full;
    const parsed = parseYamlMapping(file, text, expected, m);
    if ('problems' in parsed) throw new Error(`${file}: the quick reader accepted what yaml rejects: ${parsed.problems[0]?.message}`);
    full = parsed.source;
    return full;
  };
  return {
    file,
    data,
    get doc() {
      return parse().doc;
    },
    get lines() {
      return parse().lines;
    },
  };
}

/**
 * Bytes → text → YAML → schema, stopping at the first stage that fails. A valid file in plain
 * block YAML is read by the quick reader (yaml-quick.ts); anything else, and anything with a
 * problem, by the `yaml` library, which knows where things are.
 */
export function checkedDocument(file: SourceFile, kind: DocumentKind, m: Messages): CheckedDocument {
  const text = sourceText(file, m);
  if ('problem' in text) return { problems: [text.problem], invalidPaths: [] };
  const quick = quickMapping(text.text);
  if (quick !== undefined && schemaValidator(kind.validator)(quick)) {
    return { source: lazySource(file.path, text.text, quick, kind.expected, m), problems: [], invalidPaths: [] };
  }
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

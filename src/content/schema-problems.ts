import type { ErrorObject } from 'ajv';
import type { Messages } from '../i18n/messages.js';
import { closest } from '../text/closest.js';
import { problemAt, type Position } from './problems.js';
import type { Problem } from './types.js';
import { nodeKind, type YamlSource } from './yaml-document.js';
import { keyPosition, locate, pointerSegments, valuePosition } from './yaml-locate.js';

/** The part of a JSON Schema this module reads: enough to list the keys allowed at a place. */
export interface SchemaShape {
  [keyword: string]: unknown;
  $ref?: string;
  properties?: Record<string, SchemaShape>;
  items?: SchemaShape;
}

const idPatterns = ['^[a-z0-9]+(-[a-z0-9]+)*$', '^[a-z0-9-]+$'];
const urlPattern = '^https?://';
const versionPattern = '^[0-9]+\\.[0-9]+\\.[0-9]+$';
const languagePattern = '^[a-z]{2}$';

/** Dutch words people naturally type for the schema's English keys; offered only where the key is allowed. */
const translatedKeys: Record<string, readonly string[]> = {
  titel: ['title'],
  thema: ['themes'],
  themas: ['themes'],
  "thema's": ['themes'],
  groep: ['group'],
  groepen: ['groups'],
  vragen: ['questions'],
  vraag: ['questions'],
  tekst: ['text'],
  voorbeelden: ['examples'],
  noten: ['notes'],
  notities: ['notes'],
  opmerkingen: ['notes'],
  bron: ['source'],
  bronnen: ['resources', 'sources'],
  links: ['resources'],
  beschrijving: ['description'],
  inleiding: ['introduction'],
  versie: ['version'],
  taal: ['language'],
  citaat: ['citation'],
  bronvermelding: ['citation'],
};

function schemaAtPointer(root: SchemaShape, ref: string): SchemaShape | undefined {
  let node: unknown = root;
  for (const segment of pointerSegments(ref.replace(/^#/, ''))) node = (node as Record<string, unknown>)?.[segment];
  return node as SchemaShape | undefined;
}

/** The property names the schema allows in the mapping at `segments`. */
function allowedKeys(root: SchemaShape, segments: readonly string[]): string[] {
  const resolve = (schema: SchemaShape | undefined) => (schema?.$ref ? schemaAtPointer(root, schema.$ref) : schema);
  let schema = resolve(root);
  for (const segment of segments) schema = resolve(schema?.items ?? schema?.properties?.[segment]);
  return Object.keys(schema?.properties ?? {});
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let value = data;
  for (const segment of segments) value = (value as Record<string, unknown> | undefined)?.[segment];
  return value;
}

function suggestKey(key: string, allowed: readonly string[]): string | undefined {
  return translatedKeys[key.toLowerCase()]?.find((candidate) => allowed.includes(candidate)) ?? closest(key, allowed);
}

function typeMessage(error: ErrorObject, source: YamlSource, segments: readonly string[], m: Messages): string {
  const c = m.content;
  const wanted = String(error.params.type).split(',');
  const expected = wanted.map((type) => c.typeNames[type] ?? type).join(' / ');
  const found = nodeKind(locate(source, segments).value ?? valueAt(source.data, segments));
  if (found === 'null') return c.expectedButEmpty(expected);
  const message = c.expected(expected, c.typeNames[found] ?? found);
  return wanted.includes('string') && (found === 'number' || found === 'boolean') ? c.clauses(message, c.quoteHint) : message;
}

function patternMessage(pattern: string, m: Messages): string {
  if (idPatterns.includes(pattern)) return m.content.id;
  if (pattern === urlPattern) return m.content.url;
  if (pattern === versionPattern) return m.content.version;
  if (pattern === languagePattern) return m.content.language;
  return m.content.pattern(pattern);
}

function formatMessage(format: string, m: Messages): string {
  if (format === 'uri' || format === 'url') return m.content.url;
  if (format === 'date') return m.content.date;
  if (format === 'date-time') return m.content.dateTime;
  return m.content.format(format);
}

function minItemsMessage(list: string | undefined, limit: number, m: Messages): string {
  if (list === 'themes') return m.content.noThemes;
  if (list === 'questions') return m.content.noQuestions;
  if (list === 'groups') return m.content.noGroups;
  return m.content.tooFewItems(limit);
}

/**
 * At the repeat, naming the earlier one's line. ajv's i and j are the two indices in either order
 * (it compares strings and objects in different loops), so the later one is the larger.
 */
function uniqueItemsFinding(error: ErrorObject, source: YamlSource, segments: readonly string[], m: Messages): Finding {
  const [earlier, later] = [Number(error.params.i), Number(error.params.j)].sort((a, b) => a - b).map(String);
  const first = valuePosition(source, [...segments, earlier!]);
  const value = String(valueAt(source.data, [...segments, later!]));
  return {
    at: valuePosition(source, [...segments, later!]),
    message: segments.at(-1) === 'focus' ? m.content.duplicateFocus(value, first.line) : m.content.duplicateItem(value, first.line),
    subject: `value ${error.instancePath}/${later}`,
    rank: 1,
  };
}

/** A candidate problem; of several about one value only the lowest `rank` is shown. */
interface Finding {
  at: Position;
  message: string;
  /** What the finding is about: one value, or one key of a mapping. */
  subject: string;
  rank: number;
  /** For an unknown key: the key it probably should have been. */
  suggestion?: string;
  missing?: string;
}

function finding(error: ErrorObject, source: YamlSource, schema: SchemaShape, m: Messages): Finding {
  const c = m.content;
  const segments = pointerSegments(error.instancePath);
  const about = (rank: number, message: string): Finding => ({
    at: valuePosition(source, segments),
    message,
    subject: `value ${error.instancePath}`,
    rank,
  });
  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params.missingProperty);
      // At the mapping that lacks it: its first key, where the entry starts.
      return { ...about(0, c.required(missing)), subject: `key ${error.instancePath}/${missing}`, missing };
    }
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const allowed = allowedKeys(schema, segments);
      const suggestion = suggestKey(key, allowed);
      const hint = suggestion ? c.didYouMean(suggestion) : c.unknownKeyAllowed(allowed);
      return {
        at: keyPosition(source, segments, key),
        message: c.clauses(c.unknownKey(key), hint),
        subject: `key ${error.instancePath}/${key}`,
        rank: 0,
        ...(suggestion ? { suggestion } : {}),
      };
    }
    case 'type':
      return about(0, typeMessage(error, source, segments, m));
    case 'format':
      return about(1, formatMessage(String(error.params.format), m));
    case 'pattern':
      return about(1, patternMessage(String(error.params.pattern), m));
    case 'enum':
      return about(1, c.oneOf((error.params.allowedValues as unknown[]).map(String)));
    case 'const':
      return about(1, c.oneOf([String(error.params.allowedValue)]));
    case 'minLength':
      return about(2, Number(error.params.limit) <= 1 ? c.notEmpty : c.tooShort(Number(error.params.limit)));
    case 'maxLength':
      return about(2, c.tooLong([...String(valueAt(source.data, segments))].length, Number(error.params.limit)));
    case 'minItems':
      return about(2, minItemsMessage(segments.at(-1), Number(error.params.limit), m));
    case 'maxItems':
      return about(2, c.tooManyItems(Number(error.params.limit)));
    case 'uniqueItems':
      return uniqueItemsFinding(error, source, segments, m);
    // No schema that users' files are checked against uses another keyword; if one comes to, the
    // message stays a sentence rather than the keyword's name.
    default:
      return about(3, c.invalid);
  }
}

/**
 * One problem per thing to fix: ajv (allErrors) may report a value twice (a URL that fails both
 * `format` and `pattern`), and an unknown key `titel` would also be reported as a missing `title`.
 */
export function schemaProblems(
  errors: readonly ErrorObject[],
  source: YamlSource,
  schema: SchemaShape,
  m: Messages,
): Problem[] {
  const best = new Map<string, Finding>();
  for (const error of errors) {
    const candidate = finding(error, source, schema, m);
    const current = best.get(candidate.subject);
    if (current === undefined || candidate.rank < current.rank) best.set(candidate.subject, candidate);
  }
  const findings = [...best.values()];
  const misspelt = new Set(
    findings.filter((f) => f.suggestion).map((f) => `${f.subject.slice(0, f.subject.lastIndexOf('/'))}/${f.suggestion}`),
  );
  return findings
    .filter((f) => f.missing === undefined || !misspelt.has(f.subject))
    .map((f) => problemAt(source.file, f.at, f.message));
}

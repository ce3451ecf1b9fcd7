import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { positionOf, type YamlSource } from './yaml-document.js';
import type { Position } from './problems.js';

/** The node at a JSON pointer and, when it is the value of a mapping entry, that entry's key. */
export interface Located {
  value: Node | undefined;
  key: Node | undefined;
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Walks the YAML nodes along `segments`. Stops early at an alias (what is wrong lies in the anchor
 * it points to, but the alias is what the user wrote at this place) or at a missing entry.
 */
export function locate(source: YamlSource, segments: readonly string[]): Located {
  let value: unknown = source.doc.contents;
  let key: Node | undefined;
  for (const segment of segments) {
    if (isMap(value)) {
      const pair = value.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
      if (pair === undefined) break;
      key = pair.key as Node;
      value = pair.value;
    } else if (isSeq(value)) {
      const item = value.items[Number(segment)];
      if (item === undefined) break;
      key = undefined;
      value = item;
    } else {
      break;
    }
  }
  return { value: (value ?? undefined) as Node | undefined, key };
}

/** The key of entry `name` in the mapping at `segments` (where an unknown key is shown). */
export function keyPosition(source: YamlSource, segments: readonly string[], name: string): Position {
  const { value } = locate(source, segments);
  if (isMap(value)) {
    const pair = value.items.find((item) => isScalar(item.key) && String(item.key.value) === name);
    if (pair && isScalar(pair.key)) return positionOf(source, pair.key);
  }
  return valuePosition(source, segments);
}

/**
 * Where a wrong value is shown: at the value itself, or at its key when the value is empty
 * (`title:` with nothing after it has no place of its own).
 */
export function valuePosition(source: YamlSource, segments: readonly string[]): Position {
  const { value, key } = locate(source, segments);
  const empty = value === undefined || (isScalar(value) && value.value === null && value.source === '');
  if (empty && key) return positionOf(source, key);
  return value ? positionOf(source, value) : positionOf(source, source.doc.contents as Node);
}

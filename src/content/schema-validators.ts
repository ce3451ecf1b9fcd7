import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { packageRoot } from '../paths.js';

/** A validator compiled by scripts/build.mjs (ajv standalone, allErrors). */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** The modules in dist/validators/: one per schema in schemas/, named after its file. */
export type ValidatorName = 'themeFile' | 'questionSet' | 'answers' | (string & {});

const loaded = new Map<string, CompiledValidator>();

/**
 * The precompiled validator for one schema, loaded on first use rather than compiled at run time
 * (≈38 ms per schema). Only that schema's module is loaded; it is CommonJS because ajv's standalone
 * code requires.
 */
export function schemaValidator(name: ValidatorName): CompiledValidator {
  const known = loaded.get(name);
  if (known) return known;
  const file = join(packageRoot(), 'dist', 'validators', `${name}.cjs`);
  let validator: CompiledValidator | undefined;
  try {
    validator = (createRequire(import.meta.url)(file) as Record<string, CompiledValidator | undefined>)[name];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
  }
  if (validator === undefined) throw new Error(`${file} has no validator '${name}': run npm run build`);
  loaded.set(name, validator);
  return validator;
}

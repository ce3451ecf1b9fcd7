import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { packageRoot } from '../paths.js';

/** A validator compiled by scripts/build.mjs (ajv standalone, allErrors). */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** The exports of dist/validators.cjs: one per schema in schemas/, named after its file. */
export type ValidatorName = 'themeFile' | 'questionSet' | (string & {});

let loaded: Readonly<Record<string, CompiledValidator | undefined>> | undefined;

/**
 * The precompiled validator for one schema. Loaded on first use (≈9 ms) rather than compiled
 * at run time (≈38 ms per schema); the file is CommonJS because ajv's standalone code requires.
 */
export function schemaValidator(name: ValidatorName): CompiledValidator {
  loaded ??= createRequire(import.meta.url)(join(packageRoot(), 'dist', 'validators.cjs')) as Record<
    string,
    CompiledValidator | undefined
  >;
  const validator = loaded[name];
  if (validator === undefined) throw new Error(`dist/validators.cjs has no validator '${name}': run npm run build`);
  return validator;
}

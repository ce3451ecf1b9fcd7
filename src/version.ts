declare const __RESOKIT_VERSION__: string | undefined;

/** Inlined by the build (scripts/build.mjs); tests run the sources unbuilt. */
export const version = typeof __RESOKIT_VERSION__ === 'string' ? __RESOKIT_VERSION__ : '0.0.0-dev';

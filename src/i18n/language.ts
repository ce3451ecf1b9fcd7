export const supportedLanguages = ['nl', 'en', 'fr'] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = 'nl';

export function isLanguage(value: string): value is Language {
  return (supportedLanguages as readonly string[]).includes(value);
}

/** The value of `--lang` in argv, if any (`--lang en` or `--lang=en`). */
export function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === '--lang') return argv[i + 1] ?? '';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/**
 * `--lang`, else RESOKIT_LANG, else Dutch. Deliberately not the system locale: many Flemish
 * coordinators run an English OS and must still get the original questions.
 */
export function resolveLanguage(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): { ok: true; language: Language } | { ok: false; asked: string } {
  const asked = langFlag(argv) ?? (env.RESOKIT_LANG || undefined);
  if (asked === undefined) return { ok: true, language: defaultLanguage };
  const normalised = asked.trim().toLowerCase();
  return isLanguage(normalised) ? { ok: true, language: normalised } : { ok: false, asked };
}

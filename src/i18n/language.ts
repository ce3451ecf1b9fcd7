import { UserError } from '../errors.js';

export const supportedLanguages = ['nl', 'en'] as const;
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
export function resolveLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
  const asked = langFlag(argv) ?? (env.RESOKIT_LANG || undefined);
  if (asked === undefined) return defaultLanguage;
  const normalised = asked.trim().toLowerCase();
  if (isLanguage(normalised)) return normalised;
  // Not yet localised: the catalogue is chosen by this very function.
  throw new UserError(
    `Taal '${asked}' wordt niet ondersteund. Kies uit: ${supportedLanguages.join(', ')}. / ` +
      `Language '${asked}' is not supported. Choose from: ${supportedLanguages.join(', ')}.`,
  );
}

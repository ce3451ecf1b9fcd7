import type { nl } from './nl/index.js';
import type { Language } from './language.js';

/** The shape every catalogue must have: the Dutch one is the reference. */
export type Messages = typeof nl;

/** The texts of the program itself (help, usage errors): all that --help and the error output need. */
export type CliMessages = Messages['cli'];

export async function loadCliMessages(language: Language): Promise<CliMessages> {
  if (language === 'en') return (await import('./en/cli.js')).cli;
  if (language === 'fr') return (await import('./fr/cli.js')).cli;
  return (await import('./nl/cli.js')).cli;
}

export async function loadMessages(language: Language): Promise<Messages> {
  if (language === 'en') return (await import('./en/index.js')).en;
  if (language === 'fr') return (await import('./fr/index.js')).fr;
  return (await import('./nl/index.js')).nl;
}

import type { nl } from './nl/index.js';
import type { Language } from './language.js';

/** The shape every catalogue must have: the Dutch one is the reference. */
export type Messages = typeof nl;

export async function loadMessages(language: Language): Promise<Messages> {
  if (language === 'en') return (await import('./en/index.js')).en;
  return (await import('./nl/index.js')).nl;
}

import { isLanguage, type Language } from '../i18n/language.js';

/**
 * The language of a report: the language asked for when it was asked for explicitly (--lang or
 * RESOKIT_LANG); else the language of the answers files when they all share one that resokit
 * speaks; else (files in different languages) the default, `asked`. So one file gives the same plan
 * `reflect` wrote, and a mixed team gets one language the user can choose.
 */
export function reportLanguage(fileLanguages: readonly string[], asked: Language, explicit: boolean): Language {
  if (explicit) return asked;
  const distinct = [...new Set(fileLanguages)];
  return distinct.length === 1 && isLanguage(distinct[0]!) ? distinct[0] : asked;
}

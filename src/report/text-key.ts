const ascii = /^[\x00-\x7f]*$/;

/**
 * When two actions are "the same": the text compared without case, punctuation, symbols and
 * differences in white space ("Folder herschrijven!" = "folder  herschrijven"). Accents are kept:
 * in Dutch "één" and "een" are different words. Used to fold a team's actions and to find an
 * earlier action among the new ones.
 */
export function textKey(text: string): string {
  // ASCII text the same way without Unicode's tables (its punctuation and symbols are these
  // ranges; NFKC leaves it as it is): a team's thousand actions, often typed without accents.
  const key = ascii.test(text)
    ? text.toLowerCase().replace(/[!-/:-@[-`{-~]+/g, ' ').replace(/\s+/g, ' ').trim()
    : text
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\p{P}\p{S}]+/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim();
  // Text of punctuation only ("?!") still folds with itself, not with every other such text.
  return key || text.trim();
}

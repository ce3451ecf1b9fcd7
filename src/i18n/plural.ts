const rules = new Map<string, Intl.PluralRules>();

/**
 * The form of a counted word that Intl.PluralRules picks for `n` in `locale`, with `#` replaced by
 * the number: plural('nl', 1, { one: '# actie', other: '# acties' }) → "1 actie". No "actie(s)".
 */
export function plural(locale: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return (forms[rule.select(n)] ?? forms.other).replace('#', String(n));
}

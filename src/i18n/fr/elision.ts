/**
 * "de" before a name, elided before a vowel or a mute h as French writes it: « le travail
 * d’Élodie », « de Bob ». A y before a vowel sounds as a consonant (Yasmine); before a consonant
 * it is a vowel (Yves). An h is taken for mute: names with an aspirated h are few.
 */
export function de(name: string): string {
  return /^(?:[aeiouàâäéèêëîïôöûüœæh]|y(?![aeiouàâäéèêëîïôöûü]))/i.test(name) ? `d’${name}` : `de ${name}`;
}

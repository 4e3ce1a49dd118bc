// Plural forms chosen by Intl.PluralRules: English has two, Polish and Russian three (one, few, many).
// Each helper takes exactly the forms its language needs, so a catalog missing one does not compile.

const RULES = {
  pl: new Intl.PluralRules('pl'),
  en: new Intl.PluralRules('en'),
  ru: new Intl.PluralRules('ru'),
} as const;

/** "1 entry", "2 entries". */
export function pluralEn(n: number, one: string, other: string): string {
  return RULES.en.select(n) === 'one' ? one : other;
}

/** "1 wpis", "2 wpisy", "5 wpisów"; fractions take the "few" form ("1,5 wpisu" is rare; few reads right). */
export function pluralPl(n: number, one: string, few: string, many: string): string {
  const rule = RULES.pl.select(n);
  return rule === 'one' ? one : rule === 'few' ? few : rule === 'many' ? many : few;
}

/** "1 запись", "2 записи", "5 записей"; fractions take the "few" form. */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const rule = RULES.ru.select(n);
  return rule === 'one' ? one : rule === 'few' ? few : rule === 'many' ? many : few;
}

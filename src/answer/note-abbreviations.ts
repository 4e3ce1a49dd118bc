// The abbreviations agents type in notes and quick asks, written out before a question is read: "кл-тов" is
// "клиентов", "kl." "klient", "custs" "customers", "mgmt" "management", "obsł." "obsługa". Cut short, such a word
// reaches no entry's stem (the Russian stemmer keeps "кл-тов" whole), so "Сколько кл-тов реально жалуются" matched
// nothing but "жалуются" and was declined.
// Hand-written: a short table per language of the customer-service words agents shorten; no library expands them.

/** An abbreviation (its pattern, case-insensitive, whole word) and the word it stands for ("$1" keeps an ending). */
const ABBREVIATIONS: readonly (readonly [pattern: string, word: string])[] = [
  // Russian: "кл-т" keeps its ending ("кл-ты", "кл-тов", "кл-там"); "кл." and "сотр." stand for the noun
  ['кл-т(\\p{L}*)', 'клиент$1'],
  ['кл\\.', 'клиент'],
  ['сотр\\.', 'сотрудник'],
  ['обсл\\.', 'обслуживание'],
  // Polish
  ['kl\\.', 'klient'],
  ['kli\\.', 'klient'],
  ['obs[lł]\\.', 'obsługa'],
  ['rekl\\.', 'reklamacja'],
  // English
  ['custs', 'customers'],
  ['cust\\.', 'customer'],
  ['mgmt', 'management'],
  ['mgr', 'manager'],
  ['svc', 'service'],
  ['approx\\.?', 'approximately'],
  ['w/o', 'without'],
];

/** Every abbreviation, each in its own group, not inside a longer word ("kl." in "szkl." is no client). */
const ANY = new RegExp(
  `(?<![\\p{L}\\p{N}.-])(?:${ABBREVIATIONS.map(([pattern]) => `(${pattern.replace(/\((?!\?)/gu, '(?:')})`).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
/** One pattern per abbreviation, anchored, to write out the one found (with its ending kept where it has one). */
const EACH = ABBREVIATIONS.map(([pattern, word]) => [new RegExp(`^${pattern}$`, 'iu'), word] as const);
/** Letters one of the abbreviations holds: most questions hold none and are passed over at once. */
const GATE = /кл|сотр|обсл|kl|obs|rekl|cust|mgmt|mgr|svc|approx|w\/o/iu;

/** The text with its note abbreviations written out; every other word as typed. */
export function withAbbreviationsWritten(text: string): string {
  if (!GATE.test(text)) return text;
  return text.replace(ANY, (found) => {
    for (const [pattern, word] of EACH) if (pattern.test(found)) return found.replace(pattern, word);
    return found;
  });
}

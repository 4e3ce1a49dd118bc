// A person's name asked: "what was his name?", "what's the name of the guy who…", "ten facet, co nie mógł anulować…
// jak się nazywał?", "как его зовут?". It asks who, as "kto" does, so an entry naming the person answers it: read as
// an attribute the entry lacks (the word "name" is in no entry), it declined the very entry that names him (round
// 35: Ryan Block's case at 0.002). A thing's name ("the podcast's name", "jak się nazywa ten program") stays an
// attribute. Each phrasing holds its name word as the one capture group, for focus.ts to leave it out.
// Hand-written: a few phrasings per language on folded text; no library reads what a name ask is about.

/** People a name is asked of, folded: the guy, the customer, the passenger... */
const PERSON_EN =
  '(?:guy|man|woman|lady|person|customer|client|agent|rep|caller|subscriber|passenger|user|journalist|blogger)';
const PERSON_PL =
  '(?:facet\\p{L}*|gosc\\p{L}*|klient\\p{L}*|pan|pani|czlowiek\\p{L}*|typ\\p{L}*|koles\\p{L}*|dziennikarz\\p{L}*|pasazer\\p{L}*|abonent\\p{L}*|bloger\\p{L}*)';

/**
 * Before "the customer's name", a name used, not asked: "using the customer's name", "greet callers by the guest's name"
 * (round 112: a new hire asking why agents do it).
 */
export const NAME_USED_BEFORE =
  '(?<!(?:use|uses|using|used|say|says|saying|call|calling|address|addressing|greet|greeting|remember|remembering|know|knowing|learn|spell|spelling|by|with) (?:the |a |their |his |her |our |each )?)';

/** The phrasings, folded (no case, no diacritics), each with its name word captured. */
export const PERSON_NAME_ASKS: readonly string[] = [
  "what(?:'s|s| is| was) (?:his|her|their) (name)",
  `what(?:'s|s| is| was) the (name) of (?:the |that |this )?${PERSON_EN}`,
  `${NAME_USED_BEFORE}${PERSON_EN}(?:'s|’s) (name)`,
  `jak (?:sie )?(nazywa(?:l|la)?)(?: sie)? (?:ten |ta |tamten |tamta )?${PERSON_PL}`,
  // the person first, the ask at the clause's end: "ten facet, co nie mógł anulować… – jak się nazywał"
  `${PERSON_PL}(?:[^?.!]{0,100}?) jak (?:sie )?(nazywal|nazywala)`,
  'jak (?:mu|jej) (?:bylo )?na (imie)',
  'как (?:его |ее )?(зовут|звали)',
  // which of a story's people it was ("which zappos agent was on that call", round 99): who, by name
  `(which) (?:[\\p{L}\\p{N}-]+ )?${PERSON_EN} (?:was|were|did|took|handled|answered|stayed|picked)`,
  '(ktory|ktora) (?:\\p{L}+ )?(?:konsultant|konsultantka|pracownik|pracowniczka|agent|agentka) (?:to )?(?:byl|byla|rozmawial\\p{L}*|odebral\\p{L}*)',
  '(какой|какая) (?:\\p{L}+ )?(?:оператор|сотрудник|сотрудница|консультант|агент) (?:это )?(?:был|была|говорил\\p{L}*|разговарива\\p{L}*)',
];

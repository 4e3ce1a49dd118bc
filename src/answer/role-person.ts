// A person asked by their part in a story: "who was the Comcast rep who wouldn't let Ryan Block cancel", "what was
// the name of the passenger", "kto był gościem odcinka", "jak nazywał się pasażer", "как звали пассажира", "кто был
// гостем выпуска". The entry must name someone the question does not already name: the Comcast case names only Ryan
// Block, the customer, so the agent asked is not in it; a United case naming only the airline names no passenger. An
// entry naming no one else, in the question's language or any other, is ruled out (`detailMissing`, via
// beside-asks.ts). "Who is Ryan Block" asks who a named person is (person-asks.ts) and is not read here.
// Hand-written: a few role words per language on folded text; names as stated-values.ts reads them (two capitalised
// words). No library reads which part a person played in a story.
import { LANGS, type Entry } from '../kb/schema.js';
import { tokenize } from './normalize.js';
import { wholePhrases } from './word-bounds.js';
import { NAME_USED_BEFORE } from './person-name-asks.js';

const ROLE_EN =
  '(?:rep|representative|agent|employee|staffer|consultant|operator|guest|host|presenter|interviewer|speaker|author|passenger|customer|caller|client|guy|man|woman|lady)s?';
const ROLE_PL =
  'gosc\\p{L}*|gospodarz\\p{L}*|prowadzac\\p{L}*|konsultant\\p{L}*|agent\\p{L}*|pracownik\\p{L}*|pracownic\\p{L}*|autor\\p{L}*|pasazer\\p{L}*|klient\\p{L}*|rozmowc\\p{L}*|facet\\p{L}*|chlopak\\p{L}*|kobiet\\p{L}*|mezczyzn\\p{L}*';
const ROLE_RU =
  'гост\\p{L}*|ведущ\\p{L}*|оператор\\p{L}*|агент\\p{L}*|сотрудни\\p{L}*|автор\\p{L}*|пассажир\\p{L}*|клиент\\p{L}*|собеседник\\p{L}*|парн\\p{L}*|девушк\\p{L}*|мужчин\\p{L}*|женщин\\p{L}*';

const ROLE_ASKED = wholePhrases([
  `who (?:was|is|were) (?:the|that|this|their) (?:[\\p{L}\\p{N}'’-]+ ){0,2}?${ROLE_EN}`,
  `(?:what was|what's|what is|whats|what were) the (?:\\p{L}+ )?names? of (?:the|that|this) (?:[\\p{L}\\p{N}'’-]+ ){0,2}?${ROLE_EN}`,
  `${NAME_USED_BEFORE}${ROLE_EN}['’]s name`,
  'who (?:hosts|hosted|presents|presented|interviewed|moderated)',
  `kto (?:byl|byla|jest|byli) (?:\\p{L}+ ){0,2}?(?:${ROLE_PL})`,
  // not a group's name ("jak się nazywa zadowolonych klientów, którzy…"; round 77), nor such a person's ("jak się
  // nazywa takiego klienta, który…"; round 82): a term, no one's name
  `jak (?:sie )?(?:nazywal|nazywala|nazywa|nazywali)(?: sie)? (?!(?:takiego|takiej|takich|taka|taki|takie|kogos) )(?:\\p{L}+ ){0,2}?(?:${ROLE_PL})(?<!ow|ek)`,
  `(?:imie|nazwisko|imie i nazwisko) (?:\\p{L}+ ){0,1}?(?:${ROLE_PL})`,
  'kto (?:prowadzi|prowadzil|prowadzila)',
  `кто (?:был|была|является|были) (?:\\p{L}+ ){0,2}?(?:${ROLE_RU})`,
  `как (?:звали|зовут) (?:\\p{L}+ ){0,2}?(?:${ROLE_RU})`,
  `(?:имя|фамилия|имя и фамилия) (?:\\p{L}+ ){0,1}?(?:${ROLE_RU})`,
  'кто (?:ведет|вел|вела)',
]);

/** Letters the phrasings hold, on the folded text: most questions are passed over by this alone. */
const HINT = /who|name|kto|jak|imie|nazwisk|кто|как|имя|фамил/u;

/** The folded words of a question asking a person by their part in a story (see the module's comment); else none. */
export function roleAsked(folded: string): ReadonlySet<string> | undefined {
  if (!HINT.test(folded) || !ROLE_ASKED.test(folded)) return undefined;
  return new Set(tokenize(withoutGuess(folded), 200));
}

/**
 * A name guessed after the ask ("who was the guest…? wojcicki from somewhere?", "кто был гостем — вроде Войцицкий?",
 * "kto był gościem, chyba Wójcicki?") is the answer the asker hopes to confirm, not a person the story already names:
 * the entry naming that person answers it (round 84). The guess is what follows the first question mark, or a hedge
 * word after the ask ("maybe", "chyba", "вроде").
 */
const GUESS =
  /\?|(?<![\p{L}])(?:maybe|perhaps|was it|or was it|i think|chyba|moze|czy to|to chyba|вроде|кажется|может|наверное)(?![\p{L}])/u;

function withoutGuess(folded: string): string {
  const ask = ROLE_ASKED.exec(folded);
  if (!ask) return folded;
  const after = ask.index + ask[0].length;
  const guess = GUESS.exec(folded.slice(after));
  return guess ? folded.slice(0, after + guess.index) : folded;
}

/**
 * A first and a last name, on the text as written (as stated-values.ts reads a person); not two words of a longer
 * capitalised title ("Guinness World Records" named no agent of the Zappos call; round 86).
 */
const NAME = /(?<![\p{L}\p{N}]|\p{Lu}\p{Ll}+ )\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?![\p{L}])(?! \p{Lu})/gu;

/** Per language, the names an entry's text states, each as its folded words (read once per entry). */
const named = new WeakMap<Entry, readonly (readonly string[][])[]>();

function namesByLanguage(entry: Entry): readonly (readonly string[][])[] {
  let names = named.get(entry);
  if (names) return names;
  names = LANGS.map((lang) => [...(entry.text[lang] ?? '').matchAll(NAME)].map((m) => tokenize(m[0], 4)));
  named.set(entry, names);
  return names;
}

/** Whether a word of a name is one of the question's words (a case ending apart: "Blocka" names Block). */
function inQuestion(word: string, question: ReadonlySet<string>): boolean {
  if (question.has(word)) return true;
  if (word.length < 4) return false;
  for (const asked of question) if (asked.length > word.length && asked.startsWith(word)) return true;
  return false;
}

/**
 * Whether the entry names no one the question does not already name: no name at all, or in some language only names
 * one of whose words the question holds ("United Airlines" beside "the United flight", "Ryan Block").
 */
export function namesNoOtherPerson(entry: Entry, question: ReadonlySet<string>): boolean {
  const names = namesByLanguage(entry);
  // The three texts tell the same facts: one naming no one shows that the others' "names" are a common noun before a
  // name ("Konsultant Zappos", "Сотрудник Zappos"; round 86), not a person.
  if (names.some((inLang) => inLang.length === 0)) return true;
  return names.some(
    (inLang) => inLang.length > 0 && inLang.every((name) => name.some((word) => inQuestion(word, question))),
  );
}

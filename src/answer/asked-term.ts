// The term a question asks to have defined ("what is LTE", "co to jest 5G", "что такое омниканальность", "omnichannel
// – co to?"), and the term a definition entry defines: its first sentence's subject ("2.5G means…", "Mystery
// shopper, czyli tajemniczy klient, to…", "LiveAgent — программа…") and the terms its own phrasings ask about. A
// definition names its neighbours in passing (the 2.5G entry names EDGE, GPRS and 3G; LiveAgent's names omnichannel)
// but defines one term: asked about another, it does not answer (`detailMissing`, via beside-asks.ts).
// Words are compared by their first five letters, one letter apart at most ("mistery" meets "mystery"), so
// inflected Polish and Russian forms meet ("tajemniczego klienta", "тайного покупателя").
// Hand-written: a few asking phrasings per language; no library reads which term a question asks to define.
import { withSpokenDecimals } from './spoken-decimals.js';
import { LANGS, type Entry } from '../kb/schema.js';
import { foldText, tokenize } from './normalize.js';
import { valueList } from './same-layout-lists.js';

/** The asking words before the term ("what is X", "co to jest X", "что такое X", "definicja X"). */
const ASK_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${[
    // a customer's challenge: "what do you even mean by 'service quality'", "what is meant by"
    '(?:what )?do (?:you|u|they|ya) (?:even |actually |really )?mean by',
    '(?:what )?is meant by',
    "what(?:'|’)?s",
    'what (?:is|are)',
    'define',
    '(?:the )?(?:definition|meaning) of',
    'co to (?:jest|sa|znaczy|oznacza|za)',
    // not "co to było" (what it was: a fact recalled, round 66)
    // nor "co to rozpisywał" (what the text did: a past verb; round 66)
    'co to(?! (?:byl|byla|bylo|byly|bedzie|\\p{L}{3,}(?:al|il|yl)(?:a|o|i|y)?)(?![\\p{L}]))',
    // not "na czym są zbudowane" (on what they are built)
    '(?<!(?:na|o|z|w|po|nad|pod|przed) )czym (?:jest|sa)',
    'co (?:znaczy|oznacza)',
    'definicja',
    'что (?:такое|значит|означает|это за)',
    'определение',
    'дефиниция',
    'chto (?:takoe|znachit|oznachaet)',
  ].join('|')})\\s+(?<term>(?:[^?!.;:,()/]|[.,](?=\\S))+)`,
  'gu',
);

/** "What does X mean / stand for": the term between the asking words. */
const ASK_AROUND =
  /(?:^|[^\p{L}\p{N}])what (?:does|do) (?<term>(?:[\p{L}\p{N}.'’-]+\s+){0,2}[\p{L}\p{N}.'’-]+) (?:mean|stand for)(?![\p{L}\p{N}])/u;

/** The term before its asking words, at the question's start ("omnichannel – co to?", "LTE что это такое"). */
const ASK_AFTER = new RegExp(
  `^\\s*(?<term>(?:[\\p{L}\\p{N}.'’-]+\\s+){0,2}[\\p{L}\\p{N}.'’-]+)\\s*[-–—:]?\\s*(?:co to|definicja|что это|что такое|definition|meaning|chto eto)(?![\\p{L}\\p{N}])`,
  'u',
);

/** Words that end a term: a conjunction, a preposition or a filler ("EDGE and its speed", "SLA в поддержке"). */
const ENDS_TERM = new Set(
  (
    'and or in on at for of to from with by exactly actually really like please pls in simple words ' +
    'i oraz czy lub albo w we na dla z ze do od przy wedlug wg dokladnie wlasciwie prosze ' +
    'и или а в во на для с со по из от у при согласно простыми коротко кратко именно вообще ли'
  ).split(' '),
);

/** Words of no term: articles, pronouns, the asking words' own nouns ("what is the definition", "what is it"). */
const NO_TERM = new Set(
  (
    'a an the this that these those it its his her their them he she they there one what s which how ' +
    // "what do you even mean" asks what the speaker meant, no term (a customer's quote: "What do you even mean by…")
    'you your u ya we us even ever actually really ' +
    'definition meaning term word thing kind type sort difference point idea best good ' +
    // the part of a figure asked ("what's the % part", "what's the catch"; round 77), no term
    'part bit catch deal gist percent percentage upside downside ' +
    // a figure asked ("whats the number on callers who hang up"; round 83), no term
    'number numbers figure figures ' +
    // …and the figure's own adjectives ("whats the actual number"; round 111)
    'actual real exact correct official acutal ' +
    'network networks siec sieci siecia standard standardy technology technologia system software program tool ' +
    // which generation of network asked ("co to za generacja sieci", "what generation is that"; round 81)
    'generation generations generacja generacji generacje поколение поколения ' +
    'сеть сети стандарт технология система программа ' +
    'ta ten to te ci on ona ono oni jego jej ich taki taka takie definicja znaczenie termin slowo roznica ' +
    'czesc haczyk procent ' +
    // which company or person asked ("ile to trwało i co to za firma?", "что за компания"; round 80), no term
    'firma firmy company brand marka gosc facet osoba guy person компания фирма человек ' +
    'co jak jaki jaka jakie jest sa za ' +
    'это эта этот эти то такое он она они его ее их определение значение термин слово разница что как какой ' +
    'часть подвох процент ' +
    'какая какое eto'
  )
    .split(' ')
    .map(foldText), // "какой" as the words are read, "какои"
);

/** A verb after the term's words: "what are gprs edge networks built on" asks how they are made, not what they are. */
const VERB =
  /^(?:\p{L}+ed|built|made|done|known|used|sold|run|mean|means|do|does|work|works|cost|costs|give|gives|daje|daja|da|robi|zmienia|ma|maja|znaczy|oznacza|kosztuje|\p{L}+(?:owane|owany|owana|one|ony|ona)|дает|дают|делает|меняет|значит|означает|стоит)$/u;

/** At most this many words make a term ("customer service quality"). */
const TERM_WORDS = 3;

/** A word's key: its first five letters (a shorter word whole). */
function keyOf(word: string): string {
  return word.length > 5 ? word.slice(0, 5) : word;
}

/** Articles a term may follow ("what is the 2.5G network"). */
const ARTICLE = new Set(['a', 'an', 'the']);

/**
 * The keys of a term read from the words after the asking words (`complete`: up to a word ending it) or before them,
 * or undefined when they are no term: a pronoun or a noun of asking ("what is it", "what is the difference"), or more
 * words before a verb ("what are gprs edge networks built on" asks no definition).
 */
function termKeys(words: readonly string[], complete: boolean): string[] | undefined {
  let from = 0;
  while (ARTICLE.has(words[from] ?? '')) from++;
  if (from >= words.length || NO_TERM.has(words[from] as string)) return undefined;
  const term: string[] = [];
  for (let i = from; i < words.length; i++) {
    const word = words[i] as string;
    if (ENDS_TERM.has(word)) break;
    if (complete && VERB.test(word)) return undefined;
    if (term.length === TERM_WORDS) {
      if (complete) return undefined;
      break;
    }
    term.push(word);
  }
  const content = term.filter((w) => !NO_TERM.has(w));
  if (content.length === 0) return undefined;
  const keys = valueList(content, (word) => keyOf(word));
  // "2.5 G" read as one word too
  if (content.length > 1) keys.push(keyOf(content.join('')));
  return keys;
}

/** The terms a folded text asks to have defined (their keys, one array a term). */
function termsAskedIn(folded: string): string[][] {
  const terms: string[][] = [];
  for (const match of folded.matchAll(ASK_BEFORE)) {
    const keys = termKeys(tokenize(match.groups?.term ?? '', 8), true);
    if (keys) terms.push(keys);
  }
  const around = ASK_AROUND.exec(folded);
  if (around) {
    const keys = termKeys(tokenize(around.groups?.term ?? '', 8), false);
    if (keys) terms.push(keys);
  }
  const after = ASK_AFTER.exec(folded);
  if (after) {
    const keys = termKeys(tokenize(after.groups?.term ?? '', 8), false);
    if (keys) terms.push(keys);
  }
  return terms;
}

/** Letters one of the asking phrasings holds, on the text as typed: most questions are passed over by this alone. */
const HINT = /what|define|definition|meaning|co to|czym|znaczy|oznacza|definic|что|определ|дефиниц|chto/iu;

/** The terms a question asks to have defined (see the module's comment), or undefined when it asks none. */
export function askedTerms(question: string, folded?: string): readonly (readonly string[])[] | undefined {
  if (!HINT.test(question)) return undefined;
  // a term said aloud is read as written: "что такое два с половиной джи" asks of 2.5G, not of "два"
  const terms = termsAskedIn(withSpokenDecimals(folded ?? foldText(question)));
  return terms.length > 0 ? terms : undefined;
}

/** Where a definition's subject ends in its first sentence: "X means", "X is", "X to", "X — это", "X — …". */
const SUBJECT_END = /\s(?:means|is|are|refers to|to|jest|—|–|-)\s/u;

const defined = new WeakMap<Entry, ReadonlySet<string>>();

/** The keys of the terms a definition defines, read once per entry. */
export function definedTermKeys(entry: Entry): ReadonlySet<string> {
  let keys = defined.get(entry);
  if (keys) return keys;
  const set = new Set<string>();
  for (const lang of LANGS) {
    const text = entry.text[lang];
    if (!text) continue;
    const first = foldText(text.split(/(?<=[.!?])\s/u)[0] ?? '');
    const end = SUBJECT_END.exec(first);
    const subject = end ? first.slice(0, end.index) : first;
    for (const word of tokenize(subject, 12)) if (!NO_TERM.has(word)) set.add(keyOf(word));
    for (const phrasing of entry.phrasings[lang] ?? [])
      for (const term of termsAskedIn(foldText(phrasing))) for (const key of term) set.add(key);
  }
  defined.set(entry, (keys = set));
  return keys;
}

/** Two keys one letter apart at most (a typo: "miste" and "myste"), or equal. */
function near(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 4) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i + (a.length >= b.length ? 1 : 0));
  const restB = b.slice(i + (b.length >= a.length ? 1 : 0));
  return restA === restB;
}

/**
 * Whether a definition, or a metric (which defines its measure), defines none of the terms asked and its own term is
 * not named elsewhere in the question (`questionWords`, folded); any other kind of entry is not judged here (a tip asked "what is X" is told apart by the kind asked).
 */
export function definesNoneAsked(
  entry: Entry,
  terms: readonly (readonly string[])[],
  questionWords: readonly string[] = [],
): boolean {
  if (entry.kind !== 'definition' && entry.kind !== 'metric')
    return asksShortTermUnnamed(entry, terms, questionWords);
  const keys = definedTermKeys(entry);
  for (const term of terms) for (const key of term) for (const own of keys) if (near(key, own)) return false;
  // The entry's own term named whole elsewhere in the question asks it too ("что такое EDGE и при чём тут 2.5G"):
  // the definition that places the asked neighbour beside its term answers both.
  return !namesOwnTerm(entry, questionWords);
}

/** Whether every word of the entry's term, in some language, is among the question's words (by key, a typo apart). */
function namesOwnTerm(entry: Entry, questionWords: readonly string[]): boolean {
  if (questionWords.length === 0) return false;
  const asked = questionWords.map(keyOf);
  for (const lang of LANGS) {
    const term = entry.term?.[lang];
    if (!term) continue;
    const words = tokenize(term, TERM_WORDS + 1).filter((w) => !NO_TERM.has(w));
    if (words.length > 0 && words.every((w) => asked.some((key) => near(key, keyOf(w))))) return true;
  }
  return false;
}

/** At most this many words make a bare ask of a term. */
const TERSE_ASK_WORDS = 4;

/** A short term of one word: an abbreviation ("FCR", "NPS", "SLA", "2.5G"). */
const SHORT_TERM = /^[\p{L}\p{N}.]{2,5}$/u;

/** The folded words of an entry's texts in every language, read once per entry. */
const textWords = new WeakMap<Entry, ReadonlySet<string>>();

function wordsOfTexts(entry: Entry): ReadonlySet<string> {
  let words = textWords.get(entry);
  if (words) return words;
  const set = new Set<string>();
  for (const lang of LANGS) for (const word of tokenize(foldText(entry.text[lang] ?? ''), 400)) set.add(word);
  textWords.set(entry, (words = set));
  return words;
}

/**
 * Whether an entry of another kind than a definition is asked to define only abbreviations its texts never name:
 * round 57's "fcr co to" was answered with the one-chance-per-call tip, which a taught phrasing ("FCR tip: pick up
 * fast…") linked to the word, though nothing in the base says what FCR is.
 */
function asksShortTermUnnamed(
  entry: Entry,
  terms: readonly (readonly string[])[],
  questionWords: readonly string[],
): boolean {
  // Only a bare ask ("fcr co to", "what is NPS"): in a longer one "what's the exact %" or "co to za liczby" reads a
  // short common word as the term.
  if (questionWords.length === 0 || questionWords.length > TERSE_ASK_WORDS) return false;
  if (!terms.every((term) => term.length === 1 && SHORT_TERM.test(term[0] as string))) return false;
  const words = wordsOfTexts(entry);
  return !terms.some((term) => words.has(term[0] as string));
}

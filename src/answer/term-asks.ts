// A question asking for the name of a concept it describes ("what's it called when a company hires someone to act
// like a normal customer", "jak się nazywa osoba, która udaje klienta", "как называется, когда клиент жалуется
// знакомым"): the words of the ask (called, nazywa, называется, term) weigh nothing, and the entry to find is the
// definition whose text the description matches, though the question never names its term.
// Hand-written: a few phrasings per language; no library tells a question asking for a term from one using it.
import { foldText, withoutDiscordMarkup } from './normalize.js';
import { wholePhrases } from './word-bounds.js';

/** A whole-phrase match over folded text (`\b` knows only ASCII letters in JavaScript, so lookarounds). */
function phrases(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

/** What a described concept is: "it", "that", "this" (not a named thing: "what is Zappos's CEO called"). */
const IT_EN = '(?:it|that|this|they|those|these|such a (?:person|thing)|someone like that)';
const TERM_EN = '(?:word|term|name|phrase|expression)';
const TERM_PL = '(?:termin|nazwa|nazwe|okreslenie|slowo|pojecie)';
const TERM_RU = '(?:термин|слово|название|понятие|определение)';

const TERM_ASK = phrases(
  // English
  `what(?:['’]?s| is| are|re)? ${IT_EN}(?: \\p{L}+)?? called`,
  `whats? (?:\\p{L}+ )?called`,
  `how (?:is|are) ${IT_EN} called`,
  `what (?:do|would|should|did) (?:you|we|they|people|marketers|companies) call (?:it|that|this|them|someone|a person|people)`,
  `how do (?:you|we) call (?:it|that|this|them|someone)`,
  `(?:what(?:['’]?s| is)|is there|there(?:['’]?s| is)|need|know|remember) (?:a |an |the |that |this )?(?:\\p{L}+ )?${TERM_EN} for`,
  `(?:the|a) (?:proper |official |right |correct |technical )?${TERM_EN} for (?:it|that|this|when|someone|a person|people|customers|the)`,
  // Polish (folded: no diacritics)
  'jak (?:to |ta |ten |taka |taki |one |oni )?(?:sie )?nazywa(?:ja|my|cie|c|ne)?(?: sie)?',
  'jak (?:to |ja |go |ich )?(?:nazwac|nazywamy|nazywaja|okreslic|okreslamy)',
  'jak (?:sie )?mowi na',
  // the object before the verb: "jak się na taką osobę mówi" (round 65)
  'jak (?:sie )?na (?:\\p{L}+ ){0,2}?mowi\\p{L}*',
  'jak (?:sie )?fachowo (?:mowi|nazywa)',
  `jak(?:i|a|ie) (?:jest |byl |to )?(?:fachow\\p{L}* )?${TERM_PL} (?:na|dla)`,
  `(?:fachow\\p{L}* )?${TERM_PL} na (?:to|osob\\p{L}*|kogos|sytuacj\\p{L}*|zjawisk\\p{L}*|klient\\p{L}*|firm\\p{L}*)`,
  // Russian (folded: е for ё, и for й) and in Latin letters
  'как (?:это |такое |он |она |они |их |его |ее |такого |таких )?(?:правильно )?называ(?:ется|ются|ют|ть|ли|ем)',
  'как (?:это |их |его |ее )?назвать',
  `(?:есть ли |есть )?(?:как\\p{L}* )?${TERM_RU} (?:для|на)`,
  `как\\p{L}* (?:это )?${TERM_RU}`,
  'kak (?:eto |takoe )?nazyva\\p{L}*',
);

/** Letters each phrasing holds, on the text as typed: most questions are passed over by this alone. */
const HINT =
  /call|word|term|name|phrase|expression|nazyw|nazw|nazyv|okresl|slow|słow|mowi|mówi|pojęc|pojec|назыв|назв|термин|слово|поняти|определени/iu;

/** Whether the question asks for the name of a concept it describes (see the module's comment). */
export function asksForTerm(question: string): boolean {
  if (!HINT.test(question)) return false;
  return TERM_ASK.test(foldText(withoutDiscordMarkup(question)));
}

/**
 * Whether a question word only says that a term is wanted (called, word, nazywa, называется; read in Cyrillic too,
 * for Russian typed in Latin letters): in a question asking for a term it tells nothing of what the term is.
 */
export function isTermAskWord(word: string): boolean {
  return ASK_WORDS.test(word);
}

/**
 * The words of a phrasing that name the ask itself, not the pronouns and verbs around them; "правильно" in "как это
 * правильно называется" says which name is wanted, not what the concept is (round 65).
 */
const ASK_WORDS = new RegExp(
  `^(?:call|called|calls|${TERM_EN}s?|${TERM_PL}|${TERM_RU}|nazyw\\p{L}*|nazwac|okresl\\p{L}*|fachow\\p{L}*|mowi|называ\\p{L}*|назвать|nazyva\\p{L}*|правильно|properly|correctly|poprawnie)$`,
  'u',
);

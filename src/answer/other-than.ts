// Something else asked besides a fact the asker already has: "Что ещё Джефф Безос говорил о клиентах, кроме фразы про
// шесть тысяч?", "co jeszcze mówi Kolsky, poza tym 1 na 26?", "what else besides waiting time should we measure?". The
// words of the fact set aside are what is not asked: an entry that matches most of them is the fact the asker has, and
// answers nothing new (`detailMissing`, see evidence.ts). Round 44-ru answered the Bezos ask above with that very
// quote at 0.90.
// Hand-written: a few words per language on folded text; no library reads what a question sets aside.
import { tokenize } from './normalize.js';
import { isStopword } from './stopwords.js';
import { wholePhrases } from './word-bounds.js';

/** "Else", "more", "other" said of the ask. */
const ELSE = wholePhrases([
  'else|other|another|more',
  'jeszcze|inne\\p{L}*|innego|wiecej',
  'еще|ещё|друг\\p{L}*|больше',
  'eshche|eshe|drug\\p{L}*',
]);

/** The word setting a fact aside, the fact's words after it (up to a clause's end). */
const BESIDES = wholePhrases([
  'besides|apart from|aside from|other than|except(?: for)?',
  'oprocz|poza|procz|z wyjatkiem',
  'кроме|помимо|за исключением',
  'krome|pomimo',
]);

/** Where the set-aside fact ends. */
const CLAUSE_END = /[?!.;]|\s[—–-]\s/u;

/** At most this many words name the fact set aside. */
const ASIDE_WORDS = 8;

/** Letters one of the words setting a fact aside holds, on the text as typed: most questions lack them all. */
const HINT =
  /besides|apart|aside|other than|except|opr[oó]cz|poza|pr[oó]cz|wyj[aą]tk|кроме|помимо|исключени|krome|pomimo/iu;

/** The folded words of a fact set aside while something else is asked (see the module's comment); none otherwise. */
export function setAsideWords(question: string, folded: string): ReadonlySet<string> {
  const words = new Set<string>();
  if (!HINT.test(question) || !ELSE.test(folded)) return words;
  const match = BESIDES.exec(folded);
  if (!match) return words;
  const rest = folded.slice(match.index + match[0].length);
  const end = CLAUSE_END.exec(rest);
  for (const word of tokenize(end ? rest.slice(0, end.index) : rest, ASIDE_WORDS))
    if (!isStopword(word)) words.add(word);
  return words;
}

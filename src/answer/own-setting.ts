// The asker's own workplace or country named beside a question ("we run a hotel front desk", "hotel here", "у нас гостиница",
// "prowadzimy recepcję hotelową"): the trade word says where the asker will apply the fact, not that a figure for
// that trade is asked, so it is no attribute the entry lacks (see focus.ts). "What % of hotel guests complain?"
// names no workplace of the asker's and still asks for a figure the entry does not give.
// Hand-written: a short three-language list of first-person markers; no library reads who a phrase is about.
import { isPlaceWord, isSettingWord } from './focus.js';
import { foldText, tokenize } from './normalize.js';
import { statesOwnQuantity } from './own-quantities.js';
import { headingLength } from './trade-heading.js';

/**
 * Folded words that make the next few words the asker's own: we, our, I'm, nasz, prowadzimy, у нас, мы, наш; and a
 * job interview's or hiring's words, whose workplace is the asker's to be ("interview at an online pharmacy").
 */
const OWN_MARKER =
  /^(?:we|our|ours|us|i|m|my|nasz\p{L}*|moj\p{L}*|prowadzimy|prowadze|mamy|jestesmy|jestem|pracuje|pracujemy|нас|наш\p{L}*|мы|мо[ияею]\p{L}*|работаю|работаем|interview\p{L}*|hiring|recruit\p{L}*|rekrut\p{L}*|собеседовани\p{L}*)$/u;

/** The asker's own wish in the first person: "chcę", "хочу". */
const SPEAKING = /^(?:chce|chcemy|chcialbym|chcialabym|хочу|хотим|хотел|хотела)$/u;

/** Folded words after a trade word that say it is the asker's own ("hotel here"). */
const HERE = /^(?:here|tutaj|tu|тут|здесь)$/u;

/** A team's word between its trade and "here" ("pharmacy line here", "bank desk here"; round 145). */
const TEAM =
  /^(?:line|desk|team|support|chat|helpdesk|office|counter|branch|infolinia|dzial|zespol|linia|отдел|линия|команда)$/u;

/**
 * Folded verbs of hearing or mentioning that make a channel word near them the place where the asker came across the
 * fact, not the fact's setting: "ktoś na czacie o niej wspomniał", "someone in the chat brought it up", "раз уж об
 * этом спросили в чате", "кто-то в чате сослался на Gartner".
 */
const HEARD_MARKER =
  /^(?:mention\p{L}*|brought|said|says|asked|asks|posted|posts|wrote|writes|heard|comments?|reviews?|komentarz\p{L}*|opini\p{L}*|recenzj\p{L}*|pisze|пишет|пишут|отзыв\p{L}*|коммент\p{L}*|wspomn\p{L}*|wspomin\p{L}*|pyta\p{L}*|zapyta\p{L}*|pisa\p{L}*|napisa\p{L}*|slysza\p{L}*|uslysza\p{L}*|mowil\p{L}*|powiedzia\p{L}*|упомян\p{L}*|упомина\p{L}*|спрашива\p{L}*|спросил\p{L}*|писал\p{L}*|написал\p{L}*|слышал\p{L}*|услышал\p{L}*|сказал\p{L}*|говорил\p{L}*|quoted|quotes|cited|cites|cytowal\p{L}*|cytuj\p{L}*|powolal\p{L}*|powoluj\p{L}*|сослал\p{L}*|ссылал\p{L}*|ссыла[ею]т\p{L}*|цитировал\p{L}*|цитиру\p{L}*)$/u;

/** How many words before a trade word a first-person marker may stand ("we run a hotel": three). */
const WINDOW = 3;

/** The folded trade or country words of a question that name the asker's own workplace or country. */
export function ownSettingWords(
  question: string,
  words: readonly string[] = tokenize(question, 200),
): ReadonlySet<string> {
  const own = new Set<string>();
  // "bank, infolinia: ile procent klientów…": a trade in the message's label is the asker's own (trade-heading.ts)
  const heading = headingLength(question);
  const labelled = heading === 0 ? undefined : new Set(tokenize(question.slice(0, heading), 8));
  // Whether the asker tells numbers of their own ("В чате за месяц 900 покупателей…"; round 147): read once, where a
  // setting word stands, for most questions hold none.
  let ownNumbers: boolean | undefined;
  words.forEach((word, i) => {
    if (!isSettingWord(word)) return;
    // a country in the label ("Germany numbers: what % switched?") is the market asked, never the asker's trade
    if (labelled?.has(word) === true && !isPlaceWord(word)) {
      own.add(word);
      return;
    }
    const before = words.slice(Math.max(0, i - WINDOW), i);
    // A possessive's "s" is no word of the window: "the hotel group's interviewer asked me" (round 162).
    const after = words
      .slice(i + 1, i + 2 + WINDOW)
      .filter((w) => w !== 's')
      .slice(0, WINDOW);
    const around = [...before, ...after];
    if (
      before.some((w) => OWN_MARKER.test(w)) ||
      // the asker speaking right after it: "Na desku lojalnościowym w hotelu chcę powiesić…" (round 91)
      words.slice(i + 1, i + 3).some((w) => SPEAKING.test(w)) ||
      HERE.test(words[i + 1] ?? '') ||
      // a channel or trade beside the asker's own numbers is where they were counted; a country stays the market asked
      (!isPlaceWord(word) && (ownNumbers ??= statesOwnQuantity(foldText(question)))) ||
      (TEAM.test(words[i + 1] ?? '') && HERE.test(words[i + 2] ?? '')) ||
      around.some((w) => HEARD_MARKER.test(w))
    )
      own.add(word);
  });
  return own;
}

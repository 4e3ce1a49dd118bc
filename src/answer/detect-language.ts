// Guesses the language of a question: Cyrillic is Russian; Latin script is Polish or English by its words.
import type { Lang } from '../kb/schema.js';
import { hasPolishDiacritics, isCyrillic, tokenize } from './normalize.js';
import { STOPWORDS } from './stopwords.js';
import { looksTransliterated } from './translit.js';

/** Words of each language seen in the knowledge base, folded; used to tell Polish without diacritics from English. */
export interface Vocabulary {
  pl: WordSet;
  en: WordSet;
}

/** Only membership is asked of a vocabulary (a Set or the index's sorted word list both answer it). */
export interface WordSet {
  has(word: string): boolean;
}

/** Returns the question's language, or undefined when it gives no clue (then the user's locale decides). */
export function detectLanguage(question: string, vocabulary?: Vocabulary): Lang | undefined {
  const words = tokenize(question);
  if (words.length === 0) return undefined;
  const cyrillic = words.filter(isCyrillic).length;
  if (cyrillic > 0 && cyrillic >= words.length / 2) return 'ru';
  if (hasPolishDiacritics(question)) return 'pl';
  if (
    looksTransliterated(
      words.filter((w) => !isCyrillic(w)),
      question,
    )
  )
    return 'ru';
  let pl = 0;
  let en = 0;
  for (const word of words) {
    if (isCyrillic(word) || /^\d+$/.test(word)) continue;
    const inPl = STOPWORDS.pl.has(word) || (vocabulary?.pl.has(word) ?? false);
    const inEn = STOPWORDS.en.has(word) || (vocabulary?.en.has(word) ?? false);
    if (inPl && !inEn) pl += 1;
    else if (inEn && !inPl) en += 1;
    else if (!inPl && !inEn) {
      // Endings that English words do not have are a good hint for Polish typed without diacritics.
      if (
        /(ow|ych|ami|ach|ego|emu|cie|sz|cz|rz|owac|anie|enie|osc|ie)$/.test(word) ||
        /(sz|cz|rz|dz|ch)/.test(word)
      )
        pl += 0.5;
    }
  }
  if (pl === 0 && en === 0) return undefined;
  // English loanwords are common in Polish support talk ("churn klientow", "helpdesk porady"); Polish words in an
  // English question are not. So a tie with any Polish word is Polish.
  return pl >= en ? 'pl' : 'en';
}

/** A text's language as detectLanguage read it, handed on so that the same text is not read twice. */
export interface QuestionLanguage {
  text: string;
  lang: Lang | undefined;
}

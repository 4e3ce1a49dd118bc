// Turns text into index terms: fold, split into words, drop stop words, stem per language.
import type { Lang } from '../kb/schema.js';
import { isCyrillic, tokenize } from './normalize.js';
import { isStopword, KIND_WORDS } from './stopwords.js';
import { stemWord } from './stem.js';

/** The words of a text as written (folded, no stop words): matched against typos of inflected forms. */
export function surfaceWords(text: string, limit = 400): string[] {
  return tokenize(text, limit).filter((w) => !isStopword(w));
}

/** Index terms of a text whose language is known (knowledge-base fields). */
export function analyzeText(text: string, lang: Lang, limit = 400): string[] {
  return tokenize(text, limit)
    .filter((w) => !isStopword(w))
    .map((w) => stemWord(w, lang));
}

/** One word of a question with the stems it may stand for (a Latin word of unknown language gets both pl and en stems). */
export interface QueryWord {
  word: string;
  stems: string[];
}

/** The content words of a question; at most 24, so a pasted essay stays cheap. */
export function analyzeQuestion(question: string, lang: Lang | undefined): QueryWord[] {
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  for (const word of tokenize(question, 200)) {
    if (isStopword(word) || KIND_WORDS.has(word) || seen.has(word)) continue;
    if (word.length < 2 && !/^\d$/.test(word)) continue;
    seen.add(word);
    const langs: Lang[] = isCyrillic(word) ? ['ru'] : lang && lang !== 'ru' ? [lang] : ['pl', 'en'];
    // The word as typed joins its stems, so that a typo can still meet the inflected form it misspells.
    words.push({ word, stems: [...new Set([...langs.map((l) => stemWord(word, l)), word])] });
    if (words.length >= 24) break;
  }
  return words;
}

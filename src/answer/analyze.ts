// Turns text into index terms: fold, split into words, drop stop words, stem per language.
import type { Lang } from '../kb/schema.js';
import { isCyrillic, tokenize } from './normalize.js';
import { isStopword } from './stopwords.js';
import { stemWord } from './stem.js';

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
    if (isStopword(word) || seen.has(word)) continue;
    if (word.length < 2 && !/^\d$/.test(word)) continue;
    seen.add(word);
    const langs: Lang[] = isCyrillic(word) ? ['ru'] : lang && lang !== 'ru' ? [lang] : ['pl', 'en'];
    words.push({ word, stems: [...new Set(langs.map((l) => stemWord(word, l)))] });
    if (words.length >= 24) break;
  }
  return words;
}

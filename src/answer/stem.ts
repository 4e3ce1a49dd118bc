// Reduces a folded word to the stem the index uses, per language (snowball for en/ru, our light stemmer for pl).
import snowball from 'snowball-stemmers';
import type { Lang } from '../kb/schema.js';
import { stemPolish } from './polish-stemmer.js';
import { canonicalStem } from './synonyms.js';

const english = snowball.newStemmer('english');
const russian = snowball.newStemmer('russian');

// Stemming is the costliest step of indexing and the vocabulary repeats, so stems are remembered (bounded).
const MAX_REMEMBERED = 200_000;
const remembered: Record<Lang, Map<string, string>> = { pl: new Map(), en: new Map(), ru: new Map() };

export function stemWord(word: string, lang: Lang): string {
  if (/^\d/.test(word)) return word;
  const cache = remembered[lang];
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = canonicalStem(
      lang === 'ru' ? russian.stem(word) : lang === 'en' ? english.stem(word) : stemPolish(word),
      lang,
    );
    if (cache.size >= MAX_REMEMBERED) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}

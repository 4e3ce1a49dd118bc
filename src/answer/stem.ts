// Reduces a folded word to the stem the index uses, per language (snowball for en/ru, our light stemmer for pl).
import snowball from 'snowball-stemmers';
import type { Lang } from '../kb/schema.js';
import { stemPolish } from './polish-stemmer.js';
import { canonicalStem } from './synonyms.js';

const english = snowball.newStemmer('english');
const russian = snowball.newStemmer('russian');

export function stemWord(word: string, lang: Lang): string {
  if (/^\d/.test(word)) return word;
  const stem = lang === 'ru' ? russian.stem(word) : lang === 'en' ? english.stem(word) : stemPolish(word);
  return canonicalStem(stem, lang);
}

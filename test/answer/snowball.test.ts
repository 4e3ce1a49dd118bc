// The stemmers loaded from snowball-stemmer.jsx's plain scripts stem as its CommonJS builds do (the same code less
// the `exports` lines), on every word of the shipped knowledge base.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { englishStemmer, russianStemmer, type SnowballStemmer } from '../../src/answer/snowball.js';
import { foldedWords, foldText } from '../../src/answer/normalize.js';
import { loadShippedKb } from '../fixtures/engines.js';

const require = createRequire(import.meta.url);
const commonJs = (language: string, className: string): SnowballStemmer => {
  const Stemmer = (
    require(`snowball-stemmer.jsx/dest/${language}-stemmer.common.js`) as Record<string, unknown>
  )[className] as new () => SnowballStemmer;
  return new Stemmer();
};

describe('snowball stemmers', () => {
  it('stem every word of the shipped base as the package CommonJS builds do', async () => {
    const shipped = await loadShippedKb();
    const pairs: [SnowballStemmer, SnowballStemmer, 'en' | 'ru'][] = [
      [englishStemmer(), commonJs('english', 'EnglishStemmer'), 'en'],
      [russianStemmer(), commonJs('russian', 'RussianStemmer'), 'ru'],
    ];
    for (const [ours, theirs, lang] of pairs) {
      const words = new Set(
        shipped.entries.flatMap((entry) => foldedWords(foldText(entry.text[lang] ?? ''), 10_000)),
      );
      expect(words.size).toBeGreaterThan(500);
      for (const word of words) expect(ours.stemWord(word)).toBe(theirs.stemWord(word));
    }
  });
});

// Advice asked and no figure ("co radzili na barierę językową?", "what's the tip", "что советуют"): the people of a
// country in the asker's story ("mamy coraz więcej Czechów i Ukraińców przy kasie") are then the setting of the tip
// asked, not a country whose figure is asked (rounds 118, 127, 128: the language tip declined at 0.001-0.002).
// Hand-written: a few phrasings per language on folded text; no library tells advice asked from a figure asked.
import { wholePhrases } from './word-bounds.js';

const ADVICE_ASKED = wholePhrases([
  '(?:co|jak) (?:\\p{L}+ )?(?:radz\\p{L}*|radzil\\p{L}*|doradz\\p{L}*|zaleca\\p{L}*|polecal\\p{L}*)',
  '(?:jaki|jaka) (?:byl |byla |jest )?(?:tip|rada|patent|sposob|porada|zasada)',
  "what(?:['’]?s| is| was) the (?:tip|advice|rule|fix)",
  'what (?:do|did|does) (?:they|the guide|the article|the kb|it) (?:advise|recommend|suggest)',
  'что (?:там )?(?:советуют|советовали|советует|рекомендуют|рекомендовали)',
  '(?:какой|какои) (?:был |там )?(?:совет|лаифхак|рецепт)',
]);
const FIGURE_ASKED = wholePhrases([
  'ile|ilu|jaki procent|sredni\\p{L}*|how many|how much|what percent\\p{L}*|average',
  'сколько|какой процент|какои процент|средн\\p{L}*',
]);

/** Whether a question (folded) asks advice and no figure. */
export function asksAdviceOnly(folded: string): boolean {
  return ADVICE_ASKED.test(folded) && !FIGURE_ASKED.test(folded);
}

// A figure the asker only half remembers ("almost 90% of those who hit bad service do what?", "где-то 5%?", "coś koło
// 10?", "mi się wydaje, że ok. 5", "~1 in 25") is a guess at the entry's figure, not a figure of its own: an entry whose
// headline is near it (86 %, about 4 %, 15 people, 6–7×) does not lack it. The hedge before the number says so; the
// chat-slang reader drops it before the figures are read (chat-slang.ts), so it is read here on the question as typed.
// Hand-written: a few hedge words per language; no library reads how sure an asker is of a number.
import { foldedPattern } from './fold-text.js';
import type { StatedFigures } from './figures.js';
import { withSpelledNumbers } from './number-words.js';
import { NOT_AFTER_WORD } from './word-bounds.js';

/**
 * How far a remembered figure may be from the one stated: what rounding it gives, half its leading digit's unit (90 or
 * 80 for 86, 10 or 20 for 15, 2,000 for 2,300), a tenth of the larger, or 1 (5 for 4); no more. A third of the larger
 * read "около 70%" as a guess at 86 % and answered it as sure: 70 is another figure, not 86 misremembered.
 */
const NEAR_SHARE = 0.1;

function nearBy(a: number, n: number): number {
  const larger = Math.max(a, n);
  const unit = larger > 0 ? 10 ** Math.floor(Math.log10(larger)) : 1;
  return Math.max(1, unit / 2, NEAR_SHARE * larger);
}

const HEDGED = new RegExp(
  `(?:${NOT_AFTER_WORD}(?:${[
    'about|around|roughly|approximately|circa|nearly|almost|close to|something like|like',
    'ok|okolo|kolo|rzedu|mniej wiecej|prawie|blisko|jakies|gdzies|chyba',
    'около|порядка|примерно|приблизительно|почти|где-то|где то|вроде|под',
  ].join('|')})\\.?|~)\\s*~?\\s*(\\d{1,3}(?:[ ,]\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)?)`,
  'gu',
);

/**
 * A round number with its units left vague ("sixty-something", "60-odd", "sześćdziesiąt parę", "шестьдесят с чем-то",
 * "с лишним"): a figure somewhere in that decade, read as its middle (see nearBy: the decade is near it).
 */
const VAGUE_UNITS = foldedPattern(
  /(?<![\d.,])([1-9]0)\s*-?\s*(?:something|odd|ish|kilka|pare|z hakiem|с чем[- ]?то|с лишним|с хвостиком|с копейками)(?![\p{L}\p{N}])/gu,
);

/**
 * The numbers a question hedges, as written (thousands grouped by a comma or a space read whole) or said in words
 * ("около шестидесяти", "sixty-something"), on folded text.
 */
export function approximateNumbers(foldedText: string): number[] {
  const folded = withSpelledNumbers(foldedText);
  if (!/\d/u.test(folded)) return [];
  const numbers: number[] = [];
  for (const match of folded.matchAll(VAGUE_UNITS)) numbers.push(Number(match[1]) + 5);
  for (const match of folded.matchAll(HEDGED)) {
    const written = match[1] as string;
    const value = /^\d{1,3}(?:[ ,]\d{3})+$/u.test(written)
      ? Number(written.replace(/\D/gu, ''))
      : Number(written.replace(',', '.'));
    // A lone 1 is mostly "1 in N" or "~1 billion": its other number tells the figure.
    if (Number.isFinite(value) && value > 1) numbers.push(value);
  }
  return numbers;
}

/** Whether a hedged number is near one of a headline's numbers (within rounding, see nearBy). */
export function nearHeadline(approximate: readonly number[], headline: StatedFigures): boolean {
  for (const a of approximate)
    for (const n of headline.numbers) if (Math.abs(a - n) <= nearBy(a, n)) return true;
  return false;
}

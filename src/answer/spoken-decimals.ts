// Decimals said aloud, as phone speech-to-text writes them ("four point seven trillion", "dwa przecinek pięć", "два с
// половиной", "two and a half"), read as the digits entries state (4.7, 2.5); and a mobile network's generation said
// so ("dwa i pół g", "два с половиной джи") as it is written (2.5g). Round 29: "four point seven trillion what is that
// number" never met the entry stating $4.7 trillion. On folded text.
// Hand-written: a few decimal words per language; the number words are number-tables.ts's.
import { tableAlternatives, TEENS, TENS, UNITS, valueOf } from './number-tables.js';

const POINT = 'point|przecinek|запятая|целых';
const HALF = 'and\\s+a\\s+half|i\\s+pol|с\\s+половин\\p{L}*';
/** The letter G said after a number ("g", "gee", "gie", "dżi", "джи"). */
const G = 'g|gee|gie|dzi|dzy|джи';

const UNIT = UNITS.map(tableAlternatives).join('|');
const DIGIT = `zero|oh|ноль|нуль|${UNIT}`;
/** A whole number said in words (tens with their unit, a teen, a unit) or written in digits. */
const WHOLE = `\\d+|(?:${TENS.map(tableAlternatives).join('|')})(?:[\\s-]+(?:${UNIT}))?|${TEENS.map(tableAlternatives).join('|')}|${UNIT}`;
const SPOKEN_DECIMAL = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(${WHOLE})(?:\\s+(?:${POINT})((?:\\s+(?:${DIGIT}))+)|[\\s-]+(${HALF}))(?:\\s+(${G}))?(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * What every spoken decimal holds (a point word between spaces, "half", "i pół" ending a word, "половин"): most texts
 * are passed over by this alone. A bare "pol" let half of all entries' texts (polski, społeczny) through to the
 * pattern, the most of what reading an entry's figures cost. Tried in two steps: the first's alternatives start with
 * letters (searched fast), the second, exact, only on what the first lets through.
 */
const SPOKEN_DECIMAL_LETTERS = /(?:point|przecinek|запятая|целых)\s|half|pol(?![\p{L}\p{N}])|половин/u;
const SPOKEN_DECIMAL_HINT = /\s(?:point|przecinek|запятая|целых)\s|half|i\s+pol(?![\p{L}\p{N}])|половин/u;

function wholeValue(said: string): number | undefined {
  if (/^\d+$/u.test(said)) return Number(said);
  const [first = '', second] = said.split(/[\s-]+/u);
  const tens = valueOf(first, TENS);
  if (tens !== undefined) return tens + (second === undefined ? 0 : (valueOf(second, UNITS) ?? 0));
  return valueOf(first, TEENS) ?? valueOf(first, UNITS);
}

const ZERO: [RegExp, number] = [/^(?:zero|oh|ноль|нуль)$/u, 0];

/** The folded text with its spoken decimals as digits ("four point seven" -> "4.7"); as it was when it has none. */
export function withSpokenDecimals(folded: string): string {
  if (!SPOKEN_DECIMAL_LETTERS.test(folded) || !SPOKEN_DECIMAL_HINT.test(folded)) return folded;
  return spokenDecimalsRead(folded);
}

/** withSpokenDecimals without its hint (exported for the test that the hint passes over no spoken decimal). */
export function spokenDecimalsRead(folded: string): string {
  return folded.replace(
    SPOKEN_DECIMAL,
    (said, whole: string, point: string | undefined, half: string | undefined, g: string | undefined) => {
      const value = wholeValue(whole);
      if (value === undefined) return said;
      let fraction = half !== undefined ? '5' : '';
      for (const word of (point ?? '').trim().split(/\s+/u).filter(Boolean)) {
        const digit = valueOf(word, [ZERO, ...UNITS]);
        if (digit === undefined) return said;
        fraction += String(digit);
      }
      return `${value}.${fraction}${g === undefined ? '' : 'g'}`;
    },
  );
}

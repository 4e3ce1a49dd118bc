// Decimals said aloud, as phone speech-to-text writes them ("four point seven trillion", "dwa przecinek pięć", "два с
// половиной", "two and a half"), read as the digits entries state (4.7, 2.5); and a mobile network's generation said
// so ("dwa i pół g", "два с половиной джи") as it is written (2.5g). Round 29: "four point seven trillion what is that
// number" never met the entry stating $4.7 trillion. On folded text.
// Hand-written: the number words of number-words.ts's tables and a few decimal words per language.
import { TEENS, TENS, UNITS } from './number-words.js';

/** The alternatives of a table pattern written `^(?:…)$`. */
const inner = ([pattern]: [RegExp, number]) => /^\^\(\?:(.*)\)\$$/u.exec(pattern.source)?.[1] ?? '(?!)';

const POINT = 'point|przecinek|запятая|целых';
const HALF = 'and\\s+a\\s+half|i\\s+pol|с\\s+половин\\p{L}*';
/** The letter G said after a number ("g", "gee", "gie", "dżi", "джи"). */
const G = 'g|gee|gie|dzi|dzy|джи';

/** Built on first use: number-words.ts, whose tables it reads, imports this file. */
let spokenDecimal: RegExp | undefined;

function spokenDecimalPattern(): RegExp {
  if (spokenDecimal !== undefined) return spokenDecimal;
  const unit = UNITS.map(inner).join('|');
  const digit = `zero|oh|ноль|нуль|${unit}`;
  // A whole number said in words (tens with their unit, a teen, a unit) or written in digits.
  const whole = `\\d+|(?:${TENS.map(inner).join('|')})(?:[\\s-]+(?:${unit}))?|${TEENS.map(inner).join('|')}|${unit}`;
  spokenDecimal = new RegExp(
    `(?<![\\p{L}\\p{N}.,])(${whole})(?:\\s+(?:${POINT})((?:\\s+(?:${digit}))+)|[\\s-]+(${HALF}))(?:\\s+(${G}))?(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return spokenDecimal;
}

function valueOf(word: string, table: [RegExp, number][]): number | undefined {
  for (const [pattern, value] of table) if (pattern.test(word)) return value;
  return undefined;
}

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
  if (!/point|przecinek|запятая|целых|half|pol|половин/u.test(folded)) return folded;
  return folded.replace(
    spokenDecimalPattern(),
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

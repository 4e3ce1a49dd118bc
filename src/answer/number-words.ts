// Numbers written as words ("twenty six", "шестьдесят шесть процентов", "piętnastu") read as digits, so a figure
// asked by its spoken number meets the entry stating it (figures.ts reads digits only). On folded text.
// Hand-written: the words around a number that make it a figure; the number words are number-tables.ts's (the npm
// number-word parsers each know one language). Not read: one to ten alone ("one of", "two questions", "пять советов" count things, not a
// figure), unless a percent or "times" follows ("six times cheaper", "szesc procent"), nor ordinals ("szesnastym").

import { tableAlternatives, TEENS, TENS, UNITS, valueOf } from './number-tables.js';
import { withSpokenDecimals } from './spoken-decimals.js';
import { wholePhrases } from './word-bounds.js';

/** After a lone unit, these make it a figure: a ratio ("one in"), a percentage or a multiple. */
export const FIGURE_AFTER = /^(?:in|na|percent\p{L}*|per|proc\p{L}*|процент\p{L}*|times|razy|раз|раза)$/u;
/**
 * A count of people after a unit from two up ("six other people", "sześciu osobom", "шести знакомым"): the
 * word-of-mouth figures are written so, and "one other…" is too often no figure to read one.
 */
export const PEOPLE_AFTER =
  /^(?:other|others|people|friends|persons|osob\p{L}*|ludzi|znajom\p{L}*|innym|innych|человек|люд\p{L}*|знаком\p{L}*|друз\p{L}*|других)$/u;

/** Letters every number word of the tables holds one of: most texts are passed over by this alone. */
export const HINT =
  /teen|ty\b|twelve|eleven|one|two|three|four|five|six|seven|eight|nine|ten|ascie|astu|dziest|dzies|dwa|dwie|dwoch|dwu|trzy|trzech|czter|piec|szesc|siedem|osiem|dziewiec|jede|надцат|двадцат|тридцат|сорок|десят|девяност|один|одн|два|две|три|четыр|пят|шест|сем|восем|девят/u;

/** Each table pattern's alternatives, as written inside its `^(?:…)$`. */
const TABLE_ALTERNATIVES = [...TENS, ...TEENS, ...UNITS].map(tableAlternatives);

/**
 * Any word of the three tables standing whole in a text (each table's pattern is `^(?:…)$`, its alternatives taken
 * out of the anchors): only these are read, where splitting a text into words and trying each word against the 27
 * patterns read an entry's figures at ~150 µs an entry, the first time a question naming a number met it. Tried
 * only where a number word can start (see nextNumberWord), as a sticky pattern.
 */
const NUMBER_WORD_AT = wholePhrases(TABLE_ALTERNATIVES, 'uy');

/** The top-level alternatives of a pattern's source (its `|` outside groups and classes). */
function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** Called as `charCodeAt.call(text, i)`: texts come in many string representations (see foldText's). */
const charCodeAt = String.prototype.charCodeAt;

/** Every number word's first three letters as one number (UTF-16 codes: first × 2³² + second × 2¹⁶ + third). */
const FIRST_THREE = new Set<number>();
/** Every number word's first letter (all are Latin or Cyrillic: codes under 0x500). */
const FIRST = new Uint8Array(0x500);
const key = (text: string, i: number): number =>
  charCodeAt.call(text, i) * 0x100000000 +
  charCodeAt.call(text, i + 1) * 0x10000 +
  charCodeAt.call(text, i + 2);
for (const alternative of TABLE_ALTERNATIVES.flatMap(topAlternatives)) {
  if (!/^[a-z\u0430-\u044f]{3}/u.test(alternative))
    throw new Error(`number-words.ts: "${alternative}" does not start with three plain letters`);
  FIRST[charCodeAt.call(alternative, 0)] = 1;
  FIRST_THREE.add(key(alternative, 0));
}

/** A plain Latin or Cyrillic letter or a digit: a number word cannot start after one (NOT_AFTER_WORD). */
function isPlainWordUnit(unit: number): boolean {
  return (
    (unit >= 0x61 && unit <= 0x7a) ||
    (unit >= 0x41 && unit <= 0x5a) ||
    (unit >= 0x30 && unit <= 0x39) ||
    (unit >= 0x410 && unit <= 0x44f) ||
    unit === 0x401 ||
    unit === 0x451
  );
}

/**
 * The next number word of a text from `from` on, as a global search with NUMBER_WORD_AT's pattern would find it: the
 * pattern is tried only where a word of the tables can start (at a word's start, its first three letters), not at
 * every character (the search of the whole alternation at each position was most of what reading an entry's figures
 * cost).
 */
function nextNumberWord(text: string, from: number): RegExpExecArray | null {
  for (let i = from; i < text.length - 2; i++) {
    const first = charCodeAt.call(text, i);
    if (first >= FIRST.length || FIRST[first] === 0) continue;
    if (i > 0 && isPlainWordUnit(charCodeAt.call(text, i - 1))) continue;
    if (!FIRST_THREE.has(key(text, i))) continue;
    NUMBER_WORD_AT.lastIndex = i;
    const match = NUMBER_WORD_AT.exec(text);
    if (match !== null) return match;
  }
  return null;
}

/** The separator after a word (a run of anything but letters and digits), and the word after that. */
const SEPARATOR_AT = /[^\p{L}\p{N}]+/uy;
const WORD_AT = /[\p{L}\p{N}]+/uy;

/** The word between a ratio's terms ("1 in 26", "1 na 26", "1 из 26"). */
export const RATIO_WORD = /^(?:in|na|из)$/u;

/** Whether a number (a word of the tables, or digits) starts after the separator at `at`. */
function numberFollows(folded: string, at: number): boolean {
  SEPARATOR_AT.lastIndex = at;
  const gap = SEPARATOR_AT.exec(folded)?.[0] ?? '';
  if (!/^\s+$/u.test(gap)) return false;
  WORD_AT.lastIndex = at + gap.length;
  const word = WORD_AT.exec(folded)?.[0] ?? '';
  return /^\d+$/u.test(word) || [UNITS, TEENS, TENS].some((table) => valueOf(word, table) !== undefined);
}

/** The word joining a range's two ends ("do", "to", "до"), when no dash does. */
export const RANGE_WORD = /^(?:do|to|до|or|lub|albo|или)$/u;

/**
 * Whether the unit read ending at `end`, followed by `separator` and `next`, is a range's first end whose second is a
 * figure: a dash or a range word, then a number (a word, or digits) that a percent or "times" follows.
 */
function startsFigureRange(folded: string, end: number, separator: string, next: string): boolean {
  let at = end + separator.length;
  const isNumber = (word: string) =>
    /^\d+$/u.test(word) || [UNITS, TEENS, TENS].some((table) => valueOf(word, table) !== undefined);
  // a dash, or a space between the ends when a question's words are read ("шесть-семь" split into two words)
  if (!/^\s*[-–—]\s*$/u.test(separator) && !(/^\s+$/u.test(separator) && isNumber(next))) {
    if (!RANGE_WORD.test(next) || !/^\s+$/u.test(separator)) return false;
    at += next.length;
    SEPARATOR_AT.lastIndex = at;
    at += SEPARATOR_AT.exec(folded)?.[0].length ?? 0;
  }
  WORD_AT.lastIndex = at;
  const second = WORD_AT.exec(folded)?.[0] ?? '';
  if (!isNumber(second)) return false;
  SEPARATOR_AT.lastIndex = at + second.length;
  const gap = SEPARATOR_AT.exec(folded)?.[0] ?? '';
  WORD_AT.lastIndex = at + second.length + gap.length;
  let after = WORD_AT.exec(folded)?.[0] ?? '';
  // "od pięciu do dwudziestu pięciu procent": the second end's unit stands between it and the figure's word
  if (valueOf(second, TENS) !== undefined && valueOf(after, UNITS) !== undefined) {
    SEPARATOR_AT.lastIndex = WORD_AT.lastIndex;
    const gap2 = SEPARATOR_AT.exec(folded)?.[0] ?? '';
    WORD_AT.lastIndex += gap2.length;
    after = WORD_AT.exec(folded)?.[0] ?? '';
  }
  return FIGURE_AFTER.test(after) || /^\s*%/u.test(folded.slice(at + second.length));
}

/** Ordinals from 1 to 19 and the tens (Polish and Russian say a year's last number so: "w dwa tysiące szesnastym"). */
const ORDINALS: [RegExp, number][] = [
  [/^(?:pierwsz|перв)\p{L}{1,3}$/u, 1],
  [/^(?:drug|втор)\p{L}{1,3}$/u, 2],
  [/^(?:trzec|трет)\p{L}{1,3}$/u, 3],
  [/^(?:czwart|четверт)\p{L}{1,3}$/u, 4],
  [/^(?:piat|пят)\p{L}{1,3}$/u, 5],
  [/^(?:szost|шест)\p{L}{1,3}$/u, 6],
  [/^(?:siodm|седьм)\p{L}{1,3}$/u, 7],
  [/^(?:osm|восьм)\p{L}{1,3}$/u, 8],
  [/^(?:dziewiat|девят)\p{L}{1,3}$/u, 9],
  [/^(?:dziesiat|десят)\p{L}{1,3}$/u, 10],
  [/^(?:jedenast|одиннадцат)\p{L}{1,3}$/u, 11],
  [/^(?:dwunast|двенадцат)\p{L}{1,3}$/u, 12],
  [/^(?:trzynast|тринадцат)\p{L}{1,3}$/u, 13],
  [/^(?:czternast|четырнадцат)\p{L}{1,3}$/u, 14],
  [/^(?:pietnast|пятнадцат)\p{L}{1,3}$/u, 15],
  [/^(?:szesnast|шестнадцат)\p{L}{1,3}$/u, 16],
  [/^(?:siedemnast|семнадцат)\p{L}{1,3}$/u, 17],
  [/^(?:osiemnast|восемнадцат)\p{L}{1,3}$/u, 18],
  [/^(?:dziewietnast|девятнадцат)\p{L}{1,3}$/u, 19],
  [/^(?:dwudziest|двадцат)\p{L}{1,3}$/u, 20],
  [/^(?:trzydziest|тридцат)\p{L}{1,3}$/u, 30],
];

/** Two thousand, as a year said in words starts ("two thousand and sixteen", "dwa tysiące", "две тысячи"). */
const YEAR_IN_WORDS =
  /(?<![\p{L}\p{N}])(?:two thousand(?: and)?|dwa tysiace|две тысячи)\s+(\p{L}+)(?:[\s-]+(\p{L}+))?(?![\p{L}\p{N}])/gu;

/** The number (1 to 99) a year's last words say, cardinal or ordinal, and whether the second word was part of it. */
function yearEnd(first: string, second: string | undefined): [number, boolean] | undefined {
  const tens = valueOf(first, TENS) ?? valueOf(first, ORDINALS.slice(-2));
  if (tens !== undefined && second !== undefined) {
    const unit = valueOf(second, UNITS) ?? valueOf(second, ORDINALS.slice(0, 9));
    if (unit !== undefined && unit < 10) return [tens + unit, true];
  }
  const value =
    valueOf(first, TENS) ?? valueOf(first, TEENS) ?? valueOf(first, UNITS) ?? valueOf(first, ORDINALS);
  return value === undefined ? undefined : [value, false];
}

/** Years said in words as digits ("w dwa tysiące szesnastym" -> "w 2016"), so they read as the years entries state. */
export function withYearsInWords(folded: string): string {
  if (!/thousand|tysiac|тысяч/u.test(folded)) return folded;
  return folded.replace(YEAR_IN_WORDS, (whole, first: string, second: string | undefined) => {
    const end = yearEnd(first, second);
    if (end === undefined) return whole;
    const [value, both] = end;
    const year = String(2000 + value);
    // the second word, when not part of the year, stays ("two thousand sixteen outage")
    return both || second === undefined ? year : `${year} ${second}`;
  });
}

/**
 * The folded text with its spelled numbers as digits: decimals said aloud (spoken-decimals.ts), then the numbers from
 * 11 to 99 (and 1 to 10 before a percent or "times").
 */
export function withSpelledNumbers(text: string): string {
  return withTableNumbers(withSpokenDecimals(text));
}

/** The folded text with its spelled numbers from 11 to 99 (and 1 to 10 before a percent or "times") as digits. */
export function withTableNumbers(text: string): string {
  if (!HINT.test(text)) return text;
  const folded = withYearsInWords(text);
  // The text is copied up to each number word read, its digits put in, and on from after it; a hyphen or a space
  // joins "twenty-six" / "двадцать шесть" (as the text split into words, separators kept, read them: a word is a
  // run of letters and digits, which is what the pattern's bounds find whole).
  let out = '';
  let copied = 0;
  // Where a ratio's second term starts ("one in four", "trzy na pięć", "один из четырёх"): read there whatever follows.
  let ratioSecondAt = -1;
  for (let m = nextNumberWord(folded, 0); m !== null; m = nextNumberWord(folded, m.index + m[0].length)) {
    // A unit already read with its tens ("twenty six") is not read again.
    if (m.index < copied) continue;
    const word = m[0];
    const end = m.index + word.length;
    SEPARATOR_AT.lastIndex = end;
    const separator = SEPARATOR_AT.exec(folded)?.[0] ?? '';
    WORD_AT.lastIndex = end + separator.length;
    const next = WORD_AT.exec(folded)?.[0] ?? '';
    let digits: string | undefined;
    let readTo = end;
    const tens = valueOf(word, TENS);
    if (tens !== undefined) {
      const joined = /^(?:\s+|-)$/u.test(separator);
      const unit = joined ? valueOf(next, UNITS) : undefined;
      if (unit !== undefined && unit < 10) {
        digits = String(tens + unit);
        readTo = end + separator.length + next.length;
      } else digits = String(tens);
    } else {
      const teen = valueOf(word, TEENS);
      if (teen !== undefined) digits = String(teen);
      else {
        const unit = valueOf(word, UNITS);
        // "six percent" is 6, and so "6 percent" reads as a share (figures.ts wants it before the word); so is a
        // range's first end before the second's figure ("sześć do siedmiu razy", "six to seven times", "шесть-семь
        // раз"), or only its second end is read and the range is lost; and a ratio's terms ("one in four").
        if (
          unit !== undefined &&
          (FIGURE_AFTER.test(next) ||
            (unit >= 2 && PEOPLE_AFTER.test(next)) ||
            m.index === ratioSecondAt ||
            startsFigureRange(folded, end, separator, next) ||
            (next === 'из' && numberFollows(folded, end + separator.length + next.length)))
        )
          digits = String(unit);
      }
    }
    if (digits === undefined) continue;
    if (RATIO_WORD.test(next) && readTo === end) {
      SEPARATOR_AT.lastIndex = end + separator.length + next.length;
      ratioSecondAt = SEPARATOR_AT.lastIndex + (SEPARATOR_AT.exec(folded)?.[0].length ?? 0);
    }
    out += folded.slice(copied, m.index) + digits;
    copied = readTo;
  }
  return copied === 0 ? folded : out + folded.slice(copied);
}

/** A question's folded words with their spelled numbers as digits ("twenty", "six" -> "26"); the same array if none. */
export function withSpelledNumberWords(words: readonly string[]): readonly string[] {
  const joined = words.join(' ');
  const read = withSpelledNumbers(joined);
  return read === joined ? words : read.split(' ').filter((w) => w !== '');
}

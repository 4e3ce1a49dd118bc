// withSpelledNumbers as first written (each word tried against each table's patterns), kept to test the faster one
// against: the same text out for every text in.
// The word tables are the modules' own: only the reading is written again here.
import {
  FIGURE_AFTER as REF_FIGURE_AFTER,
  HINT as REF_HINT,
  PEOPLE_AFTER as REF_PEOPLE_AFTER,
  RANGE_WORD as REF_RANGE_WORD,
  RATIO_WORD as REF_RATIO_WORD,
  withYearsInWords as refYearsInWords,
} from '../../src/answer/number-words.js';
import { TEENS as REF_TEENS, TENS as REF_TENS, UNITS as REF_UNITS } from '../../src/answer/number-tables.js';

function REF_valueOf(word: string, table: [RegExp, number][]): number | undefined {
  for (const [pattern, value] of table) if (pattern.test(word)) return value;
  return undefined;
}

const REF_isNumber = (word: string) =>
  /^\d+$/u.test(word) || [REF_UNITS, REF_TEENS, REF_TENS].some((t) => REF_valueOf(word, t) !== undefined);

/**
 * Whether the unit at parts[i] starts a range whose second end is a figure ("cztery do pięciu razy", "three-four
 * times", "шесть семь раз"): parts alternate word, separator, word…
 */
function REF_startsFigureRange(parts: string[], i: number): boolean {
  const separator = parts[i + 1] ?? '';
  const next = parts[i + 2] ?? '';
  let second: number;
  if (/^\s*[-–—]\s*$/u.test(separator) || (/^\s+$/u.test(separator) && REF_isNumber(next))) second = i + 2;
  else if (REF_RANGE_WORD.test(next) && /^\s+$/u.test(separator)) second = i + 4;
  else return false;
  if (!REF_isNumber(parts[second] ?? '')) return false;
  let after = second + 2;
  if (
    REF_valueOf(parts[second] ?? '', REF_TENS) !== undefined &&
    REF_valueOf(parts[after] ?? '', REF_UNITS) !== undefined
  )
    after += 2;
  return REF_FIGURE_AFTER.test(parts[after] ?? '') || /^\s*%/u.test(parts[second + 1] ?? '');
}

/** The folded text with its spelled numbers from 11 to 99 (and 1 to 10 before a percent or "times") as digits. */
export function spelledNumbersTableByTable(text: string): string {
  if (!REF_HINT.test(text)) return text;
  const folded = refYearsInWords(text);
  // Words with the separators between them kept, so the text around a number stays as it was.
  const parts = folded.split(/([^\p{L}\p{N}]+)/u);
  let changed = folded !== text;
  // The index of a ratio's second term, after a term read and "in", "na", "из".
  let ratioSecond = -1;
  // parts alternate word, separator, word…; a hyphen or a space joins "twenty-six" / "двадцать шесть".
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i] ?? '';
    const tens = REF_valueOf(word, REF_TENS);
    if (tens !== undefined) {
      const next = parts[i + 2] ?? '';
      const joined = /^(?:\s+|-)$/u.test(parts[i + 1] ?? '');
      const unit = joined ? REF_valueOf(next, REF_UNITS) : undefined;
      if (unit !== undefined && unit < 10) {
        parts[i] = String(tens + unit);
        parts[i + 1] = '';
        parts[i + 2] = '';
      } else {
        parts[i] = String(tens);
        if (REF_RATIO_WORD.test(next)) ratioSecond = i + 4;
      }
      changed = true;
      continue;
    }
    const teen = REF_valueOf(word, REF_TEENS);
    if (teen !== undefined) {
      parts[i] = String(teen);
      if (REF_RATIO_WORD.test(parts[i + 2] ?? '')) ratioSecond = i + 4;
      changed = true;
      continue;
    }
    const unit = REF_valueOf(word, REF_UNITS);
    const next = parts[i + 2] ?? '';
    if (
      unit !== undefined &&
      (REF_FIGURE_AFTER.test(next) ||
        (unit >= 2 && REF_PEOPLE_AFTER.test(next)) ||
        i === ratioSecond ||
        REF_startsFigureRange(parts, i) ||
        (next === 'из' && /^\s+$/u.test(parts[i + 3] ?? '') && REF_isNumber(parts[i + 4] ?? '')))
    ) {
      // "six percent" is 6, and so "6 percent" reads as a share (figures.ts wants it before the word).
      parts[i] = String(unit);
      changed = true;
      if (REF_RATIO_WORD.test(next)) ratioSecond = i + 4;
    }
  }
  return changed ? parts.join('') : folded;
}

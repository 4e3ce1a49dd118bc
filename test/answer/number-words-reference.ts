// withSpelledNumbers as first written (each word tried against each table's patterns), kept to test the faster one
// against: the same text out for every text in.
// The word tables are the module's own: only the reading is written again here.
import {
  FIGURE_AFTER as REF_FIGURE_AFTER,
  HINT as REF_HINT,
  TEENS as REF_TEENS,
  TENS as REF_TENS,
  UNITS as REF_UNITS,
} from '../../src/answer/number-words.js';

function REF_valueOf(word: string, table: [RegExp, number][]): number | undefined {
  for (const [pattern, value] of table) if (pattern.test(word)) return value;
  return undefined;
}

/** The folded text with its spelled numbers from 11 to 99 (and 1 to 10 before a percent or "times") as digits. */
export function spelledNumbersTableByTable(folded: string): string {
  if (!REF_HINT.test(folded)) return folded;
  // Words with the separators between them kept, so the text around a number stays as it was.
  const parts = folded.split(/([^\p{L}\p{N}]+)/u);
  let changed = false;
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
      } else parts[i] = String(tens);
      changed = true;
      continue;
    }
    const teen = REF_valueOf(word, REF_TEENS);
    if (teen !== undefined) {
      parts[i] = String(teen);
      changed = true;
      continue;
    }
    const unit = REF_valueOf(word, REF_UNITS);
    if (unit !== undefined && REF_FIGURE_AFTER.test(parts[i + 2] ?? '')) {
      // "six percent" is 6, and so "6 percent" reads as a share (figures.ts wants it before the word).
      parts[i] = String(unit);
      changed = true;
    }
  }
  return changed ? parts.join('') : folded;
}

// Splits knowledge-base text into the words normalize.ts's tokenize gives, fast: a table-driven scan finds runs
// of letters and digits, and each distinct run is folded and split once per build (folding whole texts with
// Unicode normalization, and matching Unicode-class regular expressions, were the costliest steps of indexing).
import { tokenize } from '../normalize.js';
import { FNV_OFFSET, FNV_PRIME } from './run-table.js';

const OTHER = 0;
const WORD = 1;
const JOINER = 2;
const UNSAFE = 3;

/**
 * Character classes for the characters whose folding keeps run boundaries: ASCII, Latin-1 and Latin Extended-A,
 * basic Cyrillic, and the dashes, quotes and arrows of the knowledge base. Anything else (a compatibility symbol
 * such as "㎏" folds into letters and would join runs; "<" and "@" start Discord markup) makes a text take
 * tokenize itself.
 */
const CLASSES = (() => {
  const table = new Uint8Array(0x2200).fill(UNSAFE);
  // ASCII control characters (tabs, line breaks) separate words as spaces do.
  for (let code = 0; code < 0x20; code++) table[code] = OTHER;
  const safe =
    /[\u0020-\u007f\u00a0\u00ab\u00bb\u00c0-\u017f\u0400-\u045f\u2013\u2014\u2018\u2019\u201a\u201c-\u201e\u2026\u2192]/u;
  const word = /[\p{L}\p{M}\p{N}]/u;
  for (let code = 0; code < table.length; code++) {
    const char = String.fromCharCode(code);
    if (!safe.test(char)) continue;
    table[code] = word.test(char) ? WORD : char === '.' || char === ',' ? JOINER : OTHER;
  }
  table['<'.charCodeAt(0)] = UNSAFE;
  table['@'.charCodeAt(0)] = UNSAFE;
  return table;
})();

function classOf(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < CLASSES.length ? (CLASSES[code] as number) : UNSAFE;
}

/**
 * Calls `visit` with the bounds and hash (FNV-1a of its code units) of each run of word characters, joined by single dots or
 * commas (every word of tokenize lies inside one run), until it returns false. One pass over the text. Returns
 * false when the text has a character outside the safe set: then what was visited must be thrown away.
 */
export function forEachRun(
  text: string,
  visit: (start: number, end: number, hash: number) => boolean,
): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kind = classOf(text, i);
    if (kind === UNSAFE) return false;
    if (kind !== WORD) {
      i += 1;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    for (;;) {
      for (; i < n; i++) {
        const code = text.charCodeAt(i);
        if ((code < CLASSES.length ? CLASSES[code] : UNSAFE) !== WORD) break;
        hash = Math.imul(hash ^ code, FNV_PRIME);
      }
      if (i + 1 < n && classOf(text, i) === JOINER && classOf(text, i + 1) === WORD) {
        hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
        i += 1;
      } else break;
    }
    if (!visit(start, i, hash >>> 0)) {
      // Stopped early: the rest is not read, but an unsafe character there could still change the last word.
      for (; i < n; i++) if (classOf(text, i) === UNSAFE) return false;
      return true;
    }
  }
  return true;
}

/** The words of a run as tokenize folds and splits them in place (a run rarely holds more than one). */
export function runWords(run: string): string[] {
  return tokenize(run, Number.MAX_SAFE_INTEGER);
}

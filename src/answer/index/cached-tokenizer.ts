// Splits knowledge-base text into the words normalize.ts's tokenize gives, fast: a table-driven scan finds runs
// of letters and digits, and each distinct run is folded and split once per build (folding whole texts with
// Unicode normalization, and matching Unicode-class regular expressions, were the costliest steps of indexing).
import { foldedWords, foldText, MAX_WORD_LENGTH } from '../normalize.js';
import { runHash } from './run-table.js';

const OTHER = 0;
const WORD = 1;
const JOINER = 2;
const UNSAFE = 3;

/**
 * Character classes for the characters whose folding keeps run boundaries: ASCII, Latin-1 and Latin Extended-A,
 * basic Cyrillic, and the dashes, quotes and arrows of the knowledge base. Anything else (a compatibility symbol
 * such as "㎏" folds into letters and would join runs; "<" and "@" start Discord markup) makes a text take
 * tokenize itself. The table covers every UTF-16 code unit (64 KB), so that the scan reads it without a bounds
 * check; only the range up to U+2200, where the safe characters are, is tested with the regular expressions.
 */
const CLASSES = (() => {
  const table = new Uint8Array(0x10000).fill(UNSAFE);
  // ASCII control characters (tabs, line breaks) separate words as spaces do.
  for (let code = 0; code < 0x20; code++) table[code] = OTHER;
  const safe =
    /[\u0020-\u007f\u00a0\u00ab\u00bb\u00c0-\u017f\u0400-\u045f\u2013\u2014\u2018\u2019\u201a\u201c-\u201e\u2026\u2192]/u;
  const word = /[\p{L}\p{M}\p{N}]/u;
  for (let code = 0; code < 0x2200; code++) {
    const char = String.fromCharCode(code);
    if (!safe.test(char)) continue;
    table[code] = word.test(char) ? WORD : char === '.' || char === ',' ? JOINER : OTHER;
  }
  table['<'.charCodeAt(0)] = UNSAFE;
  table['@'.charCodeAt(0)] = UNSAFE;
  return table;
})();

/** Characters of a run, its last ones, that RunCursor packs exactly into `packedLow` and `packedHigh`. */
export const PACKED_CHARS = 6;
/** Bits of one packed character: enough to number every word and joiner character of CLASSES (350 of them). */
const CODE_BITS = 9;
/** Three packed characters to a 32-bit number. */
const PACKED_MASK = (1 << (3 * CODE_BITS)) - 1;

/**
 * Per code unit: its class (CLASSES) in the low two bits and, for a word or joiner character, its own number among
 * them above, so that the scan reads both with one load.
 */
const CLASSES_AND_CODES = (() => {
  const table = Uint16Array.from(CLASSES);
  let next = 0;
  for (let code = 0; code < table.length; code++) {
    const kind = table[code] as number;
    if (kind === WORD || kind === JOINER) table[code] = kind | (next++ << 2);
  }
  if (next >= 1 << CODE_BITS) throw new Error('more run characters than a packed character can number');
  return table;
})();

/**
 * The last PACKED_CHARS characters of text[start, end) (a run: word and joiner characters only) as RunCursor packs
 * them: [low, high], the last three characters in low, the three before in high, nine bits each. Two runs of one
 * length agree on these exactly when their last PACKED_CHARS characters agree.
 */
export function packedTail(text: string, start: number, end: number): [number, number] {
  let low = 0;
  let high = 0;
  for (let i = start; i < end; i++) {
    high = ((high << CODE_BITS) | (low >>> (2 * CODE_BITS))) & PACKED_MASK;
    low = ((low << CODE_BITS) | ((CLASSES_AND_CODES[text.charCodeAt(i)] as number) >>> 2)) & PACKED_MASK;
  }
  return [low, high];
}

function classOf(text: string, i: number): number {
  return CLASSES[text.charCodeAt(i)] as number;
}

/**
 * Steps through the runs of word characters of a text, joined by single dots or commas (every word of tokenize
 * lies inside one run), one pass over the text, with each run's bounds and hash (run-table.ts's runHash). An
 * object the analyser keeps rather than a callback per run: the index build visits 3.9 million runs at 10,000
 * entries, and a call through a closure per run cost more than finding the run.
 */
export class RunCursor {
  /** The current run: text[start, end), and its hash. */
  start = 0;
  end = 0;
  hash = 0;
  /**
   * The current run's last PACKED_CHARS characters, packed (see packedTail): a table of runs that compares these
   * and the length need compare only the characters before them (most runs are no longer than that).
   */
  packedLow = 0;
  packedHigh = 0;
  /** Set when the scan stopped at a character outside the safe set: what was visited must be thrown away. */
  unsafe = false;
  private text = '';
  private at = 0;

  /** Starts on a new text. */
  reset(text: string): void {
    this.text = text;
    this.at = 0;
    this.unsafe = false;
  }

  /** Moves to the next run; false at the end of the text, or at an unsafe character (then `unsafe` is set). */
  next(): boolean {
    const { text } = this;
    // Read through a local (not the module's constant, loaded from its context) and with no bounds check: a sixth
    // less time for the cursor alone over a 10,000-entry build's texts.
    const classes = CLASSES_AND_CODES;
    const n = text.length;
    let i = this.at;
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      const kind = (classes[code] as number) & 3;
      if (kind === WORD) break;
      if (kind === UNSAFE) {
        this.unsafe = true;
        this.at = n;
        return false;
      }
    }
    if (i >= n) {
      this.at = n;
      return false;
    }
    const start = i;
    let low = 0;
    let high = 0;
    // One loop for word characters and a joiner between two of them (which stays in the run): small enough a
    // method that the analyser's callers inline it along with the scan (a separate joiner branch, repeating the
    // hashing, made it too big, and the run table's probe then went through a call per run).
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      const classAndCode = classes[code] as number;
      if (
        (classAndCode & 3) !== WORD &&
        ((classAndCode & 3) !== JOINER || i + 1 >= n || classOf(text, i + 1) !== WORD)
      )
        break;
      high = ((high << CODE_BITS) | (low >>> (2 * CODE_BITS))) & PACKED_MASK;
      low = ((low << CODE_BITS) | (classAndCode >>> 2)) & PACKED_MASK;
    }
    this.start = start;
    this.end = i;
    this.hash = runHash(i - start, (classes[text.charCodeAt(start)] as number) >>> 2, low, high);
    this.packedLow = low;
    this.packedHigh = high;
    this.at = i;
    return true;
  }

  /**
   * Whether the text after the current run is free of unsafe characters: when the caller stops early, the rest
   * is not read, but an unsafe character there could still change the last word.
   */
  restIsSafe(): boolean {
    const { text } = this;
    for (let i = this.at; i < text.length; i++) if (classOf(text, i) === UNSAFE) return false;
    return true;
  }
}

/**
 * Calls `visit` with the bounds and hash of each run (as RunCursor finds them) until it returns false. Returns
 * false when the text has a character outside the safe set: then what was visited must be thrown away.
 */
export function forEachRun(
  text: string,
  visit: (start: number, end: number, hash: number) => boolean,
): boolean {
  const cursor = new RunCursor();
  cursor.reset(text);
  while (cursor.next()) if (!visit(cursor.start, cursor.end, cursor.hash)) return cursor.restIsSafe();
  return !cursor.unsafe;
}

/**
 * Per code unit below LETTERS_END (Latin and Cyrillic, where the folded letters of every run lie): LETTER for \p{L},
 * DIGIT for \p{N}, 0 otherwise, as tokenize's pattern reads them.
 */
const LETTERS_END = 0x0530;
const LETTER = 1;
const DIGIT = 2;
const LETTER_OR_DIGIT = (() => {
  const table = new Uint8Array(LETTERS_END);
  for (let code = 0; code < LETTERS_END; code++) {
    const char = String.fromCharCode(code);
    table[code] = /\p{L}/u.test(char) ? LETTER : /\p{N}/u.test(char) ? DIGIT : 0;
  }
  return table;
})();

/**
 * The words of a run as tokenize folds and splits them in place (a run rarely holds more than one). Without
 * tokenize's removal of Discord markup: every piece of markup holds a character that no run does ("<", "@" or
 * ":"), and its regular expression showed as a sixth of learning new runs in a profile of a first build.
 * A folded run of letters only, or of digits only (nearly all runs), is one word for tokenize's pattern, or none
 * past its longest word: no pattern is run for it. Learning the build's ~13,000 runs is done in a fresh process,
 * before the pattern's and the folding's code is compiled, so each step it skips counts several times over.
 */
export function runWords(run: string): string[] {
  const folded = foldText(run);
  const kind = sameKind(folded);
  if (kind === 0) return foldedWords(folded, Number.MAX_SAFE_INTEGER);
  return folded.length <= MAX_WORD_LENGTH ? [folded] : [];
}

/** LETTER when every code unit of a non-empty text is a letter, DIGIT when every one is a digit, else 0. */
function sameKind(text: string): number {
  if (text.length === 0) return 0;
  const first = text.charCodeAt(0);
  const kind = first < LETTERS_END ? (LETTER_OR_DIGIT[first] as number) : 0;
  for (let i = 1; i < text.length && kind !== 0; i++) {
    const code = text.charCodeAt(i);
    if (code >= LETTERS_END || LETTER_OR_DIGIT[code] !== kind) return 0;
  }
  return kind;
}

// Finds the names in a text (companies, people, technologies) as one regular expression would, faster: the
// expression is tried only where a name can start.

// A capitalised word that does not start a sentence ("... at Zappos, ..."), an all-capitals word (UMTS), or a
// figure glued to letters (2.5G), wherever it stands. Sentence starts are skipped for capitalised words only: there
// every word is capitalised, while "2,5G to sieci..." opens with the name it defines. The cheap assertions come first
// (a word boundary, then a capital or a digit), so the look-behind runs only where a capitalised name can start.
export const NAME =
  /\b(?:(?=\p{Lu})(?<![.!?:]\s|^|["«„(]\s?)\p{Lu}[\p{Ll}\p{Lu}\d]+|(?=\d)\d+(?:[.,]\d+)?\p{Lu}+)\b/gu;

/** NAME anchored where it is tried (sticky): its look-behind still sees the text before. */
const NAME_AT = new RegExp(NAME.source, 'uy');

/** Below this code unit a table says whether a match can start there; from it on, every position is tried. */
const TABLE_END = 0x2200;

/** Per code unit below TABLE_END: 1 for a capital letter or an ASCII digit (what a match starts with), else 0. */
const CAN_START = (() => {
  const table = new Uint8Array(TABLE_END);
  const start = /[\p{Lu}0-9]/u;
  for (let code = 0; code < TABLE_END; code++) if (start.test(String.fromCharCode(code))) table[code] = 1;
  return table;
})();

/** Per code unit below SPACES_END: 1 for what `\s` matches (the look-behind's space), else 0; U+FEFF is tested apart. */
const SPACES_END = 0x3001;
const SPACE = (() => {
  const table = new Uint8Array(SPACES_END);
  for (let code = 0; code < SPACES_END; code++) if (/\s/u.test(String.fromCharCode(code))) table[code] = 1;
  return table;
})();

function isSpace(code: number): boolean {
  return code < SPACES_END ? SPACE[code] === 1 : code === 0xfeff;
}

/** What stands before a capital that the look-behind refuses: an end of sentence or a colon, then a space. */
function endsSentence(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3a; // . ! ? :
}

/** An opening quote or bracket, which the look-behind refuses right before a capital or one space before it. */
function opensQuote(code: number): boolean {
  return code === 0x22 || code === 0xab || code === 0x201e || code === 0x28; // " « „ (
}

/**
 * Whether NAME's look-behind refuses a capital at i: at the text's start, after an end of sentence (or a colon) and
 * a space, or after an opening quote or bracket and at most one space. There only the figure alternative could
 * match, and it starts with a digit: the expression need not be tried at a capital (a sentence's first word, most
 * of the capitals of a knowledge-base text).
 */
function refusedCapital(text: string, i: number): boolean {
  if (i === 0) return true;
  const before = text.charCodeAt(i - 1);
  if (opensQuote(before)) return true;
  if (i < 2 || !isSpace(before)) return false;
  const twoBefore = text.charCodeAt(i - 2);
  return endsSentence(twoBefore) || opensQuote(twoBefore);
}

/**
 * Every match of NAME in the text, as `text.matchAll(NAME)` gives them. A match starts with a capital or a digit
 * (both alternatives assert one first), so the expression is tried, anchored, only at such positions (and at every
 * code unit from TABLE_END on, surrogates included, where the table does not reach), from left to right and after
 * the previous match: the same matches as the global search, which tried every position of 12 million characters at
 * 10,000 entries and was the costliest step of opening an index.
 */
export function findNames(text: string): string[] {
  const found: string[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < TABLE_END && (CAN_START[code] === 0 || (code > 0x39 && refusedCapital(text, i)))) continue;
    // A low surrogate is the middle of a code point: the global search in Unicode mode never starts there.
    if (code >= 0xdc00 && code <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) continue;
    NAME_AT.lastIndex = i;
    const match = NAME_AT.exec(text);
    if (match === null) continue;
    found.push(match[0]);
    i = NAME_AT.lastIndex - 1;
  }
  return found;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

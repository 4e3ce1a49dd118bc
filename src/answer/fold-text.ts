// Folds text the way people type it (any case, Polish without diacritics, Russian ё as е), by a table of what each
// character folds to, falling back to the Unicode normal forms for characters the table leaves out.
const POLISH_LETTERS: Record<string, string> = { ł: 'l', Ł: 'l' };

/**
 * The fold by definition: lower case, then the compatibility decomposition with the combining diacritics dropped.
 * Exact for any text, and slow (two normalizations of the whole text); foldText gives the same faster.
 */
export function foldTextByForms(text: string): string {
  return text
    .replace(/[łŁ]/g, (c) => POLISH_LETTERS[c] ?? c)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/й/g, 'и'); // NFKD splits й into и + breve; keep both spellings equal
}

/**
 * Per UTF-16 code unit below TABLE_END: its folded unit + 1 when it folds to one unit, MULTI when it folds to FOLDED's
 * text (none or several units), 0 when the table does not know it. The table holds the ranges every question and
 * entry is written in: Latin, Cyrillic and their diacritics (U+0000-U+052F), and punctuation, spaces and currency
 * signs (U+2000-U+20CF). It leaves out what folds differently beside other characters, so that folding a text is
 * folding each of its characters: Greek (a final sigma lower-cases by what follows it) and any character that is or
 * leaves a combining mark the fold keeps (it could join the character before it). `fold-text.test.ts` checks every
 * code unit and random texts against foldTextByForms.
 */
const TABLE_END = 0x20d0;
const MULTI = 0xffff;
const FOLDED_UNIT = new Uint16Array(TABLE_END);
const FOLDED = new Map<number, string>();
const RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x0530],
  [0x2000, TABLE_END],
];
const GREEK = /[\u0370-\u03ff]/u;
const MARK = /\p{M}/u;
for (const [from, to] of RANGES) {
  for (let unit = from; unit < to; unit++) {
    const char = String.fromCharCode(unit);
    if (GREEK.test(char)) continue;
    const folded = foldTextByForms(char);
    if (MARK.test(folded)) continue;
    if (folded.length === 1) FOLDED_UNIT[unit] = folded.charCodeAt(0) + 1;
    else {
      FOLDED_UNIT[unit] = MULTI;
      FOLDED.set(unit, folded);
    }
  }
}

/**
 * String.prototype.charCodeAt, called as `charCodeAt.call(text, i)` in the loop below. Texts reach foldText in half a
 * dozen string representations (flat, sliced or concatenated; one or two bytes a character), more than a property
 * load stays fast for: `text.charCodeAt(i)` looked the method up megamorphically at every character (~12 % of the
 * instructions of the slowest fresh questions at 10,000 entries, foldText being inlined into figuresIn). Called
 * directly, the optimizing compiler reads the character in place whatever the representation. A constant of this
 * module on purpose: imported from another, the compiler no longer knows the function and calls the builtin.
 */
const charCodeAt = String.prototype.charCodeAt;

/**
 * Lower-cases and removes diacritics (ą→a, ł→l, ё→е) so that "Klientów" and "klientow" meet: the same as
 * foldTextByForms, character by character, copying the runs that fold to themselves (most of any text), and
 * returning the text itself when nothing changes. A question is folded a dozen times and an entry's text when a
 * question first asks what it states: the normal forms cost ~16-22 ns a character here, the table ~5-6.
 */
export function foldText(text: string): string {
  let folded = '';
  let copiedTo = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const unit = charCodeAt.call(text, i);
    const to = unit < TABLE_END ? (FOLDED_UNIT[unit] as number) : 0;
    if (to === unit + 1) continue;
    if (to === 0) return foldTextByForms(text);
    folded += text.slice(copiedTo, i) + (to === MULTI ? FOLDED.get(unit) : String.fromCharCode(to - 1));
    copiedTo = i + 1;
  }
  return copiedTo === 0 ? text : folded + text.slice(copiedTo);
}

/**
 * A pattern's source with its letters folded as foldText folds a text ("настройк" -> "настроик", "świeży" ->
 * "swiezy"), so that patterns tried on folded text are written in plain Russian and Polish. Only the characters
 * past ASCII that are letters are folded: escapes (`\\p{L}`, `\\s`), ASCII letters and punctuation stay as written
 * (folding "…" would write "...", three wildcards).
 */
export function foldPatternSource(source: string): string {
  return source.replace(NON_ASCII_LETTERS, foldText);
}

/**
 * A pattern literal for folded text, written in plain Russian and Polish (`/^(?:какой|дай)$/u`): its letters folded as
 * foldPatternSource folds them, flags kept. A literal tried on folded text as written would never match "какой".
 */
export function foldedPattern(pattern: RegExp): RegExp {
  return new RegExp(foldPatternSource(pattern.source), pattern.flags);
}

const NON_ASCII_LETTERS = /(?:(?![\0-\x7f])\p{L})+/gu;

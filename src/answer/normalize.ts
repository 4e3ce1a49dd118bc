// Folds text the way people type it: any case, Polish without diacritics, Russian ё as е.
const POLISH_LETTERS: Record<string, string> = { ł: 'l', Ł: 'l' };

/** Lower-cases and removes diacritics (ą→a, ł→l, ё→е) so that "Klientów" and "klientow" meet. */
export function foldText(text: string): string {
  return text
    .replace(/[łŁ]/g, (c) => POLISH_LETTERS[c] ?? c)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/й/g, 'и'); // NFKD splits й into и + breve; keep both spellings equal
}

/** Splits text into words of letters or digits ("6-7x" gives "6", "7x"); at most `limit` words. */
export function tokenize(text: string, limit = 64): string[] {
  return (foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, limit);
}

export function isCyrillic(word: string): boolean {
  return /[\u0400-\u04ff]/.test(word);
}

/** Polish-only letters: their presence settles the language of a Latin-script question. */
export function hasPolishDiacritics(text: string): boolean {
  return /[ąćęłńóśźż]/i.test(text);
}

// Reads Russian typed in Latin letters ("skolko klientov zhaluyutsya") back into Cyrillic.
// Hand-written: the npm transliterators convert one fixed scheme (GOST or their own) and miss the informal
// spellings people type in chat (h/kh, j/y for й, ' for ь, "tsya" for -тся); search only needs a close Cyrillic
// form, since fuzzy matching absorbs the rest.
import { STOPWORDS } from './stopwords.js';

// Longest first, so "shch" wins over "sh" + "ch".
export const DIGRAPHS: [string, string][] = [
  ['shch', 'щ'],
  // as typed on a Polish keyboard ("czto", "woobszcze"; round 141)
  ['szcz', 'щ'],
  ['tsya', 'тся'],
  ['tsja', 'тся'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ch', 'ч'],
  ['cz', 'ч'],
  ['sh', 'ш'],
  ['sz', 'ш'],
  ['ts', 'ц'],
  ['yu', 'ю'],
  ['ju', 'ю'],
  ['ya', 'я'],
  ['ja', 'я'],
  ['yo', 'е'],
  ['jo', 'е'],
  ['ye', 'е'],
  ['je', 'е'],
  ['iy', 'ий'],
  ['yy', 'ый'],
  ['ij', 'ий'],
  ['yj', 'ый'],
];

/**
 * The digraphs by their first letter, each letter's in DIGRAPHS order: only a digraph starting with the letter at a
 * position can match there, so trying those alone finds the same first match (a word's letters tried each of the 21
 * digraphs in turn, most of a reading's cost).
 */
const DIGRAPHS_BY_LETTER = new Map<string, [string, string][]>();
const NO_DIGRAPHS: readonly [string, string][] = [];
for (const digraph of DIGRAPHS) {
  const first = digraph[0].charAt(0);
  const list = DIGRAPHS_BY_LETTER.get(first) ?? [];
  list.push(digraph);
  DIGRAPHS_BY_LETTER.set(first, list);
}

export const LETTERS: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  y: 'ы',
  z: 'з',
  "'": 'ь',
};

const LATIN_VOWEL = /[aeiou]/;
/** Digraphs read as a vowel and й: before a vowel their "y" starts я, ю or е instead ("rossiya", "kompaniyu"). */
const ENDS_IN_SHORT_I = new Set(
  DIGRAPHS.filter(([, cyrillic]) => cyrillic.endsWith('й')).map(([latin]) => latin),
);

/** The Cyrillic reading of one folded Latin word; undefined when it holds anything but Latin letters. */
export function cyrillicReading(word: string): string | undefined {
  if (!/^[a-z']+$/.test(word)) return undefined;
  let out = '';
  let i = 0;
  outer: while (i < word.length) {
    for (const [latin, cyrillic] of DIGRAPHS_BY_LETTER.get(word[i]!) ?? NO_DIGRAPHS) {
      if (word.startsWith(latin, i) && !(ENDS_IN_SHORT_I.has(latin) && LATIN_VOWEL.test(word[i + 2] ?? ''))) {
        out += cyrillic;
        i += latin.length;
        continue outer;
      }
    }
    // "y" after a vowel and not before one is й ("taynyy" -> "таиныи", "takoy" -> "такои"), not ы; written и, as
    // folded text writes й.
    const vowelBefore = i > 0 && LATIN_VOWEL.test(word[i - 1]!);
    const vowelAfter = i + 1 < word.length && LATIN_VOWEL.test(word[i + 1]!);
    out += word[i] === 'y' && vowelBefore && !vowelAfter ? 'и' : (LETTERS[word[i]!] ?? '');
    i += 1;
  }
  // "y" before a vowel at a word's start is й ("yest" -> "ест" is closer to "есть" than "ыест").
  return out.replace(/^ы(?=[аеиоуэюя])/u, '');
}

const RUSSIAN_CONSONANT = /[бвгджзклмнпрстфхцчшщ]/u;

/**
 * The Russian function words with one soft sign left out after a consonant (not at the end), each to its spelling:
 * "сколко" to "сколько". Built once, so a reading is checked with one look-up instead of a new string per position.
 */
const STOPWORDS_WITHOUT_SOFT_SIGN = (() => {
  const found = new Map<string, string>();
  for (const word of STOPWORDS.ru) {
    for (let i = 1; i < word.length - 1; i += 1) {
      if (word[i] === 'ь' && RUSSIAN_CONSONANT.test(word[i - 1]!))
        found.set(word.slice(0, i) + word.slice(i + 1), word);
    }
  }
  return found;
})();

/**
 * The Russian function word a Cyrillic reading spells, also when the typist left out a soft sign ("skolko" for
 * "сколько") or wrote э as e ("eto" for "это"); undefined when it spells none.
 */
export function russianStopwordOf(reading: string): string | undefined {
  if (STOPWORDS.ru.has(reading)) return reading;
  // Latin "e" is both е and э; at a word's start it is mostly э ("eto" is "это", "etot" is "этот").
  if (reading.startsWith('е') && STOPWORDS.ru.has(`э${reading.slice(1)}`)) return `э${reading.slice(1)}`;
  return STOPWORDS_WITHOUT_SOFT_SIGN.get(reading);
}

/**
 * Whether a Cyrillic reading is a Russian function word, also when the typist left out a soft sign
 * ("skolko" for "сколько").
 */
export function isRussianStopwordReading(reading: string): boolean {
  return russianStopwordOf(reading) !== undefined;
}

/**
 * Letter groups that transliterated Russian has and Polish or English words almost never do: Polish writes v as w
 * (so no "-ov" genitive, no "zv"), English has neither ("chasov", "zvonok").
 */
// "-ные" and "-ый" endings too ("bolnichnye", "novyj"; round 127): neither ends a Polish or an English word
const TRANSLIT_SIGNATURE = /zh|kh|shch|tsya|tsja|yu|ya|yo|yy$|iy$|yj$|nye$|'|zv|[a-z]ov$/;

/**
 * Whether a question's Latin words read as Russian: words that become Russian function words in Cyrillic, or carry
 * transliteration's letter groups, outnumber the Polish and English function words, and there are at least two of
 * them (one in a question of up to three words). `question`, when given, adds the soft signs its words spell with an
 * apostrophe ("neskol'kim"), which its tokens have lost.
 */
export function looksTransliterated(latinWords: readonly string[], question?: string): boolean {
  if (latinWords.length === 0) return false;
  // Tokens lose the apostrophe: the soft signs inside words are read off the question itself.
  let russian = question === undefined ? 0 : softSigns(question);
  let latin = 0;
  for (const word of latinWords) {
    if (STOPWORDS.pl.has(word) || STOPWORDS.en.has(word)) latin += 1;
    if (readsAsRussian(word)) russian += 1;
  }
  const needed = latinWords.length <= 3 ? 1 : 2;
  return russian >= needed && russian > latin;
}

/**
 * An apostrophe inside a Latin word standing for a soft sign ("neskol'kim", "skol'ko"), not an English contraction's
 * ("don't", "we're", "they've", "we'll") nor a Polish inflected name's ("Steve'a"): two letters or more after it.
 */
const SOFT_SIGN = /[a-z]['’](?!(?:re|ve|ll)(?![a-z]))[a-z]{2,}/giu;

/** How many soft signs written as apostrophes inside words the question holds. */
function softSigns(question: string): number {
  if (!question.includes("'") && !question.includes('’')) return 0;
  return question.match(SOFT_SIGN)?.length ?? 0;
}

/**
 * Words already read by readsAsRussian, with the verdict. Every question's Latin words are read three times (for
 * its language, its analysis and the readers of its asks), each reading a regular expression and a new Cyrillic
 * string; the verdict is the word's alone, so it is remembered (and forgotten wholesale past a bound).
 */
const RUSSIAN_VERDICTS = new Map<string, boolean>();
const MAX_VERDICTS = 20_000;

/** Whether a Latin word carries transliteration's letter groups or reads as a Russian function word in Cyrillic. */
function readsAsRussian(word: string): boolean {
  let verdict = RUSSIAN_VERDICTS.get(word);
  if (verdict === undefined) {
    // The signature first: it needs no Cyrillic reading built.
    if (TRANSLIT_SIGNATURE.test(word)) verdict = true;
    else {
      const reading = cyrillicReading(word);
      verdict = reading !== undefined && reading !== '' && isRussianStopwordReading(reading);
    }
    if (RUSSIAN_VERDICTS.size >= MAX_VERDICTS) RUSSIAN_VERDICTS.clear();
    RUSSIAN_VERDICTS.set(word, verdict);
  }
  return verdict;
}

// Names written in Cyrillic ("Заппос", "Гартнер", "Комкаст", "Райана") meet the Latin names the entries use (Zappos,
// Gartner, Comcast, Ryan): both are reduced to a rough sound key, and a Cyrillic question word whose key is a name's
// gets that name among its stems.
// Hand-written: transliterators map one script to the other letter by letter ("Комкаст" → "komkast"), while English
// names are spelt by sound (c/k, y/i, double letters): a key that blurs exactly those is a few lines.
import type { QueryWord } from './analyze.js';
import { isCyrillic } from './normalize.js';
import type { StemFn } from './stem.js';

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Keys shorter than this say too little to tell a name from an ordinary word. */
const MIN_KEY_LENGTH = 3;

/**
 * A rough sound key of a folded Latin word: c/ck/q as k (s before e, i, y), w as v, ph as f, no h, every run of
 * vowels as one "a", no doubled letters, no final vowel ("Delta" and "Дельта", "Google" and "Гугл" meet).
 */
export function soundKey(latin: string): string {
  return latin
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/h/g, '')
    .replace(/[aeiouy]+/g, 'a')
    .replace(/(.)\1+/g, '$1')
    .replace(/a$/, '');
}

/** The sound key of a folded Cyrillic word. */
export function cyrillicSoundKey(word: string): string {
  let latin = '';
  for (const letter of word) latin += CYRILLIC_TO_LATIN[letter] ?? letter;
  return soundKey(latin);
}

/** The entries' Latin names by sound key (built once per knowledge base, beside its names). */
export function latinNamesBySound(names: ReadonlySet<string>): ReadonlyMap<string, string> {
  const byKey = new Map<string, string>();
  for (const name of names) {
    if (!/^[a-z]+$/.test(name)) continue;
    const key = soundKey(name);
    // The shortest name of a key is the stem the others share ("comcast" before "comcastu").
    const known = byKey.get(key);
    if (key.length >= MIN_KEY_LENGTH && (known === undefined || name.length < known.length))
      byKey.set(key, name);
  }
  return byKey;
}

/**
 * The question's words, a Cyrillic word the entries never use whose sound (as typed, or of its Russian stem: "Райана")
 * is an entry's Latin name getting that name's stems too; the same array when none does. Only unknown words: a known
 * Russian word that sounds like a name ("компании", "записано") means what it says.
 */
export function withLatinNames(
  words: QueryWord[],
  namesBySound: ReadonlyMap<string, string> | undefined,
  stem: StemFn,
  isKnown: (stems: string[]) => boolean,
): QueryWord[] {
  if (!namesBySound || namesBySound.size === 0) return words;
  let out: QueryWord[] | undefined;
  words.forEach((w, i) => {
    if (!isCyrillic(w.word) || isKnown(w.stems)) return;
    // A stem's key only from four letters: a stem is shorter, and short keys meet ordinary words ("сериа" ~ share).
    const stemKey = cyrillicSoundKey(stem(w.word, 'ru'));
    const name =
      namesBySound.get(cyrillicSoundKey(w.word)) ??
      (stemKey.length >= MIN_KEY_LENGTH + 1 ? namesBySound.get(stemKey) : undefined);
    if (name === undefined) return;
    out ??= words.slice();
    out[i] = { word: w.word, stems: [...new Set([...w.stems, name, stem(name, 'en')])] };
  });
  return out ?? words;
}

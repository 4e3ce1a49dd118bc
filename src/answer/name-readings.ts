// Names written in Cyrillic ("Заппос", "Гартнер", "Комкаст", "Райана") meet the Latin names the entries use (Zappos,
// Gartner, Comcast, Ryan): both are reduced to a rough sound key, and a Cyrillic question word whose key is a name's
// gets that name among its stems.
// Hand-written: transliterators map one script to the other letter by letter ("Комкаст" → "komkast"), while English
// names are spelt by sound (c/k, y/i, double letters): a key that blurs exactly those is a few lines.
import type { QueryWord } from './analyze.js';
import { isCyrillic } from './normalize.js';
import type { StemFn } from './stem.js';

/**
 * Each Cyrillic letter as its Latin spelling reads in a sound key (see soundKey): a vowel as "a", ж (zh) as z, ч (ch)
 * as k, ш (sh) as s, щ (shch) as sk, х (h) and the signs as nothing. A question's Cyrillic words are keyed in one pass
 * with it, so reading them costs a look-up per letter.
 */
const CYRILLIC_SOUND: Record<string, string> = {
  а: 'a',
  е: 'a',
  и: 'a',
  о: 'a',
  у: 'a',
  ы: 'a',
  э: 'a',
  ю: 'a',
  я: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ж: 'z',
  з: 'z',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ф: 'f',
  х: '',
  ц: 'ts',
  ч: 'k',
  ш: 's',
  щ: 'sk',
  ъ: '',
  ь: '',
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

/** The sound key of a folded Cyrillic word: what soundKey gives for its letter-by-letter Latin spelling. */
export function cyrillicSoundKey(word: string): string {
  let key = '';
  let last = '';
  for (let i = 0; i < word.length; i += 1) {
    const letter = word.charAt(i);
    const sounds = CYRILLIC_SOUND[letter] ?? letter;
    for (let j = 0; j < sounds.length; j += 1) {
      const sound = sounds.charAt(j);
      // One "a" for a run of vowels, one letter for a doubled one.
      if (sound !== last) key += sound;
      last = sound;
    }
  }
  return last === 'a' ? key.slice(0, -1) : key;
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
    if (!isCyrillic(w.word)) return;
    // A stem's key only from four letters: a stem is shorter, and short keys meet ordinary words ("сериа" ~ share).
    let name = namesBySound.get(cyrillicSoundKey(w.word));
    // A Cyrillic word's first stem is its Russian one (see analyze.ts); keyed only when it differs from the word.
    const russianStem = w.stems[0] ?? w.word;
    if (name === undefined && russianStem !== w.word) {
      const stemKey = cyrillicSoundKey(russianStem);
      if (stemKey.length > MIN_KEY_LENGTH) name = namesBySound.get(stemKey);
    }
    if (name === undefined || isKnown(w.stems)) return;
    out ??= words.slice();
    out[i] = { word: w.word, stems: [...new Set([...w.stems, name, stem(name, 'en')])] };
  });
  return out ?? words;
}

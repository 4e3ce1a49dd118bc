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
  return (
    latin
      .replace(/ph/g, 'f')
      // A soft g is heard as the j the Cyrillic дж spells ("agent", "эйджент"); a silent final e before s is not heard.
      .replace(/g(?=[ei])/g, 'j')
      .replace(/([^aeiouy])es$/, '$1s')
      .replace(/ck/g, 'k')
      .replace(/c(?=[eiy])/g, 's')
      .replace(/[cq]/g, 'k')
      .replace(/x/g, 'ks')
      .replace(/w/g, 'v')
      .replace(/h/g, '')
      .replace(/[aeiouy]+/g, 'a')
      .replace(/(.)\1+/g, '$1')
      .replace(/a$/, '')
  );
}

/** The sound key of a folded Cyrillic word: what soundKey gives for its letter-by-letter Latin spelling. */
export function cyrillicSoundKey(word: string): string {
  let key = '';
  let last = '';
  for (let i = 0; i < word.length; i += 1) {
    const letter = word.charAt(i);
    // дж is one sound, the English j (or soft g).
    const joined = letter === 'д' && word.charAt(i + 1) === 'ж';
    if (joined) i += 1;
    const sounds = joined ? 'j' : (CYRILLIC_SOUND[letter] ?? letter);
    for (let j = 0; j < sounds.length; j += 1) {
      const sound = sounds.charAt(j);
      // One "a" for a run of vowels, one letter for a doubled one.
      if (sound !== last) key += sound;
      last = sound;
    }
  }
  return last === 'a' ? key.slice(0, -1) : key;
}

/**
 * Whether the sorted names' `at`th is a stem cut short of longer names that all sound otherwise ("voicete" of Voicetel,
 * "zappo" of Zappos, "bezo" of Bezos): no spelling of a name, and its short key met common Russian words ("высоте" was
 * heard as Voicetel; round 80). "comcast" beside "comcastu" sounds as a longer name does and stays. Sorted, the names
 * it starts follow it.
 */
function cutShort(sorted: readonly string[], at: number, key: string): boolean {
  const name = sorted[at] as string;
  let longer = false;
  for (let i = at + 1; i < sorted.length && (sorted[i] as string).startsWith(name); i += 1) {
    if (soundKey(sorted[i] as string) === key) return false;
    longer = true;
  }
  return longer;
}

/** The entries' Latin names by sound key (built once per knowledge base, beside its names). */
export function latinNamesBySound(names: ReadonlySet<string>): ReadonlyMap<string, string> {
  const byKey = new Map<string, string>();
  const latin = [...names].filter((name) => /^[a-z]+$/.test(name)).sort();
  for (const [at, name] of latin.entries()) {
    const key = soundKey(name);
    if (cutShort(latin, at, key)) continue;
    // The shortest name of a key is the stem the others share ("comcast" before "comcastu").
    const known = byKey.get(key);
    if (key.length >= MIN_KEY_LENGTH && (known === undefined || name.length < known.length))
      byKey.set(key, name);
  }
  return byKey;
}

/**
 * Polish case endings a heard name takes ("rajanowi blokowi z komkastem"), the longest first. Not the one-letter ones
 * (-a, -u, -y): a stem one letter shorter meets too many names ("Bloku" in a Russian question asking another fact).
 */
const POLISH_ENDINGS = ['owi', 'ami', 'ach', 'em', 'om', 'ie'];

/**
 * Polish locative endings that soften a name's last consonant ("o Delcie" of Delta, "w Comcaście" of Comcast, "w
 * Hondzie", "o Operze"), folded, with the consonant each stands for: the name's key is the softened stem's with it.
 */
const SOFTENED_ENDINGS: readonly (readonly [string, string])[] = [
  ['scie', 'st'],
  ['dzie', 'd'],
  ['cie', 't'],
  ['rze', 'r'],
];

/** The consonant letters of a Latin word as spelt. */
function consonants(word: string): string {
  return word.replace(/[aeiouy]/g, '');
}

/**
 * Whether a Latin word may be a heard spelling of `name`: it re-spells a consonant (k for c, j for y: "komkast",
 * "rajan"). A word with the name's consonants and other vowels is another word ("black" is not Block).
 */
function respells(word: string, name: string): boolean {
  return consonants(word) !== consonants(name);
}

/**
 * The sound key of a Latin word spelt as heard by a Polish ear ("juneited erlajns" for United Airlines): j is the y
 * sound, sz/cz/rz the sh/ch/zh ones, then soundKey.
 */
export function heardLatinKey(word: string): string {
  return soundKey(word.replace(/sz/g, 'sh').replace(/cz/g, 'ch').replace(/rz/g, 'zh').replace(/j/g, 'y'));
}

/**
 * Whether a heard word is short enough for a three-sound key: those keys are a name's stem ("bezo" of Bezos), which a
 * longer Polish word meets by accident ("biurze" heard as "baz"); "rajan" for Ryan is no longer than the name and one.
 */
function heardAsLong(word: string, name: string): boolean {
  return heardLatinKey(word).length > MIN_KEY_LENGTH || word.length <= name.length + 1;
}

/** The name a heard word sounds like, as typed or (Latin) without a Polish case ending; undefined when none. */
function heardName(
  word: string,
  russianStem: string,
  namesBySound: ReadonlyMap<string, string>,
  polishEar: boolean,
): string | undefined {
  if (isCyrillic(word)) {
    // A stem's key only from four letters: a stem is shorter, and short keys meet ordinary words ("сериа" ~ share).
    const name = namesBySound.get(cyrillicSoundKey(word));
    if (name !== undefined || russianStem === word) return name;
    const stemKey = cyrillicSoundKey(russianStem);
    return stemKey.length > MIN_KEY_LENGTH ? namesBySound.get(stemKey) : undefined;
  }
  return polishEar ? heardLatinName(word, namesBySound) : undefined;
}

/** heardName of a Latin word: as typed or as a Polish ear spells it, whole or without a Polish case ending. */
function heardLatinName(word: string, namesBySound: ReadonlyMap<string, string>): string | undefined {
  if (!/^[a-z]+$/.test(word)) return undefined;
  const name = namesBySound.get(soundKey(word)) ?? namesBySound.get(heardLatinKey(word));
  if (name !== undefined) return respells(word, name) && heardAsLong(word, name) ? name : undefined;
  // The softened ending already shows the word is not the name as spelt, so no re-spelling is asked of it.
  for (const [ending, consonant] of SOFTENED_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_KEY_LENGTH) continue;
    const found = namesBySound.get(heardLatinKey(word.slice(0, -ending.length) + consonant));
    if (found !== undefined) return found;
  }
  for (const ending of POLISH_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_KEY_LENGTH + 1) continue;
    const stem = word.slice(0, -ending.length);
    const found = namesBySound.get(heardLatinKey(stem));
    if (found !== undefined && respells(stem, found)) return found;
  }
  return undefined;
}

/**
 * The question's words, a word the entries never use whose sound is an entry's Latin name (or term word) getting that
 * name's stems too; the same array when none does. A Cyrillic word is keyed as typed or by its Russian stem
 * ("Райана"), a Latin one (in a Polish question, `polishEar`) as typed, as a Polish ear spells it, or without a Polish case ending ("komkastem"); two
 * unknown neighbours are keyed together too, for a one-word name heard as two ("лайв эйджент", LiveAgent). Only
 * unknown words: a known word that sounds like a name ("компании", "записано") means what it says.
 */
export function withLatinNames(
  words: QueryWord[],
  namesBySound: ReadonlyMap<string, string> | undefined,
  stem: StemFn,
  isKnown: (stems: string[]) => boolean,
  polishEar = false,
): QueryWord[] {
  if (!namesBySound || namesBySound.size === 0) return words;
  let out: QueryWord[] | undefined;
  const give = (i: number, name: string) => {
    const w = words[i] as QueryWord;
    out ??= words.slice();
    out[i] = { word: w.word, stems: [...new Set([...w.stems, name, stem(name, 'en')])] };
  };
  // Whether each word is unknown to the entries, asked at most once a word.
  const known: (boolean | undefined)[] = [];
  const unknownAt = (i: number) => !(known[i] ??= isKnown((words[i] as QueryWord).stems));
  // The look-ups come first: most words sound like no name, and only a name's sound needs the index asked.
  words.forEach((w, i) => {
    // A Cyrillic word's first stem is its Russian one (see analyze.ts).
    const name = heardName(w.word, w.stems[0] ?? w.word, namesBySound, polishEar);
    if (name !== undefined && name !== w.word) {
      if (unknownAt(i)) give(i, name);
      return;
    }
    const next = words[i + 1];
    if (next === undefined || isCyrillic(w.word) !== isCyrillic(next.word)) return;
    const joined = w.word + next.word;
    const pair = isCyrillic(joined)
      ? namesBySound.get(cyrillicSoundKey(joined))
      : polishEar
        ? heardLatinName(joined, namesBySound)
        : undefined;
    if (pair === undefined || pair === joined || !unknownAt(i) || !unknownAt(i + 1)) return;
    give(i, pair);
    give(i + 1, pair);
  });
  return out ?? words;
}

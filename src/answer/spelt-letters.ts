// Acronyms spelt out as their letters' names, as speech-to-text writes a voice message: "en pe es" (NPS), "си экс"
// (CX), "es el ej" (SLA), "see ex". A run of letter names that spells a name the entries use is read as that name;
// any other run is left alone, so that ordinary words that sound like letters ("you", "why", "see") mean what they say.
// Hand-written: the letter names of the Latin alphabet as English, Polish and Russian speakers say them; a single
// vowel ("a", "i", "и") is left out, being a word in every language.
import { foldText } from './fold-text.js';

/** Folded letter name → the Latin letter it names. */
const LETTER_NAMES = new Map<string, string>(
  Object.entries({
    a: 'ay ej эи',
    b: 'bee be би бэ',
    c: 'see cee si ce си цэ',
    d: 'dee di de ди дэ',
    e: 'ee',
    f: 'ef eff эф',
    g: 'gee dzi gie джи гэ',
    h: 'aitch eitch ha эич аш',
    // "eye" is a word, but only a run spelling a name is read ("kay pee eyes"; round 144)
    i: 'eye аи',
    j: 'jay dzej jot джеи',
    k: 'kay kej ka кеи ка',
    l: 'el ell эл эль',
    m: 'em эм',
    n: 'en эн',
    o: 'oh оу',
    p: 'pee pe pi пи пэ',
    q: 'cue kju кью',
    r: 'ar er эр ар',
    s: 'es ess эс',
    t: 'tee te ti ти тэ',
    u: 'you ju wu',
    v: 'vee vi wi ви вэ',
    x: 'ex eks iks экс икс',
    y: 'why wai wye уаи',
    z: 'zed zee zet зет зи',
    // CSAT as it is said, "see sat", "си сат" (round 144): its last part is a syllable, not a letter
    sat: 'sat сат',
  }).flatMap(([letter, names]) => names.split(' ').map((name): [string, string] => [name, letter])),
);

/** A letter name with a plural ending ("eyes", "pees"): ends a run, which reads as the acronym's plural ("KPIs"). */
function pluralLetter(folded: string): string | undefined {
  return folded.endsWith('s') ? LETTER_NAMES.get(folded.slice(0, -1)) : undefined;
}

/**
 * Service jargon's acronyms, read even where no entry uses them: "какой у нас эс эл эй" asks the team's SLA, which
 * the entries do not state, and left as letter names it matched the response-time metric's "ответ".
 */
const JARGON = new Set(['sla', 'csat', 'nps', 'kpi', 'fcr', 'crm', 'ivr', 'cx', 'aht', 'ces']);

/** The longest acronym read: longer runs of letter names are spelling, not an acronym. */
const MAX_LETTERS = 5;

const WORD = /[\p{L}]+/gu;

/**
 * The text with every run of two to five letter names that spells one of `names` (folded) written as that name in
 * capitals ("en pe es" → "NPS"); the same string when there is none.
 */
export function withSpeltAcronyms(text: string, names: ReadonlySet<string>): string {
  const words = [...text.matchAll(WORD)];
  let out = '';
  let copiedTo = 0;
  for (let i = 0; i < words.length; i++) {
    // The longest run from here whose words are letter names with only spaces between them.
    // Each word's letters: one, or a syllable ("sat"); the run's words end where their letters do.
    let letters = '';
    const ends: number[] = [];
    let plural = false;
    let end = i;
    while (end < words.length && letters.length < MAX_LETTERS && !plural) {
      const word = words[end] as RegExpMatchArray;
      const folded = foldText(word[0]);
      let letter = LETTER_NAMES.get(folded);
      if (letter === undefined && end > i) {
        letter = pluralLetter(folded);
        plural = letter !== undefined;
      }
      if (letter === undefined) break;
      if (end > i) {
        const before = words[end - 1] as RegExpMatchArray;
        const gap = text.slice((before.index ?? 0) + before[0].length, word.index);
        if (!/^[\s-]+$/.test(gap)) break;
      }
      letters += letter;
      ends.push(letters.length);
      end += 1;
    }
    // The longest run of whole words that spells a name.
    for (let n = ends.length; n >= 2; n--) {
      const acronym = letters.slice(0, ends[n - 1]);
      if (!names.has(acronym) && !JARGON.has(acronym)) continue;
      const first = words[i] as RegExpMatchArray;
      const last = words[i + n - 1] as RegExpMatchArray;
      out +=
        text.slice(copiedTo, first.index) + acronym.toUpperCase() + (plural && n === ends.length ? 's' : '');
      copiedTo = (last.index ?? 0) + last[0].length;
      i += n - 1;
      break;
    }
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}

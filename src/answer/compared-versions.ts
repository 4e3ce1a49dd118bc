// Two versioned things compared ("czym się różni 5G od 2,5G?", "what's the difference between 5G and 2.5G?", "чем 5G
// отличается от 2.5G?", "5G vs 2.5G"): a generation or version named by its number (2G, 2.5G, 5G, Web3) is a thing of
// its own, not a typo of its neighbour, and an entry naming only one of the two cannot tell them apart. The 2.5G
// definition names 2G and 3G in passing, so it answers "2G vs 2.5G", but not "5G vs 2.5G" (round 31: answered at
// 0.58). An entry that names not every version compared lacks a detail asked (`detailMissing`, via beside-asks.ts).
// Hand-written: a few comparing phrasings per language on folded text; no library reads what a question compares.
import { LANGS, type Entry } from '../kb/schema.js';
import { foldText } from './normalize.js';
import { NOT_AFTER_WORD } from './word-bounds.js';

/** One side of a comparison: a word or two (folded). */
const SIDE = "([\\p{L}\\p{N}.,'’-]+(?: [\\p{L}\\p{N}.,'’-]+)?)";

const COMPARING: readonly RegExp[] = [
  `difference (?:between|of) ${SIDE} (?:and|vs|versus) ${SIDE}`,
  `(?:compare|comparing|compared) ${SIDE} (?:and|with|to|vs) ${SIDE}`,
  `${SIDE} (?:vs|versus|compared (?:with|to)) ${SIDE}`,
  `(?:czym|jak|w czym) (?:sie )?rozni(?:a)? (?:sie )?${SIDE} od ${SIDE}`,
  // the first version before the asking words: "a sieci 5G czym się różnią od tych 2,5G", "5G чем отличается от 2.5G"
  `${SIDE} (?:czym|w czym) (?:sie )?rozni(?:a)? (?:sie )?od (?:tych |tego |tej |tamtych )?${SIDE}`,
  `${SIDE} чем (?:вообще )?отлича(?:ется|ются) от (?:этого |этих |того )?${SIDE}`,
  // the first version between the asking words: "czym właściwie 5G różni się od 4G", "how does 5G differ from 4G"
  `(?:czym|w czym) (?:wlasciwie |wiec |wlasnie )?${SIDE} (?:sie )?rozni(?:a)? (?:sie )?od ${SIDE}`,
  `how (?:does|do|is|are) ${SIDE} (?:differ|different) from ${SIDE}`,
  `roznic[aey] (?:miedzy|pomiedzy) ${SIDE} (?:a|i) ${SIDE}`,
  `${SIDE} (?:kontra|w porownaniu z) ${SIDE}`,
  // two versions, then the difference asked: "5G a 2,5G — różnice?", "5G and 2.5G: difference?", "5G и 2,5G — разница?"
  `${SIDE} (?:a|i|and|и) ${SIDE}[\\s,:;—–-]*(?:roznic\\p{L}*|differences?|разниц\\p{L}*|отличи\\p{L}*)`,
  `(?:чем|как) ${SIDE} отлича(?:ется|ются) от ${SIDE}`,
  `разниц[аы] между ${SIDE} и ${SIDE}`,
  `${SIDE} (?:против|по сравнению с) ${SIDE}`,
  // "is 5G faster than 2.5G", "czy 5G jest szybsze od 2,5G", "5G быстрее 2.5G?"
  `${SIDE} (?:\\p{L}+er|more \\p{L}+|less \\p{L}+) than ${SIDE}`,
  `${SIDE} (?:jest )?(?:\\p{L}+sz[aeyi]\\p{L}*|lepsz\\p{L}*|gorsz\\p{L}*) (?:niz|od) ${SIDE}`,
  `${SIDE} (?:\\p{L}+ее|лучше|хуже) (?:чем )?${SIDE}`,
].map((source) => new RegExp(`${NOT_AFTER_WORD}${source}(?![\\p{L}\\p{N}])`, 'u'));

/** A versioned name: a number and up to three letters (2g, 2.5g, 5g, 4g, web3 is written the other way round). */
const VERSION = /^(?:\d+(?:\.\d+)?[a-z]{1,3}|[a-z]{2,4}\d(?:\.\d+)?)$/u;

/** A version's digit beside a letter: most questions hold none and are passed over by this alone. */
const HINT = /\d[a-z]|[a-z]\d/u;

/**
 * A generation said aloud, as speech-to-text writes it ("пять джи", "cztery g", "four gee"): its digits. Only 2 to 5,
 * the mobile generations, and only before the letter's name, so no other number is read.
 */
const SPOKEN_GENERATION =
  /(?<![\p{L}\p{N}])(two|three|four|five|dwa|dwoch|trzy|trzech|cztery|czterech|piec|pieciu|два|двух|три|трех|четыре|четырех|пять|пяти)\s+(?:g|gee|dzi|gie|джи|гэ)(?![\p{L}\p{N}])/gu;
const GENERATION_DIGIT: Record<string, string> = {
  two: '2',
  dwa: '2',
  dwoch: '2',
  два: '2',
  двух: '2',
  three: '3',
  trzy: '3',
  trzech: '3',
  три: '3',
  трех: '3',
  four: '4',
  cztery: '4',
  czterech: '4',
  четыре: '4',
  четырех: '4',
  five: '5',
  piec: '5',
  pieciu: '5',
  пять: '5',
  пяти: '5',
};
const SPOKEN_HINT = /\s(?:g|gee|dzi|gie|джи|гэ)(?![\p{L}\p{N}])/u;

/** The versions a comparison in the question names (folded, "2,5g" as "2.5g"); undefined unless two or more. */
export function comparedVersions(said: string): readonly string[] | undefined {
  const folded = SPOKEN_HINT.test(said)
    ? said.replace(SPOKEN_GENERATION, (_, n: string) => `${GENERATION_DIGIT[n] ?? n}g`)
    : said;
  if (!HINT.test(folded)) return undefined;
  for (const pattern of COMPARING) {
    const found = pattern.exec(folded);
    if (!found) continue;
    const versions = [found[1], found[2]]
      .flatMap((side) => (side ?? '').split(' '))
      .map((word) => word.replace(/[.,'’-]+$/u, '').replace(',', '.'))
      .filter((word) => VERSION.test(word));
    if (versions.length >= 2) return versions;
  }
  return undefined;
}

const named = new WeakMap<Entry, ReadonlySet<string>>();

/** The versioned names an entry's texts, term and phrasings hold, in any language, read once per entry. */
function versionsNamed(entry: Entry): ReadonlySet<string> {
  let versions = named.get(entry);
  if (versions) return versions;
  const set = new Set<string>();
  for (const lang of LANGS) {
    const texts = [entry.text[lang], entry.term?.[lang], ...(entry.phrasings[lang] ?? [])];
    for (const text of texts)
      if (text)
        for (const word of foldText(text).split(/[^\p{L}\p{N}.,]+/u))
          if (word) {
            const version = word.replace(/[.,]+$/u, '').replace(',', '.');
            if (VERSION.test(version)) set.add(version);
          }
  }
  named.set(entry, (versions = set));
  return versions;
}

/** Whether the entry leaves a version compared unnamed. */
export function namesNotEveryVersion(entry: Entry, versions: readonly string[]): boolean {
  const own = versionsNamed(entry);
  return versions.some((version) => !own.has(version));
}

// One measure named by its own term ("waiting time - is it really one of the biggest things for service quality?",
// "czas oczekiwania na odpowiedź jako miernik", "качество информации как критерий"): that measure's entry is what is
// asked, while the tip listing every measure, or a neighbouring measure whose text names the same wait, shares most of
// the words and often ranks first (rounds 163-164). Not when measures are asked in the plural ("which metrics…"):
// the list answers those (measure-asks.ts).
// Hand-written: the terms are the knowledge base's own, read by their first content word and one more.
import type { Entry } from '../kb/schema.js';
import { LANGS } from '../kb/schema.js';
import type { Candidate } from './candidates.js';
import { askSentence } from './ask-sentence.js';
import { movedFirst } from './moved-first.js';
import { foldText, tokenize } from './normalize.js';
import { stemWord } from './stem.js';
import { isStopword } from './stopwords.js';

/** How many of the first candidates are looked at for the measure named. */
const LOOKED_AT = 4;
/** The measure must be at least this share of the first candidate's probability: a far one is another topic's. */
const MEASURE_SHARE = 0.33;

/** Per language, a metric's term's content words, stemmed: the first, and the others. */
type TermKeys = readonly (readonly [string, readonly string[]])[];
const keysByEntry = new WeakMap<Entry, TermKeys>();

function termKeys(entry: Entry): TermKeys {
  let keys = keysByEntry.get(entry);
  if (!keys) {
    keys = LANGS.flatMap((lang) => {
      const term = entry.term?.[lang];
      const words = term ? tokenize(foldText(term), 20).filter((w) => !isStopword(w)) : [];
      const stems = words.map((w) => stemWord(w, lang));
      return stems.length >= 2 ? [[stems[0] as string, stems.slice(1)] as const] : [];
    });
    keysByEntry.set(entry, keys);
  }
  return keys;
}

/**
 * The content words of the metric's best-named term that the question's stems (any language's) hold, when they hold
 * its first and another ("information quality" of "quality of information provided", "качество информации"); else none.
 */
function termWordsNamed(entry: Entry, stems: ReadonlySet<string>): readonly string[] {
  let most: readonly string[] = [];
  for (const [first, rest] of termKeys(entry)) {
    const named = [first, ...rest].filter((s) => stems.has(s));
    if (stems.has(first) && named.length > 1 && named.length > most.length) most = named;
  }
  return most;
}

/** The content words of the metric's terms, stemmed. */
function termWords(entry: Entry): string[] {
  return termKeys(entry).flatMap(([first, rest]) => [first, ...rest]);
}

/** The stems of the sentence asking (ask-sentence.ts): the story before it left out. */
function askStems(folded: string): ReadonlySet<string> {
  return questionStems(askSentence(folded));
}

/** The rest of a list asked after one measure named: "and what else", "co jeszcze", "что ещё". */
const OTHERS_ASKED =
  /(?<![\p{L}])(?:what else|and what|anything else|what other|co jeszcze|cos jeszcze|something else|что[- ]то ещ[её]|czego (?:\p{L}+ )?brak\p{L}*|co (?:poza|oprocz)|i co dalej|что (?:ещ[её]|еще|там ещ[её])|а ещ[её]|(?:что|какие) (?:кроме|помимо))(?![\p{L}])/u;

/** The question's folded words, stemmed in every language. */
function questionStems(folded: string): ReadonlySet<string> {
  const stems = new Set<string>();
  for (const word of tokenize(folded, 200)) for (const lang of LANGS) stems.add(stemWord(word, lang));
  return stems;
}

/**
 * When a metric named by its term is among the first few and the first candidate is another entry (the tip listing
 * the measures, or another metric), the named metric comes first at the first one's probability.
 */
export function namedMeasureFirst(
  candidates: Candidate[],
  folded: string,
  measuresAsked: boolean,
  lift: (c: Candidate, probability: number) => Candidate,
): Candidate[] {
  const top = candidates[0];
  if (!top || measuresAsked || (top.hit.entry.kind !== 'tip' && top.hit.entry.kind !== 'metric'))
    return candidates;
  if (!candidates.slice(0, LOOKED_AT).some((c) => c.hit.entry.kind === 'metric')) return candidates;
  // "waiting time and what else?" asks the rest of the list.
  if (OTHERS_ASKED.test(folded)) return candidates;
  const stems = questionStems(folded);
  // Two measures named ("waiting time, consultant availability…") are the list, or a choice between them; unless one's
  // words are all the other's ("czas odpowiedzi" in "czas oczekiwania na odpowiedź"): the longer is named.
  const named = candidates
    .map((c, i) => ({ i, words: c.hit.entry.kind === 'metric' ? termWordsNamed(c.hit.entry, stems) : [] }))
    .filter((n) => n.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
  const best = named[0];
  if (
    !best ||
    named
      .slice(1)
      .some((n) => n.words.length === best.words.length || n.words.some((w) => !best.words.includes(w)))
  )
    return candidates;
  if (top.hit.entry.kind === 'metric') {
    const words = termWords(top.hit.entry);
    // A first measure whose term holds every word named ("response waitng time": the waiting time's term holds
    // "response" and "time") is not set aside for a shorter one.
    if (best.words.every((w) => words.includes(w))) return candidates;
    // Nor is one the ask touches by a word of its own term that the one named lacks ("how many consultants"); a
    // story's word ("the agent answered after nine days") does not keep it.
    const asked = askStems(folded);
    if (words.some((w) => !best.words.includes(w) && asked.has(w))) return candidates;
  }
  const at = best.i;
  const found = candidates[at];
  if (at === 0 || at >= LOOKED_AT || !found || found.probability < MEASURE_SHARE * top.probability)
    return candidates;
  return movedFirst(candidates, at, lift(found, top.probability));
}

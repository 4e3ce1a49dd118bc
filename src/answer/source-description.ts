// A source described where a fact is placed ("according to the Russian telephony post", "in the Polish column about
// why customer service fails", "wg felietonu o szwankującej obsłudze", "по данным блога о телефонии"): the words
// describing the work ("telephony", "why customer service fails", "o telefonii") say which work, not which fact, and
// weighed as the ask they pulled the right entry under the decline line or towards another entry of the topic they
// name. They weigh nothing; the source cues (language, kind, title words) still judge which work fits.
// Only a work placed by a locative or "according to" is read: in "what does the guide say about returns" the words
// after "about" are the ask. And only when the rest of the question still asks something (two content words or more):
// "Что говорится в статье о качестве информации?" asks what the article's "about" names.
// Hand-written: a few patterns per language on folded text; no library reads citations in questions.
import { isStopword } from './stopwords.js';
import { isSourceTalk } from './source-cues.js';
import { foldedWords } from './normalize.js';
import { PLACED_WORK_NOUNS, WORK_NOUNS } from './publication-nouns.js';
import type { Lang } from '../kb/schema.js';
import { NOT_AFTER_WORD } from './word-bounds.js';

/** A word of a description: letters, digits, quotes and hyphens inside ("service-quality", "company's"). */
const WORD = '[\\p{L}\\p{N}\'’"«»„”-]+';
/**
 * Up to five words before the work's noun ("the Russian telephony", "this 'what is CS quality'"), none of them a word
 * that places a fact itself: "в обслуживании перечислены в статье" describes no work by "обслуживании".
 */
const PLACING = '(?:in|per|from|according|about|w|we|z|ze|wg|o|в|во|из|по|о|про|согласно)';
const BEFORE = `(?:(?!${PLACING}\\s)${WORD}\\s+){0,5}?`;
/**
 * What a description runs to after the noun and its connector: the end of its clause, at most eight words away. The
 * words are separated by spaces (a word then optional spaces, repeated, let one word split every way: a clause of
 * more than eight words took 9 ms of backtracking to fail). A Polish "za" ends it: "w tekście o jakości obsługi za
 * dopuszczalny" judges by the text, whose description stops before the judgement (round 74).
 */
const AFTER = `${WORD}(?:\\s+(?!za\\s)${WORD}){0,7}\\s*(?=[?.!;:()—–]|,\\s|$)`;

/** The nouns of a work, per language (publication-nouns.ts): those that only name one and those placed as one. */
function nouns(lang: Lang): string {
  return `(?:${[...WORK_NOUNS[lang], ...PLACED_WORK_NOUNS[lang]].join('|')})`;
}
const NOUN_EN = nouns('en');
const NOUN_PL = nouns('pl');
const NOUN_RU = nouns('ru');

const START = NOT_AFTER_WORD;
/** Where a work named on its own may stand: after an ask's end, a dash or a bracket (not inside a clause). */
const AFTER_ASK = '(?<=[?!.;(—–]\\s{0,3})';

/**
 * What starts a description's "about…" clause, per language; also a clause telling what the work explained ("в той
 * статье, где объясняли, что считается хорошим сервисом", "w tekście, gdzie tłumaczyli, jak…", "the guide where they
 * explain what…"; round 80).
 */
const TOLD = {
  en: '(?:where|that|which) (?:\\p{L}+ ){0,2}?(?:explain|describ|talk|discuss|went|go(?:es)? (?:into|over))\\p{L}*(?: (?:about|into|over))?,?(?: (?:what|how|why))?',
  pl: 'gdzie (?:\\p{L}+ ){0,2}?(?:tlumacz|wytlumacz|wyjasnia|wyjasnil|pisal|pisza|opisyw|opisal|mowi|omawia|omowil)\\p{L}*,?(?: (?:co|jak|ze|czemu|dlaczego))?',
  ru: 'где (?:\\p{L}+ ){0,2}?(?:объясня|объяснил|рассказыва|рассказал|писал|пишут|говори|рассужда|разбира|описыва)\\p{L}*,?(?: (?:что|как|почему))?',
};
const ABOUT_EN = `(?:,?\\s+((?:about|on|${TOLD.en})\\s+${AFTER}))?`;
const ABOUT_PL = `(?:,?\\s+((?:o tym,?(?:\\s+(?:jak|ze|czemu|dlaczego|ile|czym|co|kiedy))?|o|na temat|dotyczac\\p{L}*|firmy|${TOLD.pl})\\s+${AFTER}))?`;
const ABOUT_RU = `(?:,?\\s+((?:(?:о том|про то),?(?:\\s+(?:как|что|почему|сколько|насколько))?|о|об|про|на тему|телефоннои|компании|${TOLD.ru})\\s+${AFTER}))?`;

/** A work placed by a locative or an "according to", with what describes it before and after its noun. */
const DESCRIBED = new RegExp(
  [
    `${START}(?:according(?: to)?|per|in|from)\\s+(?:the|that|this|a|an)\\s+(${BEFORE}${NOUN_EN})${ABOUT_EN}`,
    `${START}(?:wg|wedlug|zgodnie z|w|we|z|ze)\\s+(?:tym|tej|tego|ten|ta|tamtym|tamtej)?\\s*(${BEFORE}${NOUN_PL})${ABOUT_PL}`,
    `${START}(?:по данным|согласно|по мнению|в|во|из)\\s+(?:этои|этом|тои|том|этого|того)?\\s*(${BEFORE}${NOUN_RU})${ABOUT_RU}`,
    // A work named on its own after the ask ("…otwarcie? ten rosyjski tekst o tym, ile kosztuje zła obsługa", "…? that
    // russian article about bad service", "…? та статья о том, сколько стоит плохой сервис"; round 80)
    `${AFTER_ASK}(?:that|the|this)\\s+(${BEFORE}${NOUN_EN})${ABOUT_EN}`,
    `${AFTER_ASK}(?:ten|ta|to|tamten|tamta|tamto)\\s+(${BEFORE}${NOUN_PL})${ABOUT_PL}`,
    `${AFTER_ASK}(?:та|тот|это|эта|этот)\\s+(${BEFORE}${NOUN_RU})${ABOUT_RU}`,
  ].join('|'),
  'gu',
);

/** Letters every description holds one of (its nouns' beginnings): most questions are passed over by this alone. */
const GATE =
  /artic|colum|post|blog|newslet|piece|guide|gloss|faq|tease|podcas|write|text|artyk|feliet|wpis|poradn|przewo|slown|glosar|teks|zajaw|стат|колонк|блог|пост|гаид|глосс|словар|заметк|публик|подкаст|руковод|текст/u;

/** The content words of a stretch of folded text: no stop word, no source talk; a figure counts ("76% — co oznacza"). */
function contentWords(text: string): string[] {
  return foldedWords(text, 200).filter(
    (w) => (w.length > 2 || /^\d/u.test(w)) && !isStopword(w) && !isSourceTalk(w),
  );
}

/** The described works of a folded text: where each stands and the words describing it; none for most questions. */
interface Described {
  spans: [number, number, string][];
  /** Per span, where its "about…" clause starts (its end when it has none). */
  abouts: number[];
  /** The content words of the text outside the descriptions: what it asks. */
  asked: string[];
}

function described(folded: string): Described | undefined {
  if (!GATE.test(folded)) return undefined;
  DESCRIBED.lastIndex = 0;
  const spans: [number, number, string][] = [];
  const abouts: number[] = [];
  for (let match = DESCRIBED.exec(folded); match !== null; match = DESCRIBED.exec(folded)) {
    const parts = match.slice(1).filter((part): part is string => part !== undefined);
    const end = match.index + match[0].length;
    spans.push([match.index, end, parts.join(' ')]);
    // The "about…" clause is the second part, when there is one, and ends the match.
    abouts.push(parts.length > 1 ? end - (parts[1] ?? '').length : end);
  }
  if (spans.length === 0) return undefined;
  const asked = contentWords(outside(folded, spans));
  // A description that is the whole ask ("what is said in the article about information quality") stays the ask.
  return asked.length < 2 ? undefined : { spans, abouts, asked };
}

/** The text outside the spans. */
function outside(folded: string, spans: readonly [number, number, string][]): string {
  // Joined by single spaces, none before the first piece: a question opening with a space ("кто проводил…") met no
  // pattern anchored at its start (round 84: "Кто проводил то исследование из статьи про телефонию?" asked no one).
  const pieces: string[] = [];
  let from = 0;
  for (const [start, end] of spans) {
    pieces.push(folded.slice(from, start));
    from = end;
  }
  pieces.push(folded.slice(from));
  return pieces.join(' ');
}

/**
 * The folded words describing a source the question places its ask in (see the module's comment), which weigh
 * nothing; empty for most questions.
 */
export function sourceDescriptionWords(folded: string): ReadonlySet<string> {
  const words = new Set<string>();
  const found = described(folded);
  if (!found) return words;
  // A word the ask holds too ("measures of service quality … in the quality article") is the ask's.
  for (const [, , describing] of found.spans)
    for (const word of contentWords(describing)) if (!found.asked.includes(word)) words.add(word);
  return words;
}

/**
 * The folded text without what the works it places its ask in are about: "w tym ruskim artykule o tym, ile kosztuje
 * zły serwis — jaki procent…" asks a share, not a cost. The work itself stays: "во сколько лучше постить" is read as
 * a work placed by "во", and its "во сколько" still asks a time.
 */
export function withoutSourceDescriptions(folded: string): string {
  const found = described(folded);
  if (!found) return folded;
  // A work described by no "about…" clause leaves the text as it is (not a doubled space that phrase patterns miss).
  const abouts = found.spans
    .map(([, end, text], i): [number, number, string] => [found.abouts[i] ?? end, end, text])
    .filter(([start, end]) => start < end);
  return abouts.length === 0 ? folded : outside(folded, abouts);
}

// Splits a message into its asks ("Which tool does the guide recommend, and what is its price per seat?") and lets an
// entry that answers one ask be weighed on that ask alone, so the other ask's words (the price it never states) do
// not rule it out; such an answer is never sure, since the other ask stays unanswered.
// Hand-written: a few joining phrases per language; no library splits a question into its asks.
import type { QueryWord } from './analyze.js';
import { askedValues, lacksAsked, type AskedValue } from './asked-attributes.js';
import { detailsAsked, type DetailAsks } from './detail-asks.js';
import { lacksBesideAsk } from './beside-asks.js';
import { leavesFollowUp } from './follow-up-ask.js';
import type { FigureReader } from './figure-evidence.js';
import { FEATURES } from './evidence.js';
import { checkFrameWords } from './check-frame.js';
import { foldText, tokenize } from './normalize.js';
import { cyrillicQuestion } from './translit-question.js';
import type { EntryHit } from './search-index.js';
import type { WeighedQuestion } from './weigh-question.js';

/** A question's sentences end at a question mark (kept with its sentence). */
const SENTENCE_END = /(?<=\?)\s+/u;

/** Asking words that may open a second ask after a comma (folded or as typed: the question is read as typed). */
const SECOND_ASK =
  '(?:how (?:many|much|long|often)|what|which|ile|ilu|jak(?:i|a|ie|iego|iej)?|kiedy|сколько|какой|какая|какие|каков\\p{L}*|когда)';

/**
 * Where a second ask starts inside a sentence: before "(,) and what/how…", "(,) a ile/jaki…", "i (o) ile",
 * "и сколько/какой/чем…". Compiled once (a question is split on every query).
 */
const ASK_JOIN = new RegExp(
  [
    ',?\\s+(?=(?:and|but)\\s+(?:what|how|which|who|when|where|why|is it|are they|does it|do they)(?![\\p{L}]))',
    ',?\\s+(?=a\\s+(?:ile|jak\\p{L}*|kto|kiedy|gdzie|czy)(?![\\p{L}]))',
    '\\s+(?=i\\s+(?:o\\s+)?(?:ile|jak\\p{L}+|kto|kiedy|gdzie)(?![\\p{L}]))',
    ',?\\s+(?=и\\s+(?:сколько|как\\p{L}*|кто|когда|где|чем|почему)(?![\\p{L}]))',
    // a second asking word after a comma, when one asked before it ("сколько рейсов отменили, сколько потеряли?",
    // "how many flights, how much money?"); not after a lead-in naming the topic ("Delta, how many flights…?")
    // the comma first: the look back runs only at commas, not at every position of a long message
    `,(?<=(?:^|[^\\p{L}])${SECOND_ASK}(?![\\p{L}])[^,?]*,)\\s+(?=${SECOND_ASK}(?![\\p{L}]))`,
  ].join('|'),
  'iu',
);

/** The asks of a question: per ask, which question words belong to it (a word in several asks belongs to each). */
export interface QuestionAsks {
  /** Per ask, per question word: whether the ask holds it. */
  words: boolean[][];
  /** Per ask, the kinds of value it asks for ("in what year"). */
  values: AskedValue[][];
  /** Per ask, the details it asks beside a fact ("a ile w Polsce?"; see detail-asks.ts). */
  details: (DetailAsks | undefined)[];
}

/** The asks of a question with two or more of them; undefined for a question with one ask (read whole, as always). */
export function questionAsks(typed: string, words: readonly QueryWord[]): QuestionAsks | undefined {
  // Russian typed in Latin letters is split and read in its Cyrillic reading, as the whole question's asks are
  // ("kejs Delta 2016 — skolko reisov otmenili i skolko poteryali?": two asks, each read as "сколько…").
  const question = cyrillicQuestion(typed) ?? typed;
  // Sentences that ask nothing ("bo polowa zespolu na chorobowym") tell the asker's story: they are no ask.
  const sentences = question.split(SENTENCE_END);
  const asking = sentences.length > 1 ? sentences.filter((s) => s.includes('?')) : sentences;
  const parts = asking.flatMap((s) => s.split(ASK_JOIN)).filter((p) => p.trim() !== '');
  if (parts.length < 2) return undefined;
  // A word no part holds as written (read from transliteration) belongs to every ask.
  const tokens = parts.map((p) => new Set(tokenize(p, 200)));
  const inNone = words.map((w) => !tokens.some((t) => t.has(w.word)));
  const asks: QuestionAsks = { words: [], values: [], details: [] };
  tokens.forEach((t, k) => {
    // A part without a content word of its own ("thanks?") is no ask, nor one that only checks the asker's memory
    // ("dobrze pamiętam liczbę?", "do I remember that right?": its words weigh nothing; round 139).
    const frame = checkFrameWords(foldText(parts[k]!));
    if (!words.some((w, i) => !inNone[i] && t.has(w.word) && !frame.has(w.word))) return;
    asks.words.push(words.map((w, i) => inNone[i]! || t.has(w.word)));
    asks.values.push(askedValues(parts[k]!));
    asks.details.push(detailsAsked(parts[k]!));
  });
  return asks.words.length < 2 ? undefined : asks;
}

/** The features read on one ask's words instead of the whole question's. */
interface OneAskEvidence {
  share: number;
  coverage: number;
  exactShare: number;
  unknownShare: number;
  nameOnly: number;
  focusMissing: number;
  nameElsewhere: number;
  valueMissing: number;
  detailMissing: number;
}

const AT = {
  share: FEATURES.indexOf('share'),
  coverage: FEATURES.indexOf('coverage'),
  exactShare: FEATURES.indexOf('exactShare'),
  unknownShare: FEATURES.indexOf('unknownShare'),
  nameOnly: FEATURES.indexOf('nameOnly'),
  focusMissing: FEATURES.indexOf('focusMissing'),
  nameElsewhere: FEATURES.indexOf('nameElsewhere'),
  valueMissing: FEATURES.indexOf('valueMissing'),
  detailMissing: FEATURES.indexOf('detailMissing'),
} satisfies Record<keyof OneAskEvidence, number>;

/** What a question may ask of the study behind a figure, beside the figure (see study-asks.ts). */
const STUDY_DETAILS: readonly AskedValue[] = ['sample', 'method'];

/** An ask counts as answered by an entry from this share of its weight matched (damped when it says little). */
const ANSWERED_FROM = 0.5;

/**
 * When the entry answers the first ask and that says more than the whole question, writes the features read on that
 * ask into `features` (in FEATURES order) and tells so; else leaves them as they are.
 */
export function readOnFirstAsk(
  hit: EntryHit,
  question: WeighedQuestion,
  asks: QuestionAsks,
  features: number[],
  figuresOf: FigureReader,
): boolean {
  // Only the first ask stands alone: a later one leans on it ("and when did Amazon buy it?", "a ile w Polsce?"),
  // so an entry matching only the later one's words answers something the asker did not ask.
  const first = asks.words[0];
  if (!first) return false;
  const details = asks.details[0];
  const stated = figuresOf(hit.entry).details;
  if (details && stated.lacks(details)) return false;
  // A person's team, firm or life asked in any ask ("кто такой X и где он работает") is a fact of its own, not one
  // leaning on the first ask: an entry that does not tell it is no answer to the message.
  if (question.details?.role && !stated.role) return false;
  // So is what came of a story ("чем кончилась та история…? компания извинилась, оператора уволили?"; round 84),
  // unless the first ask is a figure of the story, a fact of its own ("ile lotów odwołano i ile wypłacono
  // odszkodowań?": the cancelled flights answer it).
  if (question.details?.aftermath && !stated.aftermath && !asks.values[0]?.length) return false;
  // So is how a study was done, asked in any ask ("which survey was that 72% from and how many people were asked?"):
  // the figure of the first ask is no answer to a message asking the study's sample or method, which it does not state.
  const studyAsked = question.askedValues.filter((value) => STUDY_DETAILS.includes(value));
  if (studyAsked.length > 0 && lacksAsked(figuresOf(hit.entry).values, studyAsked)) return false;
  // So is the year of a study asked beside who ran or paid for it ("who commissioned Kolsky's research, and what year
  // was it done?"; round 101): the finding is no answer to a message asking when its study was done.
  const studyYear = question.askedValues.includes('researcher') && question.askedValues.includes('year');
  if (studyYear && lacksAsked(figuresOf(hit.entry).values, ['year'])) return false;
  // So is a norm or a vendor asked in any ask ("jaki CRM wybrać i ile kosztuje"; see beside-asks.ts).
  if (lacksBesideAsk(question.beside, hit.entry, figuresOf(hit.entry).values)) return false;
  // A restated figure split from its follow-up ("…2.6x more likely to job hunt - but what % are burned out?") is no
  // ask of its own: the follow-up is what is asked, and an entry matching none of its words does not answer it.
  if (leavesFollowUp(hit.matched, question.weights, question.followUp)) return false;
  const onAsk = askEvidence(hit, question, first, asks.values[0] ?? [], figuresOf);
  if (!onAsk || onAsk.share < ANSWERED_FROM || onAsk.coverage <= (features[AT.coverage] ?? 0)) return false;
  for (const name of Object.keys(AT) as (keyof OneAskEvidence)[]) features[AT[name]] = onAsk[name];
  return true;
}

/**
 * Whether the entry answers every ask of the message on its own ("ile lotów odwołano i ile firma straciła": the case
 * telling both figures of the story), each ask's words matched and its values stated, by the rules of askEvidence.
 */
export function answersEveryAsk(
  hit: EntryHit,
  question: WeighedQuestion,
  asks: QuestionAsks,
  figuresOf: FigureReader,
): boolean {
  const stated = figuresOf(hit.entry).details;
  const first = asks.words[0]!;
  for (let k = 0; k < asks.words.length; k += 1) {
    const details = asks.details[k];
    if (details && stated.lacks(details)) return false;
    const values = asks.values[k] ?? [];
    if (k === 0) {
      // The first ask holds the story's names ("Delta", "2016"), which every entry of the story matches: the whole
      // message is what the entry must cover.
      if (!askEvidence(hit, question, first, values, figuresOf)) return false;
      if (wholeCoverage(hit, question) < WHOLE_FROM) return false;
      continue;
    }
    // A later ask leans on the first ("…and what did it cost?"): its own words, however few, must be matched.
    let total = 0;
    let matched = 0;
    asks.words[k]!.forEach((inAsk, i) => {
      if (!inAsk || first[i]) return;
      const w = question.weights[i] ?? 0;
      total += w;
      matched += (hit.matched[i] ?? 0) * w;
    });
    if (total === 0 || matched / total < ANSWERED_FROM) return false;
    if (values.length > 0 && lacksAsked(figuresOf(hit.entry).values, values)) return false;
  }
  return true;
}

/** An entry answering every ask covers this share of the whole message's weight. */
const WHOLE_FROM = 0.75;

function wholeCoverage(hit: EntryHit, question: WeighedQuestion): number {
  let total = 0;
  let matched = 0;
  for (let i = 0; i < question.weights.length; i += 1) {
    const w = question.weights[i] ?? 0;
    total += w;
    matched += (hit.matched[i] ?? 0) * w;
  }
  return total > 0 ? matched / total : 0;
}

/** The coverage features on one ask's words, or undefined when the entry cannot answer it (the rules of evidence.ts). */
function askEvidence(
  hit: EntryHit,
  question: WeighedQuestion,
  mask: boolean[],
  values: AskedValue[],
  figuresOf: FigureReader,
): OneAskEvidence | undefined {
  let total = 0;
  let matched = 0;
  let exact = 0;
  let unknown = 0;
  let words = 0;
  let names = 0;
  let others = 0;
  let othersMatched = 0;
  for (let i = 0; i < mask.length; i += 1) {
    if (!mask[i]) continue;
    const quality = hit.matched[i] ?? 0;
    const w = question.weights[i] ?? 0;
    // A word asking for an attribute the entry lacks, or a rare name it never mentions: not this ask's answer.
    if (!quality && (question.focus[i] || question.rare[i])) return undefined;
    total += w;
    matched += quality * w;
    if (quality >= 1) exact += w;
    if (question.unknown[i] && !quality) unknown += w;
    if (quality) words += 1;
    if (question.rare[i]) names += 1;
    else if (w) {
      others += 1;
      othersMatched += quality;
    }
  }
  // One word matched ("сколько у них абонентов") is too little to tell an answered ask; nor does an ask of weightless
  // words only (a dispute's frame, "Kasia says 15, I say 6, who is right?") tell one: its coverage would be 0 / 0.
  if (total <= 0 || words < 2 || (names > 0 && others > 0 && othersMatched / others < 0.5)) return undefined;
  if (values.length > 0 && lacksAsked(figuresOf(hit.entry).values, values)) return undefined;
  const coverage = matched / total;
  return {
    share: coverage * Math.sqrt(Math.min(1, matched / 3.5)),
    coverage,
    exactShare: exact / total,
    unknownShare: unknown / total,
    nameOnly: 0,
    focusMissing: 0,
    nameElsewhere: 0,
    valueMissing: 0,
    detailMissing: 0,
  };
}

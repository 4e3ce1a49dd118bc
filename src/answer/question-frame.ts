// The story around an ask: in "my manager wants to cut the training budget. why does training matter?" the
// sentences without a question mark tell the asker's situation; the words only they hold weigh less. A message
// with no question mark asks in the sentences that open with an asking word or an imperative ask ("Daj jakiś
// cytat…", "Give me one number…", "Напомни…"). A sentence of the asker's mood ("Feeling pretty useless today.",
// "Устала, ощущение что всё зря.", "ręce mi opadają") tells nothing of what is asked: its words weigh less still.
import { anyCountryAsked } from './countries.js';
import { foldedPattern } from './fold-text.js';
import { foldText, hasPolishDiacritics, isCyrillic, tokenize } from './normalize.js';
import { QUOTATION, quotedParts } from './quoted-speech.js';
import { STORY_SPEAKER } from './reported-speech.js';
import { simileWords } from './similes.js';
import { valueList } from './same-layout-lists.js';
import { cyrillicReading, looksTransliterated } from './translit.js';

/** How much of its weight a word keeps when only the story around the question holds it. */
export const FRAME_WORD_WEIGHT = 0.5;
/** How much of its weight a word keeps when only sentences of the asker's mood hold it. */
export const MOOD_WORD_WEIGHT = 0.2;

/**
 * The words opening a sentence that asks without a question mark: asking words and imperative asks, folded
 * ("daj jakiś cytat", "give me", "tell me", "podaj", "напомни", "сколько").
 */
const ASK_OPENING = foldedPattern(
  /^(?:what|whats|how|why|which|who|when|where|is|are|do|does|can|could|should|give|tell|show|share|need|remind|explain|any|co|jak|jaki|jaka|jakie|ile|ilu|czy|dlaczego|czemu|kto|kiedy|gdzie|daj|dajcie|podaj|podajcie|powiedz|pokaz|przypomnij|wyjasnij|potrzebuje|szukam|что|как|какой|какая|какие|сколько|почему|зачем|кто|когда|где|ли|дай|дайте|скажи|скажите|подскажи|подскажите|напомни|напомните|покажи|объясни|нужна|нужен|нужно|ищу)$/u,
);

/** The asker's mood: what makes a sentence of the story one that tells how the asker feels (folded text). */
const MOOD =
  /(?<![\p{L}])(?:feel(?:ing|s)?|felt|tired|exhausted|drained|useless|pointless|hopeless|worthless|demotivated|unmotivated|rough (?:day|shift|week|night)|(?:bad|long|hard|awful|terrible) (?:day|shift|week|night)|stressed|overwhelmed|miserable|fed up|sad|czuj\p{L}*|wrazeni\p{L}*|zmeczon\p{L}*|wykonczon\p{L}*|padniet\p{L}*|dobit\p{L}*|zalaman\p{L}*|zdolowan\p{L}*|smutn\p{L}*|mam dosc|mam dosyc|bez sensu|rece (?:mi )?opadaja|opadaja mi rece|beznadziej\p{L}*|nie mam sil\p{L}*|sil nie mam|ciezk\p{L}* (?:dzien|zmian\p{L}*|dyzur\p{L}*)|kiepsk\p{L}* (?:dzien|zmian\p{L}*)|устал\p{L}*|ощущени\p{L}*|чувству\p{L}*|чувство|зря|руки опуска\p{L}*|опускаются руки|сил нет|нет сил|выжат\p{L}*|вымотан\p{L}*|грустн\p{L}*|бессмыслен\p{L}*|бесполезн\p{L}*|задолбал\p{L}*|тяжел\p{L}* (?:день|смен\p{L}*))(?![\p{L}])/u;

/**
 * Customers and callers named in a sentence: their feelings ("Customers feel ignored when the hold music loops",
 * "Klienci czują się zlekceważeni") are the topic asked about, not the asker's mood.
 */
const OTHERS =
  /(?<![\p{L}])(?:customers?|clients?|callers?|buyers?|shoppers?|consumers?|users?|guests?|passengers?|klien\p{L}*|konsument\p{L}*|kupujac\p{L}*|dzwoniac\p{L}*|pasazer\p{L}*|клиент\p{L}*|абонент\p{L}*|покупател\p{L}*|потребител\p{L}*|звонящ\p{L}*|пассажир\p{L}*)(?![\p{L}])/u;

/** The story's words: those it holds, and those only sentences of the asker's mood hold. */
export interface QuestionFrame {
  words: ReadonlySet<string>;
  mood: ReadonlySet<string>;
  /** Of the words, those of the story told before the first ask (not of what follows it). */
  before: ReadonlySet<string>;
  /** The question from its first ask on, when a story of the asker's own (nothing pasted) is told before it. */
  fromAsk?: string;
}

const NO_FRAME: QuestionFrame = { words: new Set(), mood: new Set(), before: new Set() };

function asksByOpening(sentence: string): boolean {
  const first = tokenize(sentence, 2)[0];
  return first !== undefined && ASK_OPENING.test(first);
}

/** Words a lead-in before a colon has at least: "Ryan Block: co się stało?" names what is asked. */
const LEAD_IN_WORDS = 4;

/** A lead-in that asks for what follows: "need the benchmark…:", "potrzebuję danych…:", "нужен бенчмарк…:". */
const REQUEST_LEAD =
  /(?:^|\s)(?:need|needed|нужн\p{L}*|нужен|potrzeb\p{L}*|benchmark\p{L}*|бенчмарк\p{L}*|szukam|ищу|looking for)(?![\p{L}])/u;

/**
 * A lead-in asking for a country's figure ("нужен benchmark Gartner именно по России: какой %…"; round 133): the
 * country is the one asked, not a place in the asker's story, so the lead-in stays in the ask.
 */
function asksForCountry(lead: string): boolean {
  const folded = foldText(lead);
  return REQUEST_LEAD.test(folded) && anyCountryAsked(folded);
}

/**
 * A lead-in ending in a colon before an ask ("Moderator reading an audience question aloud: how should…", "Składam
 * slajdy na webinar i brakuje mi jednej liczby: jaki odsetek…", "Вопрос от коллеги из соседнего отдела: как…") is a
 * sentence of the story of its own.
 */
function splitLeadIn(sentence: string): string[] {
  const colon = sentence.indexOf(': ');
  if (colon >= 0) {
    const lead = sentence.slice(0, colon + 1);
    const rest = sentence.slice(colon + 2);
    if (tokenize(lead, 200).length >= LEAD_IN_WORDS && asksByOpening(rest) && !asksForCountry(lead))
      return [lead, rest];
  }
  const dash = /\s[—–-]\s+/u.exec(sentence);
  if (dash === null) return [sentence];
  const lead = sentence.slice(0, dash.index);
  const rest = sentence.slice(dash.index + dash[0].length);
  if (tokenize(lead, 200).length < LEAD_IN_WORDS || !TOLD_LEAD.test(foldText(lead)) || !asksByOpening(rest))
    return [sentence];
  return [lead, rest];
}

/**
 * A lead-in before a dash telling what someone in the asker's story says or does ("Client threatening to switch
 * provider — is retaining him…?", "Klientka pisze, że to trzeci raz — ile…", "Клиент требует возврат — как…"), or
 * quoting them whole ("„Konsultantka podała mi złe info” – jaka…"), on folded text. Any other lead-in before a dash
 * stays in the ask: it is as often the topic asked ("Delta compensation after the 2016 outage — how much…?").
 */
const TOLD_LEAD = new RegExp(
  `^\\s*(?:${[
    `(?:[\\p{L}\\p{N},]+ ){0,2}?(?:${STORY_SPEAKER}|he|she|on|ona|он|она|typ|pan|pani)(?: [\\p{L}\\p{N},'-]+){0,2}? (?:says|said|writes|wrote|claims|insists|threaten\\p{L}*|demand\\p{L}*|yell\\p{L}*|scream\\p{L}*|pisze|napisal\\p{L}*|mowi|twierdzi|grozi|zada|krzyczy|upiera|пишет|написал\\p{L}*|говорит|утверждает|требует|угрожает|грозит|кричит)(?![\\p{L}\\p{N}])`,
    `["„“«'][^"”»]+["”»']\\s*$`,
  ].join('|')})`,
  'u',
);

/**
 * The folded words found only in sentences that ask nothing, when the text also has a sentence that asks (one ending
 * in a question mark; without any, one opening with an asking word), and of them those found only in sentences of the
 * asker's mood; none otherwise (a one-line question, or a story with no ask, is read whole).
 */
export function questionFrame(question: string): QuestionFrame {
  // A comparison drawn to point at the fact ("like a first date, no second chance") is the story's too (similes.ts).
  return withSimiles(storyFrame(question), simileWords(question));
}

/** Words an ask has at most to be a pointer back at the sentence before ("do we have anything on that?"). */
const POINTER_ASK_WORDS = 8;

/** A word pointing back at what was said before (folded). */
const BACK_POINTER =
  /^(?:it|that|this|those|these|them|they|tym|tego|tamto|tamtym|tamtego|takie|takiego|prawda|это|этом|этого|этому|том|таком|такое|тот|той)$/u;

/**
 * A short ask pointing back at the sentence before ("Do we have it?", "w poradniku było coś o tym?", "есть что-то
 * про это?"): that sentence tells what is asked (a figure "for Poland, not the US", what a client asked), or the
 * claim checked ("Heard Comcast paid him compensation. Did they?", "Czy to prawda?"; round 150).
 */
function pointsBack(ask: string): boolean {
  const words = tokenize(ask, 200);
  return words.length <= POINTER_ASK_WORDS && words.some((w) => BACK_POINTER.test(w));
}

/** The story's sentences' words (see questionFrame), before any simile's. */
function storyFrame(question: string): QuestionFrame {
  // A customer's message pasted in quotes is one sentence of the story, whatever it asks itself (quoted-speech.ts).
  // Otherwise a sentence ends at . ! or ? before a space or a line's end (not inside "2.5G").
  // Pushed onto one literal, not flat-mapped and filtered: one array layout, empty or not (see same-layout-lists.ts).
  const sentences: string[] = [];
  const pasted: boolean[] = [];
  for (const part of quotedParts(question)) {
    const lines = part.quoted ? [part.text] : part.text.split(/(?<=[.!?…])\s+|\n+/u);
    for (const line of lines)
      for (const s of part.quoted ? [line] : splitLeadIn(line))
        if (s.trim() !== '') {
          sentences.push(s);
          pasted.push(part.quoted);
        }
  }
  if (sentences.length < 2) return NO_FRAME;
  // A question mark inside quotes is the quoted speaker's ("a chat opened with 'ARE YOU A BOT???' today."; round 151).
  let asks = valueList(sentences, (s, i) => !pasted[i] && s.replace(QUOTATION, ' ').includes('?'));
  if (!asks.includes(true)) asks = valueList(sentences, (s, i) => !pasted[i] && asksByOpening(s));
  if (!asks.includes(true) || !asks.includes(false)) return NO_FRAME;
  const asked = new Set(sentences.filter((_, i) => asks[i]).flatMap((s) => tokenize(s, 200)));
  // Read as analyze.ts reads it: only a question wholly in Latin letters, without Polish ones, may be Russian so typed.
  const tokens = tokenize(question, 200);
  const latinOnly =
    !tokens.some(isCyrillic) && !hasPolishDiacritics(question) && looksTransliterated(tokens, question);
  const words = new Set<string>();
  const told = new Set<string>();
  const mood = new Set<string>();
  const before = new Set<string>();
  const firstAsk = asks.indexOf(true);
  sentences.forEach((s, i) => {
    if (asks[i]) return;
    const folded = foldText(s);
    const isMood = MOOD.test(folded) && !OTHERS.test(folded);
    for (const w of tokenize(s, 200)) {
      if (asked.has(w)) continue;
      // Russian typed in Latin letters is searched in its Cyrillic reading (analyze.ts): both forms are the story's.
      for (const form of [w, latinOnly ? cyrillicReading(w) : undefined]) {
        if (form === undefined) continue;
        words.add(form);
        (isMood ? mood : told).add(form);
        if (i < firstAsk) before.add(form);
      }
    }
  });
  for (const w of told) mood.delete(w);
  // A short ask pointing back ("how much did that cost them?") asks what the sentence before it tells.
  const askStart = pointsBack(sentences[firstAsk]!) ? firstAsk - 1 : firstAsk;
  const ownStory = askStart > 0 && !pasted.slice(0, askStart).includes(true);
  return { words, mood, before, ...(ownStory && { fromAsk: sentences.slice(askStart).join(' ') }) };
}

/** The folded words found only in sentences that ask nothing (see questionFrame). */
export function frameWords(question: string): ReadonlySet<string> {
  return questionFrame(question).words;
}

/**
 * The words as the search reads them: a word only the story around the ask holds counts as its weighing does
 * (FRAME_WORD_WEIGHT, MOOD_WORD_WEIGHT); the same array when the question has no story.
 */
export function withFrameSearchWeights<W extends { word: string }>(words: W[], frame: QuestionFrame): W[] {
  if (frame.words.size === 0) return words;
  return words.map((w) =>
    frame.mood.has(w.word)
      ? { ...w, searchWeight: MOOD_WORD_WEIGHT }
      : frame.words.has(w.word)
        ? { ...w, searchWeight: FRAME_WORD_WEIGHT }
        : w,
  );
}

/**
 * The frame with a simile's words added (similes.ts): a picture drawn to point at the fact weighs as the asker's mood
 * does, wherever in the question it stands; the same frame when the question draws none.
 */
function withSimiles(frame: QuestionFrame, simile: ReadonlySet<string>): QuestionFrame {
  if (simile.size === 0) return frame;
  return {
    words: new Set([...frame.words, ...simile]),
    mood: new Set([...frame.mood, ...simile]),
    before: frame.before,
    ...(frame.fromAsk !== undefined && { fromAsk: frame.fromAsk }),
  };
}

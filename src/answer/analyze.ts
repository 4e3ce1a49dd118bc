// Turns text into index terms: fold, split into words, drop stop words, stem per language.
import type { Lang } from '../kb/schema.js';
import { hasPolishDiacritics, isCyrillic, tokenize } from './normalize.js';
import { withSpelledNumberWords } from './number-words.js';
import { CHAT_FILLER, isAddressedTell, isFormerAdjective, isStopword, KIND_WORDS } from './stopwords.js';
import { stemWord, type StemFn } from './stem.js';
import { cyrillicReading, isRussianStopwordReading, looksTransliterated } from './translit.js';
import { namesIn, NO_NAMES } from './translit-question.js';

/** The words of a text as written (folded, no stop words): matched against typos of inflected forms. */
export function surfaceWords(text: string, limit = 400): string[] {
  return tokenize(text, limit).filter((w) => !isStopword(w));
}

/** Index terms of a text whose language is known (knowledge-base fields). */
export function analyzeText(text: string, lang: Lang, stem: StemFn = stemWord, limit = 400): string[] {
  return tokenize(text, limit)
    .filter((w) => !isStopword(w))
    .map((w) => stem(w, lang));
}

/** One word of a question with the stems it may stand for (a Latin word of unknown language gets both pl and en stems). */
export interface QueryWord {
  word: string;
  stems: string[];
  /** How much the word counts in the search, when less than fully: only the story around the ask holds it. */
  searchWeight?: number;
}

/**
 * The content words of a question; at most 24, so a pasted essay stays cheap. Pass the engine's remembering stemmer,
 * and `tokenized`, tokenize(question, 200), when the caller has it already (see rankCandidates).
 */
export function analyzeQuestion(
  question: string,
  stem: StemFn = stemWord,
  tokenized?: readonly string[],
): QueryWord[] {
  const glued = waitingIdioms(glueGenerations(question));
  // A number said in words ("шестьдесят шесть процентов") is matched as the digits entries write.
  const tokens = withSpelledNumberWords(
    tokenized !== undefined && glued === question ? tokenized : tokenize(glued, 200),
  );
  const latin = tokens.filter((w) => !isCyrillic(w));
  // Only a question typed wholly in Latin letters, without Polish ones, may be Russian in Latin letters: a Latin word
  // inside a Cyrillic question ("Кто такой Ryan Block") is a name or a term spelt as its owner does.
  const transliterated =
    latin.length === tokens.length && !hasPolishDiacritics(question) && looksTransliterated(latin, question);
  const names = transliterated ? namesIn(question) : NO_NAMES;
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const typed = tokens[t] as string;
    if (isAddressedTell(typed, tokens[t + 1])) continue;
    // Russian in Latin letters is read in Cyrillic first, so its stop words drop out and its words meet Russian text;
    // not its names ("kto takoj Ryan Block"), which entries spell as their owners do.
    const reading = transliterated && !names.has(typed) ? cyrillicReading(typed) : undefined;
    const word = reading ?? typed;
    if (isStopword(word) || isStopword(typed) || KIND_WORDS.has(word) || seen.has(word)) continue;
    if ((CHAT_FILLER.has(word) || CHAT_FILLER.has(typed)) && !isFormerAdjective(typed, tokens[t + 1]))
      continue;
    if (reading !== undefined && isRussianStopwordReading(reading)) continue;
    if (word.length < 2 && !/^\d$/.test(word)) continue;
    seen.add(word);
    words.push({ word, stems: stemsOf(word, reading === undefined ? undefined : typed, stem) });
    if (words.length >= 24) break;
  }
  return words;
}

/**
 * The stems a question word may stand for. A Latin word gets its Polish and English stems whatever the question's
 * language, since support talk mixes them ("churn klientow", "отток и retention"); the word as typed joins them, so a
 * typo can still meet the inflected form it misspells. A transliterated word keeps its Latin stems too: "klientov"
 * also reads as Polish.
 */
function stemsOf(word: string, latinSpelling: string | undefined, stem: StemFn): string[] {
  const stems = isCyrillic(word) ? [stem(word, 'ru'), word] : [stem(word, 'pl'), stem(word, 'en'), word];
  if (latinSpelling) stems.push(stem(latinSpelling, 'pl'), stem(latinSpelling, 'en'));
  return [...new Set(stems)];
}

/**
 * Hanging on the phone or the line is waiting there ("customers hang on the phone forever"): read as "hang", it met
 * the statistic of callers who hung up. Polish and Russian ("wiszą na linii", "висят на линии") are grouped by their
 * stems in paraphrase-groups.ts; the English stem is hang-up's too.
 */
function waitingIdioms(question: string): string {
  if (!/hang|hung/i.test(question)) return question;
  return question.replace(
    /(?<![\p{L}])(?:hang|hangs|hanging|hung)(?=\s+on\s+(?:the\s+|a\s+)?(?:phone|line|call|hold|telephone)s?(?![\p{L}]))/giu,
    'waiting',
  );
}

/**
 * A network generation typed apart ("2.5 G", "3 g", "2.5-G", "2,5 -G", "2 .5G", "2. 5 G") as the one word entries
 * write (2.5G): a space or a hyphen may stand on either side of the decimal mark and before the G.
 */
function glueGenerations(question: string): string {
  if (!/\d[\s.,]*[\s\-‐‑–][\s.,5]*[Gg]|\d\s+[.,]/.test(question)) return question;
  return question.replace(
    /(?<![\d.,])(\d)(?:\s*([.,])\s*(5))?(?:\s*[-‐‑–]\s*|\s+)?([Gg])(?![\p{L}\p{N}])/gu,
    (whole: string, unit: string, mark: string | undefined, half: string | undefined, g: string) =>
      mark === undefined && whole.length === 2 ? whole : `${unit}${mark ?? ''}${half ?? ''}${g}`,
  );
}

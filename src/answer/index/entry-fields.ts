// What the index reads of one entry in one language: its analysed fields and its words for language detection.
import { figureIn, type Entry, type Lang } from '../../kb/schema.js';
import { tokenize } from '../normalize.js';
import { stemWord } from '../stem.js';
import { isStopword } from '../stopwords.js';
import type { Field } from './bm25.js';

/** Terms per field (stems, or folded words for `words`), in text order with repeats: their counts are tf. */
export type EntryFields = Record<Field, string[]>;

/** Terms a field contributes at most, as the analyser always capped them (an essay-long field stays cheap). */
const FIELD_TERMS = 400;
/** Words per entry and language that language detection learns from. */
const VOCABULARY_WORDS = 2000;

/**
 * The entry's text, phrasings and term in a language, or undefined when it has no text in it (entries may come in
 * only some languages). Each string is tokenized once and the fields are derived from the tokens.
 */
export function entryLanguageParts(entry: Entry, lang: Lang) {
  const text = (entry.text as Partial<Record<Lang, string>>)[lang];
  if (text === undefined) return undefined;
  const phrasings = (entry.phrasings as Partial<Record<Lang, string[]>>)[lang] ?? [];
  const term = (entry.term as Partial<Record<Lang, string>> | undefined)?.[lang];
  return {
    text: tokenize(text, VOCABULARY_WORDS),
    phrasings: tokenize(phrasings.join(' . '), VOCABULARY_WORDS),
    term: term === undefined ? [] : tokenize(term, VOCABULARY_WORDS),
    extra: tokenize(`${figureIn(entry, lang) ?? ''} ${entry.source.attribution ?? ''}`, FIELD_TERMS),
  };
}

export type EntryLanguageParts = NonNullable<ReturnType<typeof entryLanguageParts>>;

/** The index fields of one language of an entry; `topicNames` are its topics' names in that language. */
export function entryFields(parts: EntryLanguageParts, topicNames: string, lang: Lang): EntryFields {
  const stems = (words: string[]) => contentWords(words).map((w) => stemWord(w, lang));
  const all = [...parts.text, ...parts.phrasings, ...parts.term];
  return {
    text: stems([...parts.text, ...parts.extra]),
    phrasings: stems(parts.phrasings),
    term: stems(parts.term),
    topics: stems(tokenize(topicNames, FIELD_TERMS)),
    words: contentWords(all),
  };
}

/** Every word of the entry's texts in the language (stop words included), for telling Polish from English. */
export function vocabularyWords(parts: EntryLanguageParts): string[] {
  return [...parts.text, ...parts.phrasings, ...parts.term].slice(0, VOCABULARY_WORDS);
}

function contentWords(words: string[]): string[] {
  return words.slice(0, FIELD_TERMS).filter((w) => !isStopword(w));
}

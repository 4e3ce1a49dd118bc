// Analyses one language of an entry into term ids per field, remembering each word's stem for the whole build.
import { figureIn, type Entry, type Lang } from '../../kb/schema.js';
import { tokenize } from '../normalize.js';
import { stemWord } from '../stem.js';
import { isStopword } from '../stopwords.js';
import { FIELDS } from './bm25.js';
import { forEachRun, runWords } from './cached-tokenizer.js';
import { RunTable } from './run-table.js';
import type { TermScratch } from './term-scratch.js';

/**
 * Receives one field's term ids (stems, or folded words for `words`), in text order with repeats (their counts are
 * tf): `ids[0 .. count)`, a buffer reused for the next field, so it must be read at once.
 */
export type FieldVisitor = (field: number, ids: Int32Array, count: number) => void;

/** Terms a field contributes at most, as the analyser always capped them (an essay-long field stays cheap). */
const FIELD_TERMS = 400;
/** Words per entry and language that language detection learns from. */
const VOCABULARY_WORDS = 2000;

/** What a folded word is in one language: its term ids (-1 for a stop word) and whether detection learns it. */
interface WordInfo {
  word: string;
  surface: number;
  stem: number;
  inVocabulary: boolean;
}

const TERM = FIELDS.indexOf('term');
const PHRASINGS = FIELDS.indexOf('phrasings');
const TEXT = FIELDS.indexOf('text');
const TOPICS = FIELDS.indexOf('topics');
const WORDS = FIELDS.indexOf('words');

/**
 * One per build: its memory of words goes with it. The words of a document go into one array and the ids of a
 * field into one typed array, both reused for every document: at 10,000 entries the per-document arrays were a
 * large share of the build's time and garbage.
 */
export class DocumentAnalyzer {
  private readonly words: Record<Lang, Map<string, WordInfo>> = {
    pl: new Map(),
    en: new Map(),
    ru: new Map(),
  };
  private readonly runs: Record<Lang, RunTable<WordInfo[]>> = {
    pl: new RunTable(),
    en: new RunTable(),
    ru: new RunTable(),
  };
  /** The words of the current document, positions [0, found); later positions are leftovers of earlier ones. */
  private readonly infos: WordInfo[] = [];
  private found = 0;
  private readonly ids = new Int32Array(FIELD_TERMS);

  constructor(private readonly terms: TermScratch) {}

  /**
   * Hands the fields of the entry in a language to `visit` (term, phrasings, text, topics, words), or returns false
   * without a visit when the entry has no text in it (entries may come in only some languages). `topicNames`: its
   * topics' names in that language.
   */
  fields(entry: Entry, lang: Lang, topicNames: string, visit: FieldVisitor): boolean {
    const text = (entry.text as Partial<Record<Lang, string>>)[lang];
    if (text === undefined) return false;
    const phrasings = (entry.phrasings as Partial<Record<Lang, string[]>>)[lang] ?? [];
    const term = (entry.term as Partial<Record<Lang, string>> | undefined)?.[lang];
    this.found = 0;
    const textEnd = this.analyze(text, lang, VOCABULARY_WORDS);
    const phrasingsEnd = this.analyze(phrasings.join(' . '), lang, VOCABULARY_WORDS);
    const termEnd = term === undefined ? phrasingsEnd : this.analyze(term, lang, VOCABULARY_WORDS);
    const extra = `${figureIn(entry, lang) ?? ''} ${entry.source.attribution ?? ''}`;
    const extraEnd = this.analyze(extra, lang, FIELD_TERMS);
    const topicsEnd = this.analyze(topicNames, lang, FIELD_TERMS);
    const vocabularyEnd = Math.min(termEnd, VOCABULARY_WORDS);
    for (let i = 0; i < vocabularyEnd; i++) (this.infos[i] as WordInfo).inVocabulary = true;
    visit(TERM, this.ids, this.stems(phrasingsEnd, termEnd, termEnd, termEnd));
    visit(PHRASINGS, this.ids, this.stems(textEnd, phrasingsEnd, phrasingsEnd, phrasingsEnd));
    // The text field is the text's words followed by the figure's and the attribution's.
    visit(TEXT, this.ids, this.stems(0, textEnd, termEnd, extraEnd));
    visit(TOPICS, this.ids, this.stems(extraEnd, topicsEnd, topicsEnd, topicsEnd));
    visit(WORDS, this.ids, this.surfaces(vocabularyEnd));
    return true;
  }

  /** The folded words of a language's texts, stop words included, that language detection learns from. */
  vocabulary(lang: Lang): string[] {
    const words: string[] = [];
    for (const info of this.words[lang].values()) if (info.inVocabulary) words.push(info.word);
    return words;
  }

  /**
   * Appends the words of a text (as tokenize gives them, at most `limit`) with what they are in the language to the
   * document's words; returns the new end.
   */
  private analyze(text: string, lang: Lang, limit: number): number {
    const start = this.found;
    const end = start + limit;
    const runs = this.runs[lang];
    const infos = this.infos;
    const scanned = forEachRun(text, (runStart, runEnd, hash) => {
      let known = runs.get(text, runStart, runEnd, hash);
      if (known === undefined) {
        const run = text.slice(runStart, runEnd);
        known = runWords(run).map((w) => this.info(w, lang));
        runs.set(run, hash, known);
      }
      for (let k = 0; k < known.length; k++) {
        if (this.found >= end) return false;
        infos[this.found++] = known[k] as WordInfo;
      }
      return true;
    });
    if (!scanned) {
      this.found = start;
      for (const word of tokenize(text, limit)) infos[this.found++] = this.info(word, lang);
    }
    return this.found;
  }

  private info(word: string, lang: Lang): WordInfo {
    const known = this.words[lang].get(word);
    if (known) return known;
    const stop = isStopword(word);
    const info = {
      word,
      surface: stop ? -1 : this.terms.intern(word),
      stem: stop ? -1 : this.terms.intern(stemWord(word, lang)),
      inVocabulary: false,
    };
    this.words[lang].set(word, info);
    return info;
  }

  /** Into `ids`: the surface ids of the first FIELD_TERMS words of [0, end), stop words left out; returns the count. */
  private surfaces(end: number): number {
    const last = Math.min(end, FIELD_TERMS);
    let count = 0;
    for (let i = 0; i < last; i++) {
      const id = (this.infos[i] as WordInfo).surface;
      if (id >= 0) this.ids[count++] = id;
    }
    return count;
  }

  /**
   * Into `ids`: the stem ids of the first FIELD_TERMS words of [from, to) followed by [from2, to2), stop words
   * left out; returns the count.
   */
  private stems(from: number, to: number, from2: number, to2: number): number {
    let count = 0;
    let taken = 0;
    for (let i = from; i < to && taken < FIELD_TERMS; i++, taken++) {
      const info = this.infos[i] as WordInfo;
      if (info.surface >= 0) this.ids[count++] = info.stem;
    }
    for (let i = from2; i < to2 && taken < FIELD_TERMS; i++, taken++) {
      const info = this.infos[i] as WordInfo;
      if (info.surface >= 0) this.ids[count++] = info.stem;
    }
    return count;
  }
}

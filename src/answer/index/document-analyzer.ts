// Analyses one language of an entry into term ids per field, remembering each word's stem for the whole build.
import { figureIn, type Entry, type Lang } from '../../kb/schema.js';
import { tokenize } from '../normalize.js';
import { stemWord } from '../stem.js';
import { isStopword } from '../stopwords.js';
import { FIELDS } from './bm25.js';
import { RunCursor, runWords as splitRun } from './cached-tokenizer.js';
import { fieldIds } from './field-ids.js';
import type { PairWordsBuilder } from './pair-words-builder.js';
import { GrowableU32 } from './growable-array.js';
import { NOT_IN_TABLE, RunTable } from './run-table.js';
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

const TERM = FIELDS.indexOf('term');
const PHRASINGS = FIELDS.indexOf('phrasings');
const TEXT = FIELDS.indexOf('text');
const TOPICS = FIELDS.indexOf('topics');
const WORDS = FIELDS.indexOf('words');

/** Words one document can hold: its text, phrasings and term up to VOCABULARY_WORDS each, the rest up to FIELD_TERMS. */
const DOCUMENT_WORDS = 3 * VOCABULARY_WORDS + 2 * FIELD_TERMS;

/**
 * One per build: its memory of words goes with it. A folded word of a language is a number; what it is (its surface
 * and stem term ids, -1 for a stop word, and whether detection learns it) sits in typed arrays under that number, and
 * the words of a run of text are a range of one flat list. The words of a document and the ids of a field go into
 * typed arrays reused for every document: reading objects per word of 26 million characters was most of the build.
 */
export class DocumentAnalyzer {
  private readonly known: Record<Lang, Map<string, number>> = { pl: new Map(), en: new Map(), ru: new Map() };
  private readonly words: string[] = [];
  private surfaceOf = new Int32Array(1024);
  private stemOf = new Int32Array(1024);
  private inVocabulary = new Uint8Array(1024);
  /**
   * Per language, what a run of text holds: one word (nearly all runs) as the word's number; any other run r as
   * -1 - r, its words being runWords[runStarts[r] .. runStarts[r + 1]).
   */
  private readonly runs: Record<Lang, RunTable> = {
    pl: new RunTable(),
    en: new RunTable(),
    ru: new RunTable(),
  };
  private readonly runStarts = new GrowableU32(1024);
  private readonly runWords = new GrowableU32(1024);
  /** The words of the current document, positions [0, found). */
  private readonly documentWords = new Int32Array(DOCUMENT_WORDS);
  private found = 0;
  private readonly ids = new Int32Array(FIELD_TERMS);
  /** The `words` field's ids, read in the pass that marks the vocabulary's words (the other fields use `ids`). */
  private readonly wordIds = new Int32Array(FIELD_TERMS);
  private readonly cursor = new RunCursor();
  /** Whether the last scan stopped at its limit with words left (see scan). */
  private stoppedAtLimit = false;
  /**
   * Where each phrasing's words end, when the last phrasings were read one by one and whole (for their pairs). Not a
   * plain array emptied per document: that gave up its storage, and regrowing it was a tenth of the build's garbage.
   */
  private readonly phrasingEnds = new GrowableU32(64);
  private phrasingsApart = false;
  /**
   * Per language, the words of each topics field read so far: entries share a few hundred topic names (at 10,000
   * entries 30,000 documents read 1.5 million characters of them), and a text's words depend on nothing else.
   */
  private readonly topicWords: Record<Lang, Map<string, Int32Array>> = {
    pl: new Map(),
    en: new Map(),
    ru: new Map(),
  };

  constructor(private readonly terms: TermScratch) {
    this.runStarts.push(0);
  }

  /**
   * Hands the fields of the entry in a language to `visit` (term, phrasings, text, topics, words), or returns false
   * without a visit when the entry has no text in it (entries may come in only some languages). `topicNames`: its
   * topics' names in that language. `pairs`, when given, receives the neighbouring words of its text, phrasings and term.
   */
  fields(
    entry: Entry,
    lang: Lang,
    topicNames: string,
    visit: FieldVisitor,
    pairs?: PairWordsBuilder,
  ): boolean {
    const text = (entry.text as Partial<Record<Lang, string>>)[lang];
    const phrasings = (entry.phrasings as Partial<Record<Lang, string[]>>)[lang] ?? [];
    const term = (entry.term as Partial<Record<Lang, string>> | undefined)?.[lang];
    if (text === undefined) {
      pairs?.addTexts([...phrasings, term], lang);
      return false;
    }
    this.found = 0;
    const textEnd = this.analyze(text, lang, VOCABULARY_WORDS);
    const phrasingsEnd = this.analyzePhrasings(phrasings, lang, VOCABULARY_WORDS);
    const termEnd = term === undefined ? phrasingsEnd : this.analyze(term, lang, VOCABULARY_WORDS);
    const extraEnd = this.analyzeExtra(figureIn(entry, lang), entry.source.attribution, lang);
    const topicsEnd = this.analyzeTopics(topicNames, lang);
    const vocabularyEnd = Math.min(termEnd, VOCABULARY_WORDS);
    const { documentWords, inVocabulary, surfaceOf, wordIds } = this;
    // One pass marks the words detection learns and reads the `words` field (their first FIELD_TERMS, surface ids,
    // stop words out: as fieldIds, branch-free).
    const wordsEnd = Math.min(vocabularyEnd, FIELD_TERMS);
    let wordCount = 0;
    for (let i = 0; i < wordsEnd; i++) {
      const w = documentWords[i] as number;
      inVocabulary[w] = 1;
      const id = surfaceOf[w] as number;
      wordIds[wordCount] = id;
      wordCount += 1 + (id >> 31);
    }
    for (let i = wordsEnd; i < vocabularyEnd; i++) inVocabulary[documentWords[i] as number] = 1;
    const { ids, stemOf } = this;
    visit(TERM, ids, fieldIds(documentWords, stemOf, ids, FIELD_TERMS, phrasingsEnd, termEnd, 0, 0));
    visit(PHRASINGS, ids, fieldIds(documentWords, stemOf, ids, FIELD_TERMS, textEnd, phrasingsEnd, 0, 0));
    // The text field is the text's words followed by the figure's and the attribution's.
    visit(TEXT, ids, fieldIds(documentWords, stemOf, ids, FIELD_TERMS, 0, textEnd, termEnd, extraEnd));
    visit(TOPICS, ids, fieldIds(documentWords, stemOf, ids, FIELD_TERMS, extraEnd, topicsEnd, 0, 0));
    visit(WORDS, wordIds, wordCount);
    if (!pairs) return true;
    pairs.addWords(documentWords, stemOf, 0, textEnd);
    if (this.phrasingsApart) pairs.addRuns(documentWords, stemOf, textEnd, this.phrasingEnds);
    else pairs.addTexts(phrasings, lang);
    pairs.addWords(documentWords, stemOf, phrasingsEnd, termEnd);
    return true;
  }

  /** The folded words of a language's texts, stop words included, that language detection learns from. */
  vocabulary(lang: Lang): string[] {
    const words: string[] = [];
    for (const [word, w] of this.known[lang]) if (this.inVocabulary[w] === 1) words.push(word);
    return words;
  }

  /** Appends the words of a text (as tokenize gives them, at most `limit`) to the document's words; returns the end. */
  private analyze(text: string, lang: Lang, limit: number): number {
    const start = this.found;
    let found = this.scan(text, lang, start, start + limit);
    if (found < 0) found = this.tokenizeInto(text, lang, start, limit);
    this.found = found;
    return found;
  }

  /** As analyze on the topics' names with FIELD_TERMS words at most, read once per build and language. */
  private analyzeTopics(names: string, lang: Lang): number {
    const start = this.found;
    const known = this.topicWords[lang].get(names);
    if (known === undefined) {
      const end = this.analyze(names, lang, FIELD_TERMS);
      this.topicWords[lang].set(names, this.documentWords.slice(start, end));
      return end;
    }
    this.documentWords.set(known, start);
    this.found = start + known.length;
    return this.found;
  }

  /**
   * As analyze on the phrasings joined by ' . ', without copying 16 of the build's 26 million characters to join
   * them: no run crosses the separator. A text left to tokenize is the joined one, as before.
   */
  private analyzePhrasings(phrasings: readonly string[], lang: Lang, limit: number): number {
    const start = this.found;
    const end = start + limit;
    let found = start;
    this.phrasingEnds.length = 0;
    this.stoppedAtLimit = false;
    for (let p = 0; p < phrasings.length && found >= 0; p++) {
      found = this.scan(phrasings[p] as string, lang, found, end);
      this.phrasingEnds.push(found);
      if (found >= 0 && this.stoppedAtLimit) {
        // The rest of the joined text is not read, but an unsafe character in it still sends it to tokenize.
        for (let q = p + 1; q < phrasings.length && found >= 0; q++) {
          this.cursor.reset(phrasings[q] as string);
          if (!this.cursor.restIsSafe()) found = -1;
        }
        break;
      }
    }
    this.phrasingsApart = found >= 0 && !this.stoppedAtLimit;
    if (found < 0) found = this.tokenizeInto(phrasings.join(' . '), lang, start, limit);
    this.found = found;
    return found;
  }

  /**
   * As analyze on `${figure ?? ''} ${attribution ?? ''}` with FIELD_TERMS words at most, without making that string
   * for each of the 30,000 documents of 10,000 entries (no run crosses the space); a text left to tokenize is the
   * joined one, as before.
   */
  private analyzeExtra(figure: string | undefined, attribution: string | undefined, lang: Lang): number {
    const start = this.found;
    const end = start + FIELD_TERMS;
    let found = figure === undefined ? start : this.scan(figure, lang, start, end);
    if (found >= 0 && attribution !== undefined) {
      if (figure !== undefined && this.stoppedAtLimit) {
        // The attribution is not read, but an unsafe character in it still sends the joined text to tokenize.
        this.cursor.reset(attribution);
        if (!this.cursor.restIsSafe()) found = -1;
      } else found = this.scan(attribution, lang, found, end);
    }
    if (found < 0)
      found = this.tokenizeInto(`${figure ?? ''} ${attribution ?? ''}`, lang, start, FIELD_TERMS);
    this.found = found;
    return found;
  }

  /**
   * Appends the words of a text's runs at documentWords[from ..], up to `end`; returns the new end, or -1 when the
   * text has a character the scanner leaves to tokenize. Sets stoppedAtLimit when words were left at `end`.
   */
  private scan(text: string, lang: Lang, from: number, end: number): number {
    const runs = this.runs[lang];
    const { documentWords, cursor } = this;
    this.stoppedAtLimit = false;
    let found = from;
    cursor.reset(text);
    while (cursor.next()) {
      let known = runs.get(text, cursor.start, cursor.end, cursor.hash, cursor.packedLow, cursor.packedHigh);
      if (known === NOT_IN_TABLE) known = this.learnRun(text, lang);
      if (known >= 0) {
        if (found >= end) return this.stopAtLimit(found);
        documentWords[found++] = known;
      } else {
        found = this.appendRunWords(-1 - known, found, end);
        if (found > end) return this.stopAtLimit(end);
      }
    }
    return cursor.unsafe ? -1 : found;
  }

  /**
   * Appends the words of run r (one of several words: rare) at documentWords[found ..], up to `end`; returns the new
   * end, or end + 1 when words were left at `end`. Apart from scan so that scan stays small enough for its callers
   * to inline it with the cursor and the run table's probe (V8 inlines up to a budget of bytecode per function).
   */
  private appendRunWords(r: number, found: number, end: number): number {
    const { documentWords, runStarts, runWords } = this;
    const to = runStarts.get(r + 1);
    for (let k = runStarts.get(r); k < to; k++) {
      if (found >= end) return end + 1;
      documentWords[found++] = runWords.get(k);
    }
    return found;
  }

  private stopAtLimit(found: number): number {
    this.stoppedAtLimit = true;
    return this.cursor.restIsSafe() ? found : -1;
  }

  /** The slow path for a text with characters the scanner does not take: tokenize itself. */
  private tokenizeInto(text: string, lang: Lang, start: number, limit: number): number {
    let found = start;
    for (const word of tokenize(text, limit)) this.documentWords[found++] = this.word(word, lang);
    return found;
  }

  /**
   * Folds and splits the cursor's run of `text`, seen for the first time, and remembers its words: a run of one word
   * (nearly all) as that word's number, any other as -1 - its number in runStarts. Returns what it remembered. (It
   * cuts the run out of the text itself, to keep scan small: see appendRunWords.)
   */
  private learnRun(text: string, lang: Lang): number {
    const { cursor } = this;
    const run = text.slice(cursor.start, cursor.end);
    const words = splitRun(run);
    let known: number;
    if (words.length === 1) known = this.word(words[0] as string, lang);
    else {
      known = -1 - (this.runStarts.length - 1);
      for (const word of words) this.runWords.push(this.word(word, lang));
      this.runStarts.push(this.runWords.length);
    }
    this.runs[lang].set(run, cursor.hash, cursor.packedLow, cursor.packedHigh, known);
    return known;
  }

  /** The number of a folded word in a language, new or known. */
  private word(word: string, lang: Lang): number {
    const known = this.known[lang].get(word);
    if (known !== undefined) return known;
    const w = this.words.length;
    if (w >= this.surfaceOf.length) this.grow();
    const stop = isStopword(word);
    this.words.push(word);
    this.surfaceOf[w] = stop ? -1 : this.terms.intern(word);
    this.stemOf[w] = stop ? -1 : this.terms.intern(stemWord(word, lang));
    this.known[lang].set(word, w);
    return w;
  }

  private grow(): void {
    const size = this.surfaceOf.length * 2;
    this.surfaceOf = copiedInto(new Int32Array(size), this.surfaceOf);
    this.stemOf = copiedInto(new Int32Array(size), this.stemOf);
    this.inVocabulary = copiedInto(new Uint8Array(size), this.inVocabulary);
  }
}

function copiedInto<A extends Int32Array | Uint8Array>(bigger: A, values: A): A {
  bigger.set(values);
  return bigger;
}

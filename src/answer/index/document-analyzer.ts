// Analyses one language of an entry into term ids per field, remembering each word's stem for the whole build.
import { figureIn, type Entry, type Lang } from '../../kb/schema.js';
import { tokenize } from '../normalize.js';
import { stemWord } from '../stem.js';
import { isStopword } from '../stopwords.js';
import type { Field } from './bm25.js';
import { forEachRun, runWords } from './cached-tokenizer.js';
import { RunTable } from './run-table.js';
import type { TermScratch } from './term-scratch.js';

/** Term ids per field (stems, or folded words for `words`), in text order with repeats: their counts are tf. */
export type DocumentFields = Record<Field, number[]>;

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

/** One per build: its memory of words goes with it. */
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

  constructor(private readonly terms: TermScratch) {}

  /**
   * The fields of the entry in a language, or undefined when it has no text in it (entries may come in only some
   * languages). `topicNames`: its topics' names in that language.
   */
  fields(entry: Entry, lang: Lang, topicNames: string): DocumentFields | undefined {
    const text = (entry.text as Partial<Record<Lang, string>>)[lang];
    if (text === undefined) return undefined;
    const phrasings = (entry.phrasings as Partial<Record<Lang, string[]>>)[lang] ?? [];
    const term = (entry.term as Partial<Record<Lang, string>> | undefined)?.[lang];
    const ofText = this.analyze(text, lang, VOCABULARY_WORDS);
    const ofPhrasings = this.analyze(phrasings.join(' . '), lang, VOCABULARY_WORDS);
    const ofTerm = term === undefined ? [] : this.analyze(term, lang, VOCABULARY_WORDS);
    const extra = `${figureIn(entry, lang) ?? ''} ${entry.source.attribution ?? ''}`;
    const all = [...ofText, ...ofPhrasings, ...ofTerm].slice(0, VOCABULARY_WORDS);
    for (const info of all) info.inVocabulary = true;
    return {
      text: stems([...ofText, ...this.analyze(extra, lang, FIELD_TERMS)]),
      phrasings: stems(ofPhrasings),
      term: stems(ofTerm),
      topics: stems(this.analyze(topicNames, lang, FIELD_TERMS)),
      words: surfaces(all),
    };
  }

  /** The folded words of a language's texts, stop words included, that language detection learns from. */
  vocabulary(lang: Lang): string[] {
    const words: string[] = [];
    for (const info of this.words[lang].values()) if (info.inVocabulary) words.push(info.word);
    return words;
  }

  /** The words of a text (as tokenize gives them, at most `limit`) with what they are in the language. */
  private analyze(text: string, lang: Lang, limit: number): WordInfo[] {
    const infos: WordInfo[] = [];
    const runs = this.runs[lang];
    const scanned = forEachRun(text, (start, end, hash) => {
      let known = runs.get(text, start, end, hash);
      if (known === undefined) {
        const run = text.slice(start, end);
        known = runWords(run).map((w) => this.info(w, lang));
        runs.set(run, hash, known);
      }
      for (const info of known) {
        if (infos.length >= limit) return false;
        infos.push(info);
      }
      return true;
    });
    return scanned ? infos : tokenize(text, limit).map((w) => this.info(w, lang));
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
}

function surfaces(infos: WordInfo[]): number[] {
  const ids: number[] = [];
  const end = Math.min(infos.length, FIELD_TERMS);
  for (let i = 0; i < end; i++) {
    const id = (infos[i] as WordInfo).surface;
    if (id >= 0) ids.push(id);
  }
  return ids;
}

function stems(infos: WordInfo[]): number[] {
  const ids: number[] = [];
  const end = Math.min(infos.length, FIELD_TERMS);
  for (let i = 0; i < end; i++) {
    const info = infos[i] as WordInfo;
    if (info.surface >= 0) ids.push(info.stem);
  }
  return ids;
}

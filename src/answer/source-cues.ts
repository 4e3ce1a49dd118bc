// What a question says about where a fact was read ("the Russian telephony post", "the 2017 article", "the Polish
// column") and whether an entry's citation fits it: naming the source is evidence, not noise.
// Hand-written: a short list of publication words in three languages; no library reads citations in questions.
import { LANGS, type Entry, type Lang } from '../kb/schema.js';
import { analyzeText } from './analyze.js';
import type { StemFn } from './stem.js';
import type { Vocabulary } from './detect-language.js';
import { detectLanguage } from './detect-language.js';
import { foldText, isCyrillic } from './normalize.js';
import { sourceKindsOf, type SourceKind } from './source-kinds.js';
import { titlePhrase } from './quoted-title.js';
import { WORK_NOUNS } from './publication-nouns.js';
import { foldedAlternatives, NOT_AFTER_LETTER } from './word-bounds.js';

/**
 * Words that only say a fact was read somewhere (column, FAQ, glossary, the author says): they tell which source, not
 * which fact, so an entry that lacks them is not the worse for it.
 */
const SOURCE_TALK = new RegExp(
  `^(?:${foldedAlternatives([
    'columnists?',
    // The works a fact is read in (publication-nouns.ts), and the source's language in any inflection: the stop-word
    // lists hold only a few forms ("poradnik", "гайд"), so "poradnika" or "польского гайда" weighed as rare content words.
    ...LANGS.flatMap((lang) => WORK_NOUNS[lang]),
    'polish',
    'russian',
    'english',
    'polsk\\p{L}*',
    'rosyjsk\\p{L}*',
    'angielsk\\p{L}*',
    'польск\\p{L}*',
    'русск\\p{L}*',
    'российск\\p{L}*',
    'английск\\p{L}*',
    'authors?',
    'writers?',
    'according',
    'credited',
    'cites?',
    'cited',
    'states?',
    'claims?',
    'mentions?',
    'describes?',
    'lists?',
    'autor\\p{L}*',
    'wedlug',
    'wg',
    'pisze',
    'podaje',
    'twierdzi',
    'wymienia',
    'opisuje',
    'автор\\p{L}*',
    'мнению',
    // "по данным American Express", "согласно Gartner": according to
    'данным',
    'согласно',
    'пишет',
    'утверждает',
    'перечисля\\p{L}*',
    'описыва\\p{L}*',
    // "było tam napisane, co…", "там было написано": where the asker read it (round 65)
    'napisan\\p{L}*',
    'написан\\p{L}*',
  ])})$`,
  'u',
);

export function isSourceTalk(word: string): boolean {
  return SOURCE_TALK.test(foldText(word));
}

// Word edges by lookaround: \b knows only ASCII letters, so it never sees where a Cyrillic word starts.
const SOURCE_LANGUAGE: [Lang, RegExp][] = (
  [
    ['pl', ['polish', 'polsk\\p{L}*', 'польск\\p{L}*']],
    [
      'ru',
      ['russian', 'rosyjsk\\p{L}*', 'российск\\p{L}*', 'русск\\p{L}*', 'rossiisk\\p{L}*', 'russk\\p{L}*'],
    ],
    ['en', ['english', 'angielsk\\p{L}*', 'английск\\p{L}*']],
  ] as const
).map(([lang, names]) => [lang, new RegExp(`${NOT_AFTER_LETTER}(?:${foldedAlternatives(names)})`, 'u')]);

/** The languages of sources a question names ("the Russian article"). */
export function sourceLanguagesNamed(question: string, folded = foldText(question)): Lang[] {
  // Pushed onto one literal, not filtered and mapped: one array layout, empty or not (see same-layout-lists.ts).
  const langs: Lang[] = [];
  let text = folded;
  for (const [lang, pattern] of SOURCE_LANGUAGE) {
    if (!pattern.test(text)) continue;
    // Read without the language people speak only once one is named (most questions name none).
    if (text === folded) text = folded.replace(SPOKEN_LANGUAGE, ' ');
    if (pattern.test(text)) langs.push(lang);
  }
  return langs;
}

/**
 * A language people speak ("звонят люди, которые плохо говорят по-русски", "callers who don't speak English", "nie
 * mówią po polsku", "nie mówi ani po polsku, ani po angielsku"; round 81): the callers', not the source's.
 */
const SPOKEN_LANGUAGE =
  /(?<![\p{L}])(?:говор\p{L}*|разговарива\p{L}*|понима\p{L}*|знают|знает|speak\p{L}*|spoke\p{L}*|talk\p{L}*|understand\p{L}*|mowi\p{L}*|mowia|rozmawia\p{L}*|rozumie\p{L}*|znaja|zna)(?: \p{L}+){0,2}? (?:по-(?:русски|польски|английски)|po (?:polsku|rosyjsku|rusku|angielsku)|russian|polish|english)(?:,? (?:ani |i |ni |и |или |nor |or |and )?(?:по-(?:русски|польски|английски)|po (?:polsku|rosyjsku|rusku|angielsku)|russian|polish|english))*(?![\p{L}])/gu;

/** What an entry's citation offers to be matched: the language it was written in, its year, its words' stems and the
 * kinds of work it is (see source-kinds.ts). */
export interface SourceProfile {
  lang: Lang | undefined;
  year: number | undefined;
  stems: ReadonlySet<string>;
  kinds: readonly SourceKind[];
  /** The title and note as titlePhrase gives them, to meet a title the question quotes (see quoted-title.ts). */
  citation: string;
}

export function sourceProfile(entry: Entry, vocabulary: Vocabulary, stem: StemFn): SourceProfile {
  const { title, publisher, author, attribution, year } = entry.source;
  const text = [title, publisher, author, attribution].filter(Boolean).join(' ');
  const lang = isCyrillic(text) ? 'ru' : detectLanguage(title, vocabulary);
  const stems = new Set(LANGS.flatMap((l) => analyzeText(text, l, stem)));
  const citation = titlePhrase([title, entry.source.note].filter(Boolean).join(' '));
  return { lang, year, stems, kinds: sourceKindsOf(entry.source), citation };
}

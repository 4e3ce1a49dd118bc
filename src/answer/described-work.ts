// A work described by what it is about instead of quoted by its title ("the quality article", "the article on service
// quality", "в статье про качество", "ten tekst o jakości obsługi"): the asker points at one work as a quoted title
// does, but a title in one language cannot meet a description in another (rounds 87-90: "the quality article" was
// answered with the guide's tip on reviewing metrics, the quality article's title being Polish only). A source's
// `about` (a few words per language) is what a description is matched with: its words, in order, near a work's noun.
// Hand-written: a comparison of folded word lists; no library reads descriptions of works in questions.
import type { Entry } from '../kb/schema.js';
import { foldedWords } from './normalize.js';
import { foldText } from './fold-text.js';
import { WORK_NOUNS } from './publication-nouns.js';
import { quotedTitles, titlePhrase } from './quoted-title.js';

/** How far from a work's noun a description may stand, in words ("the article on customer service quality"). */
const NEAR = 4;
/** The letters two words share to be one word inflected ("jakości"/"jakość", "качестве"/"качество"). */
const STEM = 5;

/**
 * The nouns naming a work, and "text" of those naming one only where a fact is placed in it: "руководство" or "a
 * podcast" beside "quality" is the management's quality review or a podcast idea far more often than a work.
 */
const NOUN = new RegExp(
  `^(?:${(['en', 'pl', 'ru'] as const).flatMap((l) => WORK_NOUNS[l]).join('|')}|texts?|tekst\\p{L}*|tekscie|текст\\p{L}*)$`,
  'u',
);

/** A work's title (as titlePhrase gives it) and its descriptions, each as folded words. */
interface About {
  title: string;
  phrases: readonly (readonly string[])[];
}

/** The works described, and each description by its first word's stem (a question's word finds its phrases). */
interface Abouts {
  all: readonly About[];
  byFirst: ReadonlyMap<string, readonly { about: About; phrase: readonly string[] }[]>;
}

const aboutsByEntries = new WeakMap<readonly Entry[], Abouts>();

/** The works the knowledge base describes, read once per entry list. */
function aboutsOf(entries: readonly Entry[]): Abouts {
  let abouts = aboutsByEntries.get(entries);
  if (!abouts) {
    const byTitle = new Map<string, string[][]>();
    for (const { source } of entries) {
      if (!source.about) continue;
      const title = titlePhrase(source.title);
      const phrases = byTitle.get(title) ?? [];
      for (const phrase of Object.values(source.about).flat())
        phrases.push(foldedWords(foldText(phrase), 20));
      byTitle.set(title, phrases);
    }
    const all = [...byTitle].map(([title, phrases]) => ({ title, phrases }));
    const byFirst = new Map<string, { about: About; phrase: readonly string[] }[]>();
    for (const about of all)
      for (const phrase of about.phrases) {
        const key = (phrase[0] ?? '').slice(0, STEM);
        const list = byFirst.get(key) ?? [];
        list.push({ about, phrase });
        byFirst.set(key, list);
      }
    abouts = { all, byFirst };
    aboutsByEntries.set(entries, abouts);
  }
  return abouts;
}

function sameWord(word: string, described: string): boolean {
  const stem = described.slice(0, STEM);
  return word.startsWith(stem) && (described.length <= STEM || word.length >= stem.length + 1);
}

/** Where a phrase's words stand in order (one other word may stand between two: "quality of service"), if they do. */
function phraseSpans(words: readonly string[], phrase: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let start = 0; start < words.length; start++) {
    if (!sameWord(words[start] ?? '', phrase[0] ?? '')) continue;
    let at = start;
    for (const next of phrase.slice(1)) {
      if (sameWord(words[at + 1] ?? '', next)) at += 1;
      else if (sameWord(words[at + 2] ?? '', next)) at += 2;
      else {
        at = -1;
        break;
      }
    }
    if (at >= 0) spans.push([start, at]);
  }
  return spans;
}

/** A clause's words and where its work nouns stand among them. */
interface Clause {
  words: readonly string[];
  nouns: readonly number[];
}

/** Whether a clause's words describe a work by a phrase: in order, near a work's noun. */
function describes({ words, nouns }: Clause, phrase: readonly string[]): boolean {
  const near = ([start, end]: [number, number]) =>
    nouns.some((noun) => (noun < start ? start - noun <= NEAR : noun > end && noun - end <= NEAR));
  return phraseSpans(words, phrase).some(near);
}

/**
 * The titles (as titlePhrase gives them) of the works the folded question describes; empty for most questions. A
 * description stays within its clause: in "the article said so, our quality team wants…" no article is of quality.
 */
export function describedTitles(folded: string, entries: readonly Entry[]): string[] {
  const abouts = aboutsOf(entries);
  if (abouts.all.length === 0) return [];
  // Only a clause naming a work can describe one: its nouns are found once, not once per work (a generated base of
  // 10,000 entries has thousands of works, and most questions name none).
  const clauses: Clause[] = [];
  for (const clause of folded.split(/[,.;:?!()—–]+/u)) {
    const words = foldedWords(clause, 200);
    const nouns = words.flatMap((word, i) => (NOUN.test(word) ? [i] : []));
    if (nouns.length > 0) clauses.push({ words, nouns });
  }
  if (clauses.length === 0) return [];
  // Only the phrases whose first word a clause's word may be are tried (sameWord: the first five letters, or the
  // whole of a shorter word), not every work's.
  const described = new Set<About>();
  for (const clause of clauses)
    for (const word of clause.words)
      for (let k = 1; k <= Math.min(STEM, word.length); k++)
        for (const { about, phrase } of abouts.byFirst.get(word.slice(0, k)) ?? [])
          if (!described.has(about) && describes(clause, phrase)) described.add(about);
  return abouts.all.filter((about) => described.has(about)).map(({ title }) => title);
}

/** The works a question names: by their titles quoted (quoted-title.ts) and by what they are about. */
export function worksNamed(
  whole: string,
  folded: string,
  entries: readonly Entry[],
): { quotedTitles: string[]; describedTitles: string[] } {
  return { quotedTitles: quotedTitles(whole, entries), describedTitles: describedTitles(folded, entries) };
}

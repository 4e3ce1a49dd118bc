// Grows the shipped knowledge base to N entries in memory: seeded variants with mixed words and shuffled sentences.
import { KnowledgeBase } from '../src/kb/knowledge-base.js';
import { LANGS, type Entry, type Lang } from '../src/kb/schema.js';
import { pick, seededRandom, shuffled, type Random } from './prng.js';

/** Share of a variant's words replaced by words of another entry in the same language. */
const WORD_SWAP = 0.2;

/**
 * The shipped entries first (so the evaluation questions still meet their entries), then variants up to `size`:
 * each takes a shipped entry, adds a sentence and a phrasing of a donor entry, shuffles its sentences and swaps
 * a fifth of its words for the donor's, per language. The vocabulary stays that of real entries.
 */
export function generateKnowledgeBase(base: KnowledgeBase, size: number, seed: number): KnowledgeBase {
  const random = seededRandom(seed);
  const shipped = base.entries;
  const entries: Entry[] = [...shipped];
  for (let n = entries.length; n < size; n++) {
    entries.push(variant(pick(random, shipped), pick(random, shipped), n, random));
  }
  return new KnowledgeBase(base.topics, entries);
}

function variant(entry: Entry, donor: Entry, n: number, random: Random): Entry {
  const perLang = (make: (lang: Lang) => string) =>
    Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Record<Lang, string>;
  const donorWords = perLang((lang) => donor.text[lang] ?? '');
  const mix = (text: string, lang: Lang) => mixWords(text, words(donorWords[lang]), random);
  const topics = random() < 0.3 ? [...new Set([...entry.topics, ...donor.topics.slice(0, 1)])] : entry.topics;
  return {
    ...entry,
    id: `${entry.id.slice(0, 70)}-v${n}`,
    topics,
    ...(entry.term ? { term: perLang((lang) => mix(entry.term?.[lang] ?? '', lang)) } : {}),
    text: perLang((lang) =>
      mix(
        shuffled(random, [
          ...sentences(entry.text[lang] ?? ''),
          pick(random, sentences(donor.text[lang] ?? '')),
        ]).join(' '),
        lang,
      ),
    ),
    phrasings: Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        shuffled(random, [...(entry.phrasings[lang] ?? []), pick(random, donor.phrasings[lang] ?? [''])])
          .slice(0, entry.phrasings[lang]?.length ?? 0)
          .map((p) => mix(p, lang)),
      ]),
    ) as Entry['phrasings'],
  };
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+/).filter(Boolean);
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function mixWords(text: string, donorWords: string[], random: Random): string {
  if (donorWords.length === 0) return text;
  return words(text)
    .map((w) => (random() < WORD_SWAP ? pick(random, donorWords) : w))
    .join(' ');
}

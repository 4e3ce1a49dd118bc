// Autocomplete: topics, defined terms and example questions matching what a person has typed so far.
import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { LANGS, type Lang } from '../kb/schema.js';
import type { AnswerEngine } from './answer-engine.js';
import { analyzeQuestion, analyzeText } from './analyze.js';
import { foldText } from './normalize.js';

/** Discord shows at most 25 choices of at most 100 characters. */
export const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

export interface Suggestion {
  label: string;
  value: string;
}

interface Named {
  id: string;
  value: string;
  names: Partial<Record<Lang, string>>;
}

function namedIndex(items: Named[]): MiniSearch<Named> {
  const index = new MiniSearch<Named>({
    fields: ['all'],
    storeFields: ['id'],
    extractField: (item, field) =>
      field === 'all'
        ? LANGS.map((l) => analyzeText(item.names[l] ?? '', l).join(' ')).join(' ') +
          ` ${item.id.replace(/-/g, ' ')}`
        : (item as unknown as Record<string, string>)[field]!,
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
  });
  index.addAll(items);
  return index;
}

/** Ranks named things: whole-name prefix first, then word matches (stems, prefixes, typos). */
function rank(items: Named[], index: MiniSearch<Named>, input: string): Named[] {
  const folded = foldText(input.trim());
  if (!folded) return items;
  const prefixHits = items.filter(
    (item) =>
      LANGS.some((l) => foldText(item.names[l] ?? '').startsWith(folded)) || item.id.startsWith(folded),
  );
  const stems = analyzeQuestion(input).flatMap((w) => w.stems);
  const searched = stems.length
    ? index
        .search(stems.join(' '), {
          prefix: true,
          // Two edits from seven letters on: a swap of two letters ("compliants") counts as two.
          fuzzy: (t) => (t.length >= 7 ? 2 : t.length >= 5 ? 1 : false),
          combineWith: 'OR',
        })
        .map((r) => items.find((i) => i.id === r.id))
        .filter((i): i is Named => i !== undefined)
    : [];
  return [...new Set([...prefixHits, ...searched])];
}

function toChoice(item: Named, lang: Lang): Suggestion {
  // A term written in fewer languages than the reader's is offered in one it has.
  const label = item.names[lang] ?? Object.values(item.names).find(Boolean) ?? item.id;
  return { label: clip(label), value: item.value };
}

export function suggestTopics(
  kb: KnowledgeBase,
  input: string,
  lang: Lang,
  kind?: Parameters<KnowledgeBase['onTopic']>[1],
): Suggestion[] {
  const withEntries = kb
    .topicCounts(kind)
    .map(({ topic }) => ({ id: topic.id, value: topic.id, names: topic.names }));
  // Built per call rather than cached in a module: a few dozen names index in about a millisecond.
  return rank(withEntries, namedIndex(withEntries), input)
    .slice(0, MAX_CHOICES)
    .map((item) => toChoice(item, lang));
}

export function suggestTerms(kb: KnowledgeBase, input: string, lang: Lang): Suggestion[] {
  const terms = kb.entries.filter((e) => e.term).map((e) => ({ id: e.id, value: e.id, names: e.term! }));
  return rank(terms, namedIndex(terms), input)
    .slice(0, MAX_CHOICES)
    .map((item) => toChoice(item, lang));
}

/** Example questions from the entries' phrasings that match the words typed so far. */
export function suggestQuestions(engine: AnswerEngine, input: string, lang: Lang): Suggestion[] {
  const words = analyzeQuestion(input, engine.stem);
  const entries =
    words.length > 0
      ? engine.index.find(words, MAX_CHOICES).map((h) => h.entry)
      : engine.kb.entries.slice(0, MAX_CHOICES);
  const choices: Suggestion[] = [];
  const typed = input.trim();
  if (typed) choices.push({ label: clip(typed), value: clip(typed) });
  for (const entry of entries) {
    const phrasing = entry.phrasings[lang]?.[0];
    if (phrasing && !choices.some((c) => c.value === phrasing))
      choices.push({ label: clip(phrasing), value: clip(phrasing) });
    if (choices.length >= MAX_CHOICES) break;
  }
  return choices;
}

function clip(text: string): string {
  const single = text.replace(/\s+/g, ' ');
  return single.length <= MAX_CHOICE_LENGTH ? single : `${single.slice(0, MAX_CHOICE_LENGTH - 1)}…`;
}

// Wrong options for a definition or metric: other terms of the knowledge base, none too like the right one.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { LANGS, type Entry } from '../kb/schema.js';
import { shuffled, type RandomSource } from '../tips/shuffle.js';
import { OPTIONS_PER_QUESTION, sameInSomeLanguage, type Localized } from './quiz-question.js';

/** Terms sharing half their words ("response time", "waiting time for a response") may both fit a definition. */
const MAX_SHARED_WORDS = 0.5;

function contentWords(term: string): Set<string> {
  return new Set(
    term
      .toLocaleLowerCase('en')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4),
  );
}

/** True when two terms share at least half their content words in some language. */
export function termsOverlap(a: Localized, b: Localized): boolean {
  return LANGS.some((lang) => {
    const [wa, wb] = [contentWords(a[lang]), contentWords(b[lang])];
    const shared = [...wa].filter((w) => wb.has(w)).length;
    const all = new Set([...wa, ...wb]).size;
    return all > 0 && shared / all >= MAX_SHARED_WORDS;
  });
}

/** Three other terms for `entry`'s question, those of the same kind (definition or metric) first. */
export function wrongTerms(kb: KnowledgeBase, entry: Entry, random: RandomSource): Localized[] | undefined {
  // pickQuestion offers only entries written in all three languages.
  const right = entry.term as Localized | undefined;
  if (!right) return undefined;
  const others = shuffled(
    kb.entries.filter(
      (e) => e.id !== entry.id && e.term !== undefined && LANGS.every((l) => e.term?.[l] !== undefined),
    ),
    random,
  ).sort((a, b) => Number(b.kind === entry.kind) - Number(a.kind === entry.kind));
  const chosen: Localized[] = [];
  for (const other of others) {
    const term = other.term as Localized;
    if (chosen.length === OPTIONS_PER_QUESTION - 1) break;
    if ([right, ...chosen].some((t) => sameInSomeLanguage(t, term) || termsOverlap(t, term))) continue;
    chosen.push(term);
  }
  return chosen.length === OPTIONS_PER_QUESTION - 1 ? chosen : undefined;
}

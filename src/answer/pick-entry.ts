// Picks an entry of a kind for /tip, /stat, /quote and /define: on a topic or term typed freely, or at random.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Entry, Kind, Lang } from '../kb/schema.js';
import { suggestTerms, suggestTopics } from './suggest.js';

/** Resolves a topic given as an id (from autocomplete) or as free text in any language. */
export function resolveTopic(kb: KnowledgeBase, input: string, lang: Lang, kind?: Kind): string | undefined {
  const trimmed = input.trim();
  if (kb.topic(trimmed)) return trimmed;
  return suggestTopics(kb, trimmed, lang, kind)[0]?.value;
}

/** Resolves a defined term given as an entry id (from autocomplete) or as free text. */
export function resolveTerm(kb: KnowledgeBase, input: string, lang: Lang): Entry | undefined {
  const trimmed = input.trim();
  const byId = kb.entry(trimmed);
  if (byId?.term) return byId;
  const id = suggestTerms(kb, trimmed, lang)[0]?.value;
  return id ? kb.entry(id) : undefined;
}

export function randomEntry(entries: readonly Entry[], random: () => number): Entry | undefined {
  if (entries.length === 0) return undefined;
  return entries[Math.min(entries.length - 1, Math.floor(random() * entries.length))];
}

export function pickEntry(
  kb: KnowledgeBase,
  kinds: Kind[],
  random: () => number,
  topicId?: string,
): Entry | undefined {
  const pool = kb.entries.filter((e) => kinds.includes(e.kind) && (!topicId || e.topics.includes(topicId)));
  return randomEntry(pool, random);
}

// Counts of the knowledge base per kind, topic and language, as plain data (src/render/kb-stats-reply.ts shows them).
import type { KnowledgeBase } from './knowledge-base.js';
import { KINDS, LANGS, type Kind, type Lang } from './schema.js';

export interface KbStats {
  entries: number;
  topics: number;
  perKind: Record<Kind, number>;
  perTopic: { id: string; names: Record<Lang, string>; count: number }[];
  /** Texts and phrasings per language (an entry may lack a language; this counts what a search indexes). */
  perLang: Record<Lang, { texts: number; phrasings: number }>;
}

export function kbStats(kb: KnowledgeBase): KbStats {
  const perKind = Object.fromEntries(KINDS.map((k) => [k, kb.ofKind(k).length])) as Record<Kind, number>;
  const perLang = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      {
        texts: kb.entries.filter((e) => e.text[lang]).length,
        phrasings: kb.entries.reduce((n, e) => n + (e.phrasings[lang]?.length ?? 0), 0),
      },
    ]),
  ) as KbStats['perLang'];
  const perTopic = kb.topics
    .map((t) => ({ id: t.id, names: t.names, count: kb.onTopic(t.id).length }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return { entries: kb.entries.length, topics: kb.topics.length, perKind, perTopic, perLang };
}

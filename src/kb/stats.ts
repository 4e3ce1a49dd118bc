// Counts of the knowledge base per kind, topic and language, as data and as text.
import type { KnowledgeBase } from './knowledge-base.js';
import { KINDS, LANGS, type Kind, type Lang } from './schema.js';

export interface KbStats {
  entries: number;
  topics: number;
  perKind: Record<Kind, number>;
  perTopic: { id: string; name: string; count: number }[];
  /** Texts and phrasings per language (every entry has all three languages; this counts what a search indexes). */
  perLang: Record<Lang, { texts: number; phrasings: number }>;
}

export function kbStats(kb: KnowledgeBase): KbStats {
  const perKind = Object.fromEntries(KINDS.map((k) => [k, kb.ofKind(k).length])) as Record<Kind, number>;
  const perLang = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      {
        texts: kb.entries.filter((e) => e.text[lang]).length,
        phrasings: kb.entries.reduce((n, e) => n + e.phrasings[lang].length, 0),
      },
    ]),
  ) as KbStats['perLang'];
  const perTopic = kb.topics
    .map((t) => ({ id: t.id, name: t.names.en, count: kb.onTopic(t.id).length }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return { entries: kb.entries.length, topics: kb.topics.length, perKind, perTopic, perLang };
}

export function formatKbStats(stats: KbStats): string {
  const lines = [`Entries: ${stats.entries}   Topics: ${stats.topics}`, '', 'Per kind:'];
  for (const [kind, n] of Object.entries(stats.perKind)) lines.push(`  ${kind.padEnd(12)} ${n}`);
  lines.push('', 'Per language:');
  for (const [lang, c] of Object.entries(stats.perLang))
    lines.push(`  ${lang}  ${c.texts} texts, ${c.phrasings} phrasings`);
  lines.push('', 'Per topic:');
  for (const t of stats.perTopic)
    lines.push(`  ${t.id.padEnd(24)} ${String(t.count).padStart(3)}  ${t.name}`);
  return lines.join('\n');
}

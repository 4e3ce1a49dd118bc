// An immutable snapshot of the knowledge base: topics and entries with lookups.
import type { Entry, Kind, Lang, Topic } from './schema.js';

export class KnowledgeBase {
  readonly entries: readonly Entry[];
  readonly topics: readonly Topic[];
  private readonly entriesById: ReadonlyMap<string, Entry>;
  private readonly topicsById: ReadonlyMap<string, Topic>;

  constructor(topics: readonly Topic[], entries: readonly Entry[]) {
    this.topics = topics;
    this.entries = entries;
    this.entriesById = new Map(entries.map((e) => [e.id, e]));
    this.topicsById = new Map(topics.map((t) => [t.id, t]));
  }

  entry(id: string): Entry | undefined {
    return this.entriesById.get(id);
  }

  topic(id: string): Topic | undefined {
    return this.topicsById.get(id);
  }

  topicName(id: string, lang: Lang): string {
    return this.topicsById.get(id)?.names[lang] ?? id;
  }

  ofKind(kind: Kind): Entry[] {
    return this.entries.filter((e) => e.kind === kind);
  }

  onTopic(topicId: string, kind?: Kind): Entry[] {
    return this.entries.filter((e) => e.topics.includes(topicId) && (!kind || e.kind === kind));
  }

  /** Topics with at least one entry, with their entry counts, most entries first. */
  topicCounts(kind?: Kind): { topic: Topic; count: number }[] {
    return this.topics
      .map((topic) => ({ topic, count: this.onTopic(topic.id, kind).length }))
      .filter((t) => t.count > 0)
      .sort((a, b) => b.count - a.count || a.topic.id.localeCompare(b.topic.id));
  }
}

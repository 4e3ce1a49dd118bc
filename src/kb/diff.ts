// What changed between two knowledge-base snapshots: entries added, removed and changed, by id.
import { isDeepStrictEqual } from 'node:util';
import type { KnowledgeBase } from './knowledge-base.js';

export interface KbDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

export function diffKnowledgeBases(before: KnowledgeBase, after: KnowledgeBase): KbDiff {
  const added: string[] = [];
  const changed: string[] = [];
  for (const entry of after.entries) {
    const old = before.entry(entry.id);
    if (!old) added.push(entry.id);
    else if (!isDeepStrictEqual(old, entry)) changed.push(entry.id);
  }
  const removed = before.entries.filter((e) => !after.entry(e.id)).map((e) => e.id);
  return { added, removed, changed };
}

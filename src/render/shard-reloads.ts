// The per-shard lines of a /kb reload reply when the bot runs as several shards: each one's entries or the reason
// it kept the old knowledge base, in the admin's language.
import { catalog } from '../i18n/catalog.js';
import type { Lang } from '../kb/schema.js';
import type { ShardReloadResult } from '../sharding/reload-messages.js';
import { kbProblemLine } from './kb-problem-text.js';

/** A reason is one problem of a file; cut so that a field (1,024 characters) holds a line per shard. */
const REASON_MAX = 160;

export function shardReloadsField(results: readonly ShardReloadResult[], lang: Lang) {
  const text = catalog(lang).admin.kbReport;
  const line = (result: ShardReloadResult): string => {
    switch (result.outcome) {
      case 'reloaded':
        return text.shardReloaded(result.shardId, result.entries);
      case 'kept': {
        if (!result.firstProblem) return text.shardKept(result.shardId);
        const reason = kbProblemLine(result.firstProblem, lang);
        return text.shardKept(
          result.shardId,
          reason.length > REASON_MAX ? `${reason.slice(0, REASON_MAX - 1)}…` : reason,
        );
      }
      case 'no-answer':
        return text.shardNoAnswer(result.shardId);
    }
  };
  return {
    name: text.shards,
    value: [...results]
      .sort((a, b) => a.shardId - b.shardId)
      .map(line)
      .join('\n'),
  };
}

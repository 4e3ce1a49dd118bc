// The /kb reload reply with shards: a line per shard under the report, in the admin's language; none in one process.
import { describe, expect, it } from 'vitest';
import type { ReloadReport } from '../../src/kb/kb-holder.js';
import { kbReportReply } from '../../src/render/kb-report.js';
import type { ShardReloadResult } from '../../src/sharding/reload-messages.js';

const reloaded: ReloadReport = {
  ok: true,
  applied: true,
  entries: 12,
  topics: 3,
  diff: { added: [], removed: [], changed: [] },
  filesReread: [],
  filesReparsed: [],
};
const results: ShardReloadResult[] = [
  { shardId: 2, outcome: 'no-answer' },
  { shardId: 0, outcome: 'reloaded', entries: 12 },
  { shardId: 1, outcome: 'kept', problems: 2, firstProblem: 'kb.json: entries[3].text.pl: Required' },
];

describe('the /kb reload reply with shards', () => {
  it('lists every shard in order, in Polish for a Polish admin', () => {
    const card = kbReportReply(reloaded, 'pl', true, results).cards[0]!;
    expect(card.fields?.at(-1)).toEqual({
      name: 'Wszystkie shardy',
      value: [
        'Shard 0: ✅ przeładowany, 12 wpisów',
        'Shard 1: ❌ zachował poprzednią bazę (kb.json: entries[3].text.pl: Required)',
        'Shard 2: ⚠️ nie odpowiedział (restart?); uruchom /kb reload ponownie',
      ].join('\n'),
    });
  });

  it('lists the shards under a refused reload too, in Russian', () => {
    const refused: ReloadReport = { ok: false, problems: [] };
    const card = kbReportReply(refused, 'ru', true, [{ shardId: 0, outcome: 'reloaded', entries: 1 }])
      .cards[0]!;
    expect(card.fields).toEqual([{ name: 'Все шарды', value: 'Шард 0: ✅ перезагружен, 1 запись' }]);
  });

  it('adds no shard field when the bot runs as one process', () => {
    expect(kbReportReply(reloaded, 'en', true).cards[0]!.fields).toEqual([]);
  });
});

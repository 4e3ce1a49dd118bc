// The /kb reload reply with shards: a line per shard under the report, in the admin's language; none in one process.
import { describe, expect, it } from 'vitest';
import type { ReloadReport } from '../../src/kb/kb-holder.js';
import { kbReportReply } from '../../src/render/kb-report.js';
import type { KbProblem } from '../../src/kb/problems.js';
import { kbProblemLine } from '../../src/render/kb-problem-text.js';
import { parseReloadMessage, type ShardReloadResult } from '../../src/sharding/reload-messages.js';

const reloaded: ReloadReport = {
  ok: true,
  applied: true,
  entries: 12,
  topics: 3,
  diff: { added: [], removed: [], changed: [] },
  filesReread: [],
  filesReparsed: [],
};
const missingText: KbProblem = { file: 'kb.json', entryId: 'tip-1', field: 'text.pl', code: 'missing' };
const results: ShardReloadResult[] = [
  { shardId: 2, outcome: 'no-answer' },
  { shardId: 0, outcome: 'reloaded', entries: 12 },
  { shardId: 1, outcome: 'kept', problems: 2, firstProblem: missingText },
];

describe('the /kb reload reply with shards', () => {
  it('lists every shard in order, in Polish for a Polish admin', () => {
    const card = kbReportReply(reloaded, 'pl', true, results).cards[0]!;
    expect(card.fields?.at(-1)).toEqual({
      name: 'Wszystkie shardy',
      value: [
        'Shard 0: ✅ przeładowany, 12 wpisów',
        `Shard 1: ❌ zachował poprzednią bazę (${kbProblemLine(missingText, 'pl')})`,
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

  it("words a shard's first problem in the admin's language, from the code it sent", () => {
    const kept: ShardReloadResult[] = [
      { shardId: 0, outcome: 'kept', problems: 1, firstProblem: missingText },
    ];
    const values = (['en', 'pl', 'ru'] as const).map(
      (lang) => kbReportReply(reloaded, lang, true, kept).cards[0]!.fields!.at(-1)!.value,
    );
    expect(values[0]).toContain(kbProblemLine(missingText, 'en'));
    expect(values[1]).toContain(kbProblemLine(missingText, 'pl'));
    expect(values[2]).toContain(kbProblemLine(missingText, 'ru'));
    expect(new Set(values).size).toBe(3);
    expect(
      kbReportReply(reloaded, 'en', true, [{ shardId: 0, outcome: 'kept', problems: 0 }]).cards[0]!.fields,
    ).toEqual([{ name: 'Every shard', value: 'Shard 0: ❌ kept the previous knowledge base' }]);
  });

  it('accepts a problem code over IPC and refuses one it does not know or with wrong parameters', () => {
    const message = (firstProblem: unknown) => ({
      type: 'cs-coach:reloaded',
      requestId: 'r1',
      result: { shardId: 1, outcome: 'kept', problems: 1, firstProblem },
    });
    expect(parseReloadMessage(message(missingText))).toEqual(message(missingText));
    const tooLong = { file: 'kb.json', code: 'too_long', max: 500 };
    expect(parseReloadMessage(message(tooLong))).toEqual(message(tooLong));
    expect(parseReloadMessage(message('kb.json: is missing'))).toBeUndefined();
    expect(parseReloadMessage(message({ file: 'kb.json', code: 'on_fire' }))).toBeUndefined();
    expect(parseReloadMessage(message({ file: 'kb.json', code: 'too_long', max: 'long' }))).toBeUndefined();
    expect(parseReloadMessage(message({ code: 'missing' }))).toBeUndefined();
  });
});

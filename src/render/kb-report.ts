// /kb reload and /kb validate outcomes as a reply: counts and the diff, or every problem (clipped; the log has all).
import { catalog } from '../i18n/catalog.js';
import type { ReloadReport } from '../kb/kb-holder.js';
import type { Lang } from '../kb/schema.js';
import type { ShardReloadResult } from '../sharding/reload-messages.js';
import type { Reply } from './reply.js';
import { kbProblemLine, kbProblemRich } from './kb-problem-text.js';
import { code, joinRich, spansOf, type Rich } from './rich-text.js';
import { shardReloadsField } from './shard-reloads.js';

/** At most this much of the problem list goes into the reply; Discord's embed description holds 4,096 characters. */
const PROBLEMS_BUDGET = 3500;

/** `shards`: with several shard processes, every shard's result (this one's included), listed under the report. */
export function kbReportReply(
  report: ReloadReport,
  lang: Lang,
  apply: boolean,
  shards?: readonly ShardReloadResult[],
): Reply {
  const text = catalog(lang).admin.kbReport;
  const shardFields = shards?.length ? [shardReloadsField(shards, lang)] : [];
  if (!report.ok) {
    const lines: Rich[] = [];
    let used = 0;
    for (const problem of report.problems) {
      // Measured as plain text; Discord's escaping and code marks add a little, which the budget leaves room for.
      const length = kbProblemLine(problem, lang).length + 2;
      if (used + length > PROBLEMS_BUDGET) break;
      lines.push(['• ', ...spansOf(kbProblemRich(problem, lang))]);
      used += length + 1;
    }
    const left = report.problems.length - lines.length;
    if (left > 0) lines.push(text.more(left));
    return {
      cards: [
        {
          title: apply ? text.refused : text.invalid,
          description: joinRich([text.problems(report.problems.length), ...lines]),
          ...(shardFields.length ? { fields: shardFields } : {}),
          tone: 'error',
        },
      ],
      private: true,
    };
  }
  const { added, removed, changed } = report.diff;
  const fields = [
    { name: `${text.added} (${added.length})`, ids: added },
    { name: `${text.removed} (${removed.length})`, ids: removed },
    { name: `${text.changed} (${changed.length})`, ids: changed },
  ]
    .filter((f) => f.ids.length > 0)
    .map((f) => ({ name: f.name, value: joinRich(f.ids.map(code), ', ') }));
  const counts = text.counts(report.entries, report.topics);
  return {
    cards: [
      {
        title: report.applied ? text.reloaded : text.valid,
        description: fields.length ? counts : `${counts}\n${text.noChange}`,
        fields: [...fields, ...shardFields],
        tone: 'admin',
      },
    ],
    private: true,
  };
}

// /kb inbox as plain data: the recent questions the bot declined, answered unsure, or whose answer was voted not
// helpful, each with the entries closest to it; questions already taught (now a phrasing) or ignored are left out.
import { createHash } from 'node:crypto';
import { questionKey } from '../answer/taught-wording.js';
import type { AnswerEngine } from '../answer/answer-engine.js';
import type { Entry, Lang } from '../kb/schema.js';
import type { QuestionLogView } from './question-log-view.js';

export type InboxReason = 'declined' | 'unsure' | 'notHelpful';

export interface InboxItem {
  /** Short and stable: travels in custom ids (Discord allows 100 characters, a question may have 500). */
  key: string;
  question: string;
  lang: Lang;
  reason: InboxReason;
  confidence: number;
  count: number;
  /** Best first: the answer it got and the "did you mean" entries. */
  closest: Entry[];
}

const DAY_MS = 86_400_000;
const MAX_CLOSEST = 5;

export { questionKey };

export function inboxKey(question: string): string {
  return createHash('sha1').update(questionKey(question)).digest('hex').slice(0, 12);
}

export interface InboxOptions {
  now: Date;
  unsureBelow: number;
  guildId?: string;
  /** Question keys dismissed with "ignore". */
  ignored: ReadonlySet<string>;
  days?: number;
}

export function teamInbox(log: QuestionLogView, engine: AnswerEngine, options: InboxOptions): InboxItem[] {
  const since = options.now.getTime() - (options.days ?? 30) * DAY_MS;
  const notHelpful = new Set(
    [...tally(log.votes)].filter(([, t]) => t.notHelpful > t.helpful).map(([entryId]) => entryId),
  );
  const taught = new Set(
    engine.kb.entries.flatMap((e) => Object.values(e.phrasings).flatMap((list) => list.map(questionKey))),
  );
  const items = new Map<string, InboxItem>();
  for (const record of log.questions) {
    if (Date.parse(record.at) < since) continue;
    if (options.guildId && record.guildId !== options.guildId) continue;
    const folded = questionKey(record.question);
    if (!folded || taught.has(folded) || options.ignored.has(folded)) continue;
    const reason: InboxReason | undefined = !record.answered
      ? 'declined'
      : record.confidence < options.unsureBelow
        ? 'unsure'
        : record.entryId && notHelpful.has(record.entryId)
          ? 'notHelpful'
          : undefined;
    const key = inboxKey(record.question);
    const known = items.get(key);
    if (known) known.count += 1;
    if (!reason) continue;
    if (!known)
      items.set(key, {
        key,
        question: record.question,
        lang: record.lang,
        reason,
        confidence: record.confidence,
        count: 1,
        closest: [],
      });
  }
  const list = [...items.values()].sort((a, b) => b.count - a.count);
  for (const item of list) item.closest = closestEntries(engine, item);
  return list;
}

function closestEntries(engine: AnswerEngine, item: InboxItem): Entry[] {
  const result = engine.answer({ question: item.question, lang: item.lang });
  const entries: Entry[] = [];
  for (const { entry } of [...result.answers, ...result.closest])
    if (!entries.includes(entry)) entries.push(entry);
  return entries.slice(0, MAX_CLOSEST);
}

function tally(votes: QuestionLogView['votes']): Map<string, { helpful: number; notHelpful: number }> {
  const counts = new Map<string, { helpful: number; notHelpful: number }>();
  for (const vote of votes) {
    const row = counts.get(vote.entryId) ?? { helpful: 0, notHelpful: 0 };
    if (vote.helpful) row.helpful += 1;
    else row.notHelpful += 1;
    counts.set(vote.entryId, row);
  }
  return counts;
}

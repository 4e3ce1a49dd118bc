// What the team asks: volumes, most asked, declined and unsure questions, answers voted not helpful.
import { foldText } from '../answer/normalize.js';
import type { QuestionLogView } from './state-store.js';

export interface QuestionCount {
  question: string;
  count: number;
}

export interface TeamStats {
  last7Days: number;
  last30Days: number;
  answeredShare: number | null;
  mostAsked: QuestionCount[];
  declined: QuestionCount[];
  lowConfidence: (QuestionCount & { entryId?: string; confidence: number })[];
  notHelpful: { entryId: string; notHelpful: number; helpful: number }[];
}

const DAY_MS = 86_400_000;

export function teamStats(
  state: QuestionLogView,
  now: Date,
  options: { guildId?: string; unsureBelow: number; top?: number },
): TeamStats {
  const top = options.top ?? 5;
  const questions = state.questions.filter((q) => !options.guildId || q.guildId === options.guildId);
  const since = (days: number) => questions.filter((q) => now.getTime() - Date.parse(q.at) <= days * DAY_MS);
  const recent = since(30);
  const answered = recent.filter((q) => q.answered).length;
  const lowConfidence = group(recent.filter((q) => q.answered && q.confidence < options.unsureBelow)).slice(
    0,
    top,
  );
  const votes = new Map<string, { entryId: string; notHelpful: number; helpful: number }>();
  for (const vote of state.votes) {
    const row = votes.get(vote.entryId) ?? { entryId: vote.entryId, notHelpful: 0, helpful: 0 };
    if (vote.helpful) row.helpful += 1;
    else row.notHelpful += 1;
    votes.set(vote.entryId, row);
  }
  return {
    last7Days: since(7).length,
    last30Days: recent.length,
    answeredShare: recent.length ? answered / recent.length : null,
    mostAsked: group(recent).slice(0, top),
    declined: group(recent.filter((q) => !q.answered)).slice(0, top),
    lowConfidence: lowConfidence.map((g) => {
      const last = recent.filter((q) => sameQuestion(q.question, g.question)).at(-1);
      return { ...g, ...(last?.entryId ? { entryId: last.entryId } : {}), confidence: last?.confidence ?? 0 };
    }),
    notHelpful: [...votes.values()]
      .filter((v) => v.notHelpful > 0)
      .sort((a, b) => b.notHelpful - a.notHelpful)
      .slice(0, top),
  };
}

const key = (question: string) =>
  foldText(question)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const sameQuestion = (a: string, b: string) => key(a) === key(b);

/** Groups questions that differ only in case, diacritics or punctuation; most frequent first. */
function group(records: readonly { question: string }[]): QuestionCount[] {
  const groups = new Map<string, QuestionCount>();
  for (const { question } of records) {
    const k = key(question);
    const g = groups.get(k) ?? { question, count: 0 };
    g.count += 1;
    groups.set(k, g);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

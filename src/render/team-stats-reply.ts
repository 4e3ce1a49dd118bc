// Renders /kb stats: the knowledge base's counts and what the team asks, so the lead knows what to add.
import type { KbStats } from '../kb/stats.js';
import type { StoreHealth } from '../state/state-store.js';
import type { TeamStats } from '../state/team-stats.js';
import { COLORS, type Reply } from './reply.js';
import { escapeUserText } from './user-text.js';

const list = (rows: string[], empty = '—') => (rows.length ? rows.join('\n') : empty);

/**
 * `kb` undefined leaves out the knowledge-base counts (the command line prints them its own way). `health` adds a
 * warning when the question log could not be written: answers went on, but these figures miss those questions.
 */
export function teamStatsReply(kb: KbStats | undefined, team: TeamStats, health?: StoreHealth): Reply {
  const kinds = Object.entries(kb?.perKind ?? {})
    .map(([kind, n]) => `${kind} ${n}`)
    .join(' · ');
  const langs = Object.entries(kb?.perLang ?? {})
    .map(([lang, c]) => `${lang} ${c.texts} (+${c.phrasings} phrasings)`)
    .join(' · ');
  const answered = team.answeredShare === null ? '' : ` · ${Math.round(team.answeredShare * 100)}% answered`;
  return {
    cards: [
      {
        title: '📈 Knowledge base and questions',
        description: `${kb ? `**${kb.entries}** entries, **${kb.topics}** topics\n${kinds}\n${langs}\n\n` : ''}Questions: **${team.last7Days}** in the last 7 days, **${team.last30Days}** in the last 30${answered}`,
        fields: [
          {
            name: 'Most asked (30 days)',
            value: list(team.mostAsked.map((q) => `${q.count}× ${escapeUserText(q.question)}`)),
          },
          {
            name: 'Declined — worth adding to the knowledge base',
            value: list(team.declined.map((q) => `${q.count}× ${escapeUserText(q.question)}`)),
          },
          {
            name: 'Answered with low confidence',
            value: list(
              team.lowConfidence.map(
                (q) =>
                  `${q.count}× ${escapeUserText(q.question)} → \`${q.entryId ?? '?'}\` (${Math.round(q.confidence * 100)}%)`,
              ),
            ),
          },
          {
            name: 'Voted not helpful',
            value: list(team.notHelpful.map((v) => `\`${v.entryId}\`: 👎 ${v.notHelpful} · 👍 ${v.helpful}`)),
          },
          ...(health?.failedLogWrites
            ? [
                {
                  name: '⚠️ Question log not saved',
                  value: `${health.failedLogWrites} question(s) or vote(s) could not be written since the start (last: ${health.lastLogError?.at ?? '?'}, ${escapeUserText(health.lastLogError?.message ?? '')}). Answers were not affected; see the log.`,
                },
              ]
            : []),
        ],
        color: COLORS.admin,
      },
    ],
    private: true,
  };
}

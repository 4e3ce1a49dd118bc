// /kb stats (and `npm run kb -- stats`) as a reply: the knowledge base's counts and what the team asks.
import { catalog } from '../i18n/catalog.js';
import type { KbStats } from '../kb/stats.js';
import type { Lang } from '../kb/schema.js';
import type { StoreHealth } from '../state/state-store.js';
import type { TeamStats } from '../state/team-stats.js';
import type { Reply, ReplyField } from './reply.js';
import { code, joinRich, userText, type Rich, type Span } from './rich-text.js';

const list = (rows: Rich[]): Rich => (rows.length ? joinRich(rows) : '—');

/** `team` undefined leaves out the questions (no state to read them from). */
/** `health` adds a warning when the question log could not be written: these figures then miss those questions. */
export function kbStatsReply(
  kb: KbStats,
  team: TeamStats | undefined,
  lang: Lang,
  options: { withTopics?: boolean; health?: StoreHealth } = {},
): Reply {
  const { withTopics = false, health } = options;
  const { kinds } = catalog(lang).replies;
  const words = catalog(lang).admin.kbStats;
  const perKind = Object.entries(kb.perKind)
    .map(([kind, n]) => `${kinds[kind as keyof typeof kinds]} ${n}`)
    .join(' · ');
  const perLang = Object.entries(kb.perLang)
    .map(([l, c]) => `${l} ${c.texts} (${words.phrasings(c.phrasings)})`)
    .join(' · ');
  const description: Span[] = joinRich([words.counts(kb.entries, kb.topics), perKind, perLang]);
  const fields: ReplyField[] = [];
  if (withTopics)
    fields.push({
      name: words.perTopic,
      value: kb.perTopic.map((t) => `${t.count} ${t.names[lang]}`).join('\n'),
    });
  if (team) {
    const answered =
      team.answeredShare === null ? '' : ` · ${words.answered(Math.round(team.answeredShare * 100))}`;
    description.push('\n\n', ...joinRich([words.questions(team.last7Days, team.last30Days)]), answered);
    const asked = (q: { count: number; question: string }): Rich => [`${q.count}× `, userText(q.question)];
    fields.push(
      { name: words.mostAsked, value: list(team.mostAsked.map(asked)) },
      { name: words.declined, value: list(team.declined.map(asked)) },
      {
        name: words.lowConfidence,
        value: list(
          team.lowConfidence.map((q) => [
            ...joinRich([asked(q)]),
            ' → ',
            code(q.entryId ?? '?'),
            ` (${Math.round(q.confidence * 100)}%)`,
          ]),
        ),
      },
      {
        name: words.notHelpful,
        value: list(team.notHelpful.map((v) => [code(v.entryId), `: 👎 ${v.notHelpful} · 👍 ${v.helpful}`])),
      },
    );
  }
  if (health?.failedLogWrites) {
    const { at = '?', message = '' } = health.lastLogError ?? {};
    fields.push({
      name: words.logNotSaved,
      value: words.logNotSavedNote(health.failedLogWrites, at, message),
    });
  }
  return { cards: [{ title: words.title, description, fields, tone: 'admin' }], private: true };
}

// Renders /daily-tip show: the schedule, the next post in the server's zone, the last post and the last error.
import type { EffectiveSchedule } from '../daily-tip/daily-tip-service.js';
import type { GuildDailyTip } from '../state/daily-tip-state.js';
import { COLORS, type Reply } from './reply.js';

const DAYS: Record<string, string> = { daily: 'every day', weekdays: 'Monday to Friday' };

/** "Mon 24 Nov 2026, 09:00 (Europe/Warsaw)" */
export function formatInZone(instant: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(instant);
  return `${text} (${timeZone})`;
}

export function dailyTipStatusReply(status: {
  effective?: EffectiveSchedule;
  state?: GuildDailyTip;
  next: Date | null;
}): Reply {
  const { effective, state, next } = status;
  if (!effective) {
    return {
      cards: [
        {
          title: '🗓️ Daily tip',
          description:
            'No daily tip is set for this server. Set one with `/daily-tip set channel:#channel time:09:00`.',
          color: COLORS.declined,
        },
      ],
      private: true,
    };
  }
  const s = effective.schedule;
  const fields = [
    { name: 'Channel', value: `<#${s.channelId}>`, inline: true },
    { name: 'Time', value: `${s.time} ${s.timeZone}`, inline: true },
    { name: 'Days', value: DAYS[s.days] ?? `cron \`${s.days}\``, inline: true },
    { name: 'Language', value: s.language, inline: true },
    { name: 'Status', value: s.enabled ? '▶️ on' : '⏸️ paused', inline: true },
    {
      name: 'Set by',
      value: effective.source === 'server' ? '/daily-tip set' : 'the bot’s default (environment)',
      inline: true,
    },
    { name: 'Next post', value: next ? formatInZone(next, s.timeZone) : '—' },
    {
      name: 'Last post',
      value: state?.lastPostAt
        ? `${formatInZone(new Date(state.lastPostAt), s.timeZone)}${state.lastTipId ? ` — \`${state.lastTipId}\`` : ''}`
        : '—',
    },
  ];
  if (state?.lastError)
    fields.push({
      name: '⚠️ Last error',
      value: `${formatInZone(new Date(state.lastError.at), s.timeZone)}: ${state.lastError.message}`,
    });
  return {
    cards: [
      {
        title: '🗓️ Daily tip',
        description: '',
        fields,
        color: state?.lastError ? COLORS.unsure : COLORS.admin,
      },
    ],
    private: true,
  };
}

// Renders /daily-tip show: the schedule, the next post in the server's zone, the last post and the last error.
import type { EffectiveSchedule } from '../daily-tip/daily-tip-service.js';
import type { Lang } from '../kb/schema.js';
import type { GuildDailyTip } from '../state/daily-tip-state.js';
import { COLORS, type Reply } from './reply.js';

const LABELS = {
  en: {
    title: '🗓️ Daily tip',
    none: 'No daily tip is set for this server. Set one with `/daily-tip set channel:#channel time:09:00`.',
    channel: 'Channel',
    time: 'Time',
    days: 'Days',
    language: 'Language',
    status: 'Status',
    on: '▶️ on',
    paused: '⏸️ paused',
    setBy: 'Set by',
    byServer: '/daily-tip set',
    byDefault: 'the bot’s default (environment)',
    next: 'Next post',
    last: 'Last post',
    error: '⚠️ Last error',
    daily: 'every day',
    weekdays: 'Monday to Friday',
  },
  pl: {
    title: '🗓️ Porada dnia',
    none: 'Porada dnia nie jest ustawiona na tym serwerze. Ustaw ją: `/daily-tip set channel:#kanał time:09:00`.',
    channel: 'Kanał',
    time: 'Godzina',
    days: 'Dni',
    language: 'Język',
    status: 'Stan',
    on: '▶️ włączona',
    paused: '⏸️ wstrzymana',
    setBy: 'Ustawiona przez',
    byServer: '/daily-tip set',
    byDefault: 'domyślne ustawienia bota (środowisko)',
    next: 'Następna publikacja',
    last: 'Ostatnia publikacja',
    error: '⚠️ Ostatni błąd',
    daily: 'codziennie',
    weekdays: 'od poniedziałku do piątku',
  },
  ru: {
    title: '🗓️ Совет дня',
    none: 'Совет дня на этом сервере не настроен. Настройте: `/daily-tip set channel:#канал time:09:00`.',
    channel: 'Канал',
    time: 'Время',
    days: 'Дни',
    language: 'Язык',
    status: 'Состояние',
    on: '▶️ включён',
    paused: '⏸️ приостановлен',
    setBy: 'Кем задан',
    byServer: '/daily-tip set',
    byDefault: 'настройки бота по умолчанию (окружение)',
    next: 'Следующая публикация',
    last: 'Последняя публикация',
    error: '⚠️ Последняя ошибка',
    daily: 'каждый день',
    weekdays: 'с понедельника по пятницу',
  },
} satisfies Record<Lang, Record<string, string>>;

const DATE_LOCALE: Record<Lang, string> = { en: 'en-GB', pl: 'pl-PL', ru: 'ru-RU' };

/** "Tue, 24 Nov 2026, 09:00 (Europe/Warsaw)" in English; the same in the reader's language. */
export function formatInZone(instant: Date, timeZone: string, lang: Lang = 'en'): string {
  const text = new Intl.DateTimeFormat(DATE_LOCALE[lang], {
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

export function dailyTipStatusReply(
  status: { effective?: EffectiveSchedule; state?: GuildDailyTip; next: Date | null },
  lang: Lang = 'en',
): Reply {
  const { effective, state, next } = status;
  const l = LABELS[lang];
  if (!effective)
    return { cards: [{ title: l.title, description: l.none, color: COLORS.declined }], private: true };
  const s = effective.schedule;
  const when = (iso: string) => formatInZone(new Date(iso), s.timeZone, lang);
  const days = s.days === 'daily' ? l.daily : s.days === 'weekdays' ? l.weekdays : `cron \`${s.days}\``;
  const fields = [
    { name: l.channel, value: `<#${s.channelId}>`, inline: true },
    { name: l.time, value: `${s.time} ${s.timeZone}`, inline: true },
    { name: l.days, value: days, inline: true },
    { name: l.language, value: s.language, inline: true },
    { name: l.status, value: s.enabled ? l.on : l.paused, inline: true },
    { name: l.setBy, value: effective.source === 'server' ? l.byServer : l.byDefault, inline: true },
    { name: l.next, value: next ? formatInZone(next, s.timeZone, lang) : '—' },
    {
      name: l.last,
      value: state?.lastPostAt
        ? `${when(state.lastPostAt)}${state.lastTipId ? ` — \`${state.lastTipId}\`` : ''}`
        : '—',
    },
  ];
  if (state?.lastError)
    fields.push({ name: l.error, value: `${when(state.lastError.at)}: ${state.lastError.message}` });
  return {
    cards: [
      { title: l.title, description: '', fields, color: state?.lastError ? COLORS.unsure : COLORS.admin },
    ],
    private: true,
  };
}

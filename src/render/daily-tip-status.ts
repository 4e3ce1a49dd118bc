// /daily-tip show as a reply: the schedule, the next post in the server's zone, the last post and the last error.
import { catalog } from '../i18n/catalog.js';
import type { Lang } from '../kb/schema.js';
import type { DailyTipStatus } from '../tips/daily-tip-status.js';
import type { Reply, ReplyField } from './reply.js';
import { channel, code, type Rich } from './rich-text.js';

/** "Tue, 24 Nov 2026, 09:00 (Europe/Warsaw)" in English; the same in the reader's language. */
export function formatInZone(instant: Date, timeZone: string, lang: Lang = 'en'): string {
  const text = new Intl.DateTimeFormat(catalog(lang).dateLocale, {
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

export function dailyTipStatusReply(status: DailyTipStatus, lang: Lang = 'en'): Reply {
  const { effective, next, lastPost, lastError } = status;
  const l = catalog(lang).admin.status;
  const quiz = catalog(lang).quiz.dailyTip;
  if (!effective)
    return { cards: [{ title: l.title, description: l.none, tone: 'declined' }], private: true };
  const s = effective.schedule;
  const when = (at: Date) => formatInZone(at, s.timeZone, lang);
  const days: Rich = s.days === 'daily' ? l.daily : s.days === 'weekdays' ? l.weekdays : l.cron(s.days);
  const fields: ReplyField[] = [
    { name: l.channel, value: channel(s.channelId), inline: true },
    { name: l.time, value: `${s.time} ${s.timeZone}`, inline: true },
    { name: l.days, value: days, inline: true },
    { name: l.language, value: s.language, inline: true },
    { name: l.status, value: s.enabled ? l.on : l.paused, inline: true },
    { name: l.setBy, value: effective.source === 'server' ? l.byServer : l.byDefault, inline: true },
    { name: quiz.button, value: status.quizButton === false ? quiz.off : quiz.on, inline: true },
    { name: l.next, value: next ? when(next) : '—' },
    {
      name: l.last,
      value: lastPost ? [when(lastPost.at), ...(lastPost.tipId ? [' — ', code(lastPost.tipId)] : [])] : '—',
    },
  ];
  if (lastError) fields.push({ name: l.error, value: `${when(lastError.at)}: ${lastError.message}` });
  return {
    cards: [{ title: l.title, fields, tone: lastError ? 'unsure' : 'admin' }],
    private: true,
  };
}

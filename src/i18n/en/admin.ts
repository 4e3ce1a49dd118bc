// English replies to admins: /daily-tip (schedule, status, validation) and /kb (reload reports, stats).
import { pluralEn } from '../plural.js';
import { channel, code, strong, type Rich } from '../../render/rich-text.js';

export const enAdmin = {
  dailyTip: {
    tipOfTheDay: '💡 Tip of the day',
    worthKnowing: '📊 Worth knowing',
    notChanged: '❌ Not changed',
    unavailable:
      'The daily tip is posted by the bot connected to Discord; this console has no channels to post in. /daily-tip preview works here.',
    serverOnly: 'The daily tip works in a Discord server (not in direct messages).',
    notSet: ['No daily tip is set yet: use ', code('/daily-tip set'), ' first.'] as Rich,
    resumed: '▶️ Daily tip resumed',
    paused: '⏸️ Daily tip paused',
    pausedNote: ['Nothing will be posted until ', code('/daily-tip resume'), '.'] as Rich,
    posted: '✅ Posted',
    postedNote: (id: string): Rich => ['Tip ', code(id), ' was posted.'],
    notPosted: '❌ Not posted',
    notPostedNote: (reason: string): string => `The tip could not be posted: ${reason}`,
    chooseChannel: ['Choose a channel: ', code('/daily-tip set channel:#tips'), '.'] as Rich,
    cannotPost: (channelId: string, reason: string): Rich => [
      'I cannot post in ',
      channel(channelId),
      `: ${reason}.`,
    ],
    set: '✅ Daily tip set',
    setNote: (channelId: string, time: string, zone: string, days: string, lang: string): Rich => [
      'In ',
      channel(channelId),
      ` at ${time} ${zone} (${days}), language ${lang}.`,
    ],
    nextPost: (when: string): string => `Next post: ${when}`,
    noTips: 'The knowledge base has no tips.',
    preview: 'Preview — only you see this:',
  },
  postFailure: {
    noSchedule: 'no schedule: use /daily-tip set first',
    noTips: 'the knowledge base has no tips',
    notConnected: 'not connected to Discord; will retry at the next run',
  },
  channelProblem: {
    notVisible: 'the bot cannot see this channel (deleted, or no View Channel permission)',
    notText: 'choose a text or announcement channel',
    otherServer: 'the channel belongs to another server',
    missing: (permissions: string): string => `the bot lacks ${permissions} in this channel`,
  },
  schedule: {
    time: (input: string): string =>
      `time "${input}" is not a time of day: write "HH:MM" from 00:00 to 23:59, e.g. "09:00"`,
    timeZone: (input: string): string =>
      `time zone "${input}" is unknown: use an IANA name such as "Europe/Warsaw" or "America/New_York"`,
    days: (input: string): string =>
      `days "${input}" must be "daily", "weekdays" or a 5-field cron expression (minute hour day-of-month month day-of-week), e.g. "0 9 * * 1,3,5"`,
    daysManyTimes: (input: string, times: number): string =>
      `cron expression "${input}" runs ${times} ${pluralEn(times, 'time', 'times')} a day; a daily tip posts once a day, so give one minute and one hour, e.g. "30 8 * * 1-5"`,
    daysNever: (input: string): string => `cron expression "${input}" never falls on a real date`,
    timeDiffers: (time: string, days: string, cronTime: string): string =>
      `time "${time}" differs from the cron expression "${days}", which posts at ${cronTime}: make them agree`,
    channel: 'the channel must be a Discord channel id: 17 to 20 digits',
    language: 'language must be one of "pl", "en", "ru"',
  },
  status: {
    title: '🗓️ Daily tip',
    none: [
      'No daily tip is set for this server. Set one with ',
      code('/daily-tip set channel:#channel time:09:00'),
      '.',
    ] as Rich,
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
    cron: (expression: string): Rich => ['cron ', code(expression)],
  },
  kbReport: {
    reloaded: '✅ Knowledge base reloaded',
    valid: '✅ Knowledge base is valid (dry run: nothing was changed)',
    refused: '❌ Reload refused: still answering from the previous knowledge base',
    invalid: '❌ The knowledge base has problems (dry run: nothing was changed)',
    counts: (entries: number, topics: number): string =>
      `${entries} ${pluralEn(entries, 'entry', 'entries')}, ${topics} ${pluralEn(topics, 'topic', 'topics')}.`,
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    noChange: 'No entry changed.',
    problems: (n: number): string =>
      `${n} ${pluralEn(n, 'problem', 'problems')} — fix them and run /kb reload again:`,
    more: (n: number): string => `… and ${n} more (the bot log lists all of them).`,
  },
  kbStats: {
    title: '📈 Knowledge base and questions',
    counts: (entries: number, topics: number): Rich => [
      strong(String(entries)),
      ` ${pluralEn(entries, 'entry', 'entries')}, `,
      strong(String(topics)),
      ` ${pluralEn(topics, 'topic', 'topics')}`,
    ],
    phrasings: (n: number): string => `+${n} ${pluralEn(n, 'phrasing', 'phrasings')}`,
    questions: (week: number, month: number): Rich => [
      'Questions: ',
      strong(String(week)),
      ' in the last 7 days, ',
      strong(String(month)),
      ' in the last 30',
    ],
    answered: (percent: number): string => `${percent}% answered`,
    mostAsked: 'Most asked (30 days)',
    declined: 'Declined — worth adding to the knowledge base',
    lowConfidence: 'Answered with low confidence',
    notHelpful: 'Voted not helpful',
    perTopic: 'Entries per topic',
    logNotSaved: '⚠️ Question log not saved',
    logNotSavedNote: (n: number, at: string, message: string): string =>
      `${n} ${pluralEn(n, 'question or vote', 'questions or votes')} could not be written since the start (last: ${at}, ${message}). Answers were not affected; see the log.`,
  },
};

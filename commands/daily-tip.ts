// /daily-tip set | show | pause | resume | preview | post-now: admins configure the tip posted every day.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  PermissionFlagsBits,
} from 'discord.js';
import { foldText } from '../src/answer/normalize.js';
import { refuseUnlessAdmin } from '../src/bot/admin-check.js';
import type { CommandModule, CommandRequest } from '../src/bot/command.js';
import { GUILD_ONLY, languageOption } from '../src/bot/common-options.js';
import type { BotContext } from '../src/bot/context.js';
import { localized } from '../src/bot/localize.js';
import { choiceLanguage } from '../src/bot/reply-language.js';
import { dailyTipReply } from '../src/render/daily-tip-reply.js';
import { dailyTipText } from '../src/render/daily-tip-texts.js';
import type { Lang } from '../src/kb/schema.js';
import { dailyTipStatusReply, formatInZone } from '../src/render/daily-tip-status.js';
import { COLORS, type Reply } from '../src/render/reply.js';
import { normalizeTime } from '../src/daily-tip/normalize-time.js';
import { nextPostTime } from '../src/tips/schedule-times.js';
import { dailyTipScheduleSchema, type DailyTipSchedule } from '../src/tips/schedule.js';

const say = (title: string, description: string, color = COLORS.admin): Reply => ({
  cards: [{ title, description, color }],
  private: true,
});
const problem = (lang: Lang, description: string) =>
  say(dailyTipText('notChanged', lang), description, COLORS.error);

const ZONES = Intl.supportedValuesOf('timeZone');

export const dailyTip = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'daily-tip',
    description: 'Admin: the customer-service tip posted every day in a channel',
    description_localizations: localized(
      'Admin: porada dnia publikowana codziennie na kanale',
      'Админ: совет дня, публикуемый каждый день в канале',
    ),
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'set',
        description:
          'Set the channel, time, time zone, days and language (what you leave out stays as it is)',
        description_localizations: localized(
          'Ustaw kanał, godzinę, strefę, dni i język',
          'Задать канал, время, часовой пояс, дни и язык',
        ),
        options: [
          {
            type: ApplicationCommandOptionType.Channel,
            name: 'channel',
            description: 'Where to post',
            description_localizations: localized('Gdzie publikować', 'Куда публиковать'),
            channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'time',
            description: 'Local time of day, e.g. 09:00',
            description_localizations: localized('Godzina lokalna, np. 09:00', 'Местное время, напр. 09:00'),
            max_length: 5,
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'timezone',
            description: 'IANA time zone, e.g. Europe/Warsaw',
            description_localizations: localized(
              'Strefa czasowa IANA, np. Europe/Warsaw',
              'Часовой пояс IANA, напр. Europe/Moscow',
            ),
            autocomplete: true,
            max_length: 64,
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'days',
            description: 'daily, weekdays, or a cron expression such as "0 9 * * 1,3,5"',
            description_localizations: localized(
              'daily (codziennie), weekdays (pon.–pt.) lub wyrażenie cron',
              'daily (каждый день), weekdays (пн–пт) или выражение cron',
            ),
            autocomplete: true,
            max_length: 64,
          },
          languageOption,
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'show',
        description: 'The schedule, the next post, the last post and the last error',
        description_localizations: localized(
          'Harmonogram, następny i ostatni post, ostatni błąd',
          'Расписание, следующий и последний пост, последняя ошибка',
        ),
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'pause',
        description: 'Stop posting (the schedule is kept)',
        description_localizations: localized(
          'Wstrzymaj publikowanie (harmonogram zostaje)',
          'Приостановить публикацию (расписание сохраняется)',
        ),
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'resume',
        description: 'Start posting again',
        description_localizations: localized('Wznów publikowanie', 'Возобновить публикацию'),
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'preview',
        description: 'See privately the tip that will be posted next',
        description_localizations: localized(
          'Zobacz prywatnie następną poradę',
          'Посмотреть следующий совет (видно только вам)',
        ),
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'post-now',
        description: 'Post a tip in the channel now',
        description_localizations: localized('Opublikuj poradę teraz', 'Опубликовать совет сейчас'),
      },
    ],
    ...GUILD_ONLY,
  },
  isPrivate: () => true,

  async execute(request, ctx) {
    const refusal = refuseUnlessAdmin(request, ctx);
    if (refusal) return refusal;
    const service = ctx.dailyTips;
    const lang = choiceLanguage(request);
    if (request.subcommand === 'preview') return await preview(request, ctx);
    if (!service || !request.guildId) return say('🗓️', dailyTipText('serverOnly', lang));
    const guildId = request.guildId;
    switch (request.subcommand) {
      case 'show':
        return dailyTipStatusReply(await service.status(guildId), lang);
      case 'pause':
      case 'resume': {
        const enabled = request.subcommand === 'resume';
        if (!(await service.setEnabled(guildId, enabled))) return problem(lang, dailyTipText('notSet', lang));
        return enabled
          ? say(dailyTipText('resumed', lang), nextLine(await service.status(guildId), lang))
          : say(dailyTipText('paused', lang), dailyTipText('pausedNote', lang));
      }
      case 'post-now': {
        const outcome = await service.postNow(guildId);
        return outcome.posted
          ? say(dailyTipText('posted', lang), dailyTipText('postedNote', lang, { id: outcome.tipId }))
          : say(
              dailyTipText('notPosted', lang),
              dailyTipText('notPostedNote', lang, { reason: outcome.reason }),
              COLORS.error,
            );
      }
      case 'set':
        return set(request, ctx, guildId);
      default:
        throw new Error(`unknown /daily-tip subcommand ${request.subcommand}`);
    }
  },

  async autocomplete(request) {
    const typed = foldText(request.focused.value.trim());
    if (request.focused.name === 'days') {
      const options = ['daily', 'weekdays', '0 9 * * 1,3,5', '30 8 * * 1-5'];
      return options.filter((o) => o.includes(typed) || !typed).map((o) => ({ name: o, value: o }));
    }
    const matches = ZONES.filter((z) => foldText(z).includes(typed.replace(/\s+/g, '_')));
    return matches.slice(0, 25).map((z) => ({ name: z, value: z }));
  },
} satisfies CommandModule;

function nextLine(
  status: { effective?: { schedule: DailyTipSchedule }; next: Date | null },
  lang: Lang,
): string {
  return status.next && status.effective
    ? dailyTipText('nextPost', lang, {
        when: formatInZone(status.next, status.effective.schedule.timeZone, lang),
      })
    : '';
}

async function set(request: CommandRequest, ctx: BotContext, guildId: string): Promise<Reply> {
  const service = ctx.dailyTips!;
  const current = (await service.effectiveSchedule(guildId))?.schedule;
  const o = request.options;
  const candidate = {
    channelId: typeof o.channel === 'string' ? o.channel : current?.channelId,
    time: typeof o.time === 'string' ? normalizeTime(o.time) : (current?.time ?? '09:00'),
    timeZone:
      typeof o.timezone === 'string'
        ? o.timezone.trim()
        : (current?.timeZone ?? ctx.config.DAILY_TIP_TIMEZONE),
    days: typeof o.days === 'string' ? o.days.trim() : (current?.days ?? 'weekdays'),
    language: typeof o.language === 'string' ? o.language : (current?.language ?? choiceLanguage(request)),
    enabled: true,
  };
  const lang = choiceLanguage(request);
  if (!candidate.channelId) return problem(lang, dailyTipText('chooseChannel', lang));
  const parsed = dailyTipScheduleSchema.safeParse(candidate);
  if (!parsed.success) return problem(lang, parsed.error.issues.map((i) => `• ${i.message}`).join('\n'));
  const channel = `<#${parsed.data.channelId}>`;
  const cannot = await service.checkChannel(parsed.data.channelId, guildId);
  if (cannot) return problem(lang, dailyTipText('cannotPost', lang, { channel, reason: cannot }));
  await service.setSchedule(guildId, parsed.data);
  const { time, timeZone: zone, days, language } = parsed.data;
  const next = nextPostTime(parsed.data, ctx.clock.now());
  const summary = dailyTipText('setNote', lang, { channel, time, zone, days, lang: language });
  const nextText = next ? dailyTipText('nextPost', lang, { when: formatInZone(next, zone, lang) }) : '';
  return say(dailyTipText('set', lang), `${summary}\n${nextText}`);
}

async function preview(request: CommandRequest, ctx: BotContext): Promise<Reply> {
  const engine = ctx.kb.current();
  const lang =
    (typeof request.options.language === 'string' ? request.options.language : undefined) ??
    (await ctx.dailyTips?.effectiveSchedule(request.guildId ?? ''))?.schedule.language ??
    choiceLanguage(request);
  const tip = ctx.dailyTips ? await ctx.dailyTips.preview(request.guildId) : engine.kb.ofKind('tip')[0];
  const userLang = choiceLanguage(request);
  if (!tip) return problem(userLang, dailyTipText('noTips', userLang));
  const reply = dailyTipReply(tip, engine.kb, lang as Lang);
  return { ...reply, content: dailyTipText('preview', userLang), private: true };
}

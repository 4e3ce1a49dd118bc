// /daily-tip set | show | pause | resume | preview | post-now: admins configure the tip posted every day.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  PermissionFlagsBits,
} from '../src/bot/discord-api-values.js';
import { foldText } from '../src/answer/normalize.js';
import { refuseUnlessAdmin } from '../src/bot/admin-check.js';
import type { CommandModule, CommandRequest } from '../src/bot/command.js';
import { GUILD_ONLY, languageOption } from '../src/bot/common-options.js';
import type { BotContext } from '../src/bot/context.js';
import { choiceLanguage } from '../src/bot/reply-language.js';
import { normalizeTime } from '../src/daily-tip/normalize-time.js';
import { catalog, localizedDefinition } from '../src/i18n/catalog.js';
import type { Lang } from '../src/kb/schema.js';
import { dailyTipReply } from '../src/render/daily-tip-reply.js';
import { dailyTipStatusReply, formatInZone } from '../src/render/daily-tip-status.js';
import { channelProblemText, postFailureText, scheduleProblemText } from '../src/render/daily-tip-texts.js';
import type { Reply, Tone } from '../src/render/reply.js';
import type { Rich } from '../src/render/rich-text.js';
import { nextPostTime } from '../src/tips/schedule-times.js';
import { validateSchedule } from '../src/tips/validate-schedule.js';

const say = (title: string, description: Rich, tone: Tone = 'admin'): Reply => ({
  cards: [{ title, description, tone }],
  private: true,
});
const problem = (lang: Lang, description: Rich) =>
  say(catalog(lang).admin.dailyTip.notChanged, description, 'error');

const ZONES = Intl.supportedValuesOf('timeZone');
const subcommand = (name: string, pick: Parameters<typeof localizedDefinition>[0]) => ({
  type: ApplicationCommandOptionType.Subcommand,
  name,
  ...localizedDefinition(pick),
});

export const dailyTip = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'daily-tip',
    ...localizedDefinition((c) => c.dailyTip),
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    options: [
      {
        ...subcommand('set', (c) => c.dailyTip.set),
        options: [
          {
            type: ApplicationCommandOptionType.Channel,
            name: 'channel',
            ...localizedDefinition((c) => c.dailyTip.channel),
            channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'time',
            ...localizedDefinition((c) => c.dailyTip.time),
            max_length: 5,
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'timezone',
            ...localizedDefinition((c) => c.dailyTip.timezone),
            autocomplete: true,
            max_length: 64,
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'days',
            ...localizedDefinition((c) => c.dailyTip.days),
            autocomplete: true,
            max_length: 64,
          },
          languageOption,
          {
            type: ApplicationCommandOptionType.String,
            name: 'quiz',
            ...localizedDefinition((c) => c.dailyTip.quiz),
            choices: [
              { name: 'on', value: 'on' },
              { name: 'off', value: 'off' },
            ],
          },
        ],
      },
      subcommand('show', (c) => c.dailyTip.show),
      subcommand('pause', (c) => c.dailyTip.pause),
      subcommand('resume', (c) => c.dailyTip.resume),
      subcommand('preview', (c) => c.dailyTip.preview),
      subcommand('post-now', (c) => c.dailyTip.postNow),
    ],
    ...GUILD_ONLY,
  },
  isPrivate: () => true,

  async execute(request, ctx) {
    const refusal = refuseUnlessAdmin(request, ctx);
    if (refusal) return refusal;
    const service = ctx.dailyTips;
    const lang = choiceLanguage(request);
    const words = catalog(lang).admin.dailyTip;
    if (request.subcommand === 'preview') return await preview(request, ctx);
    if (!service.available) return say('🗓️', words.unavailable);
    if (!request.guildId) return say('🗓️', words.serverOnly);
    const guildId = request.guildId;
    switch (request.subcommand) {
      case 'show':
        return dailyTipStatusReply(await service.status(guildId), lang);
      case 'pause':
      case 'resume': {
        const enabled = request.subcommand === 'resume';
        if (!(await service.setEnabled(guildId, enabled))) return problem(lang, words.notSet);
        return enabled
          ? say(words.resumed, await nextLine(ctx, guildId, lang))
          : say(words.paused, words.pausedNote);
      }
      case 'post-now': {
        const outcome = await service.postNow(guildId);
        return outcome.posted
          ? say(words.posted, words.postedNote(outcome.tipId))
          : say(words.notPosted, words.notPostedNote(postFailureText(outcome.failure, lang)), 'error');
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

async function nextLine(ctx: BotContext, guildId: string, lang: Lang): Promise<string> {
  const { next, effective } = await ctx.dailyTips.status(guildId);
  return next && effective
    ? catalog(lang).admin.dailyTip.nextPost(formatInZone(next, effective.schedule.timeZone, lang))
    : '';
}

/** The schedule's options of /daily-tip set; `quiz` alone changes only the "Quiz me" button. */
const SCHEDULE_OPTIONS = ['channel', 'time', 'timezone', 'days', 'language'];

async function set(request: CommandRequest, ctx: BotContext, guildId: string): Promise<Reply> {
  const o = request.options;
  const quizButton = o.quiz === 'on' ? true : o.quiz === 'off' ? false : undefined;
  if (quizButton !== undefined && !SCHEDULE_OPTIONS.some((name) => name in o)) {
    await ctx.store.patchGuildDailyTip(guildId, { quizButton });
    ctx.logger.info({ guildId, quizButton }, 'daily tip quiz button set');
    const words = catalog(choiceLanguage(request)).quiz.dailyTip;
    return say(words.title, words.changed(quizButton));
  }
  return setSchedule(request, ctx, guildId, quizButton);
}

async function setSchedule(
  request: CommandRequest,
  ctx: BotContext,
  guildId: string,
  quizButton: boolean | undefined,
): Promise<Reply> {
  const service = ctx.dailyTips;
  const lang = choiceLanguage(request);
  const words = catalog(lang).admin.dailyTip;
  const current = (await service.effectiveSchedule(guildId))?.schedule;
  const o = request.options;
  const channelId = typeof o.channel === 'string' ? o.channel : current?.channelId;
  if (!channelId) return problem(lang, words.chooseChannel);
  const checked = validateSchedule({
    channelId,
    time: typeof o.time === 'string' ? normalizeTime(o.time) : (current?.time ?? '09:00'),
    timeZone:
      typeof o.timezone === 'string'
        ? o.timezone.trim()
        : (current?.timeZone ?? ctx.config.DAILY_TIP_TIMEZONE),
    days: typeof o.days === 'string' ? o.days.trim() : (current?.days ?? 'weekdays'),
    language: typeof o.language === 'string' ? o.language : (current?.language ?? lang),
    enabled: true,
  });
  if (!checked.ok)
    return problem(lang, checked.problems.map((p) => `• ${scheduleProblemText(p, lang)}`).join('\n'));
  const schedule = checked.schedule;
  const cannot = await service.checkChannel(schedule.channelId, guildId);
  if (cannot) return problem(lang, words.cannotPost(schedule.channelId, channelProblemText(cannot, lang)));
  await service.setSchedule(guildId, schedule);
  // Saved only with a valid schedule: a refused /daily-tip set changes nothing.
  if (quizButton !== undefined) await ctx.store.patchGuildDailyTip(guildId, { quizButton });
  const { time, timeZone: zone, days, language } = schedule;
  const next = nextPostTime(schedule, ctx.clock.now());
  const summary = words.setNote(schedule.channelId, time, zone, days, language);
  return say(
    words.set,
    [summary, next ? `\n${words.nextPost(formatInZone(next, zone, lang))}` : '\n'].flat(),
  );
}

async function preview(request: CommandRequest, ctx: BotContext): Promise<Reply> {
  const engine = ctx.kb.current();
  const userLang = choiceLanguage(request);
  const lang =
    (typeof request.options.language === 'string' ? (request.options.language as Lang) : undefined) ??
    (await ctx.dailyTips.effectiveSchedule(request.guildId ?? ''))?.schedule.language ??
    userLang;
  const tip = await ctx.dailyTips.preview(request.guildId);
  const words = catalog(userLang).admin.dailyTip;
  if (!tip) return problem(userLang, words.noTips);
  const record = request.guildId ? await ctx.store.guildDailyTip(request.guildId) : undefined;
  const post = dailyTipReply(tip, engine.kb, lang, { quizButton: record?.quizButton !== false });
  return { ...post, content: words.preview, private: true };
}

// /quiz play [topic] | top: a question from the knowledge base with four answer buttons, one answer per member, and
// the server's leaderboard; the buttons "quiz:answer:<round>:<option>" and "quiz:next[:<topic>]" come back here.
import { ApplicationCommandOptionType, ApplicationCommandType } from '../src/bot/discord-api-values.js';
import { suggestTopics } from '../src/answer/suggest.js';
import { withChart } from '../src/bot/chart-attachment.js';
import type { ButtonRequest, CommandModule, CommandRequest } from '../src/bot/command.js';
import { GUILD_ONLY, languageOption, topicOption } from '../src/bot/common-options.js';
import type { BotContext } from '../src/bot/context.js';
import { answerQuiz, quizTopicOf, startQuizRound } from '../src/bot/quiz-play.js';
import { choiceLanguage, replyLanguage } from '../src/bot/reply-language.js';
import { catalog, localizedDefinition } from '../src/i18n/catalog.js';
import type { Lang } from '../src/kb/schema.js';
import { quizTopicIds } from '../src/quiz/build-question.js';
import { leaderboard } from '../src/quiz/quiz-scores.js';
import { startOfWeek } from '../src/quiz/week-start.js';
import { quizLeaderboardReply } from '../src/render/quiz-leaderboard-reply.js';
import { quizQuestionReply } from '../src/render/quiz-question-reply.js';
import { alreadyAnsweredReply, quizRefusal, quizResultReply } from '../src/render/quiz-result-reply.js';
import type { Reply } from '../src/render/reply.js';

/** Rows per leaderboard: a podium and a little more, short enough to read at a glance. */
const LEADERBOARD_ROWS = 10;

const say = (text: string): Reply => ({
  cards: [{ title: '🎯', description: text, tone: 'declined' }],
  private: true,
});

export const quiz = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'quiz',
    ...localizedDefinition((c) => c.quiz),
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        ...localizedDefinition((c) => c.quiz.play),
        name: 'play',
        options: [topicOption, languageOption],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        ...localizedDefinition((c) => c.quiz.top),
        name: 'top',
        options: [languageOption],
      },
    ],
    // Played in a server: rounds and the leaderboard belong to one.
    ...GUILD_ONLY,
  },

  async execute(request, ctx) {
    if (request.subcommand === 'top') return top(request, ctx);
    if (request.subcommand === 'play') return play(request, ctx);
    throw new Error(`unknown /quiz subcommand ${request.subcommand}`);
  },

  async autocomplete(request, ctx) {
    const kb = ctx.kb.current().kb;
    const asked = quizTopicIds(kb);
    return suggestTopics(kb, request.focused.value, choiceLanguage(request))
      .filter((s) => asked.has(s.value))
      .map((s) => ({ name: s.label, value: s.value }));
  },

  /**
   * "answer:<roundId>:<optionId>" (the edge has checked their shapes) and "next[:<topicId>]". An answer gets a
   * private reply rather than an update of the question: the question is shared by the channel, and changing it
   * would show the right answer to those who have not answered yet and take their buttons away.
   */
  async button(request, ctx) {
    const lang = choiceLanguage(request);
    const [action, first, second] = request.args;
    if (action === 'next') return next(request, ctx, lang, first);
    if (action !== 'answer' || !first || !second)
      throw new Error(`unknown quiz button: ${request.args.join(':')}`);
    if (!request.guildId) return quizRefusal('unknownRound', lang);
    const outcome = await answerQuiz(ctx, {
      guildId: request.guildId,
      memberId: request.user.id,
      roundId: first,
      optionId: second,
    });
    switch (outcome.outcome) {
      case 'unknown-round':
        return quizRefusal('unknownRound', lang);
      case 'unknown-option':
        return quizRefusal('unknownOption', lang);
      case 'already-answered':
        return alreadyAnsweredReply(outcome.right, lang, outcome.topicId);
      case 'answered': {
        const kb = ctx.kb.current().kb;
        return withChart(quizResultReply(outcome.result, lang, kb), outcome.result.entry, lang, ctx);
      }
    }
  },
} satisfies CommandModule;

async function play(request: CommandRequest, ctx: BotContext): Promise<Reply> {
  const engine = ctx.kb.current();
  const typed = typeof request.options.topic === 'string' ? request.options.topic.trim() : '';
  // A topic id chosen from autocomplete says nothing about the member's language; typed words do.
  const chosenId = quizTopicOf(ctx, typed);
  const lang = replyLanguage(request, chosenId ? undefined : typed, engine.index);
  const words = catalog(lang).quiz;
  if (!request.guildId) return say(words.serverOnly);
  const asked = quizTopicIds(engine.kb);
  const topicId =
    chosenId ??
    (typed ? suggestTopics(engine.kb, typed, lang).find((s) => asked.has(s.value))?.value : undefined);
  if (typed && !topicId) {
    const names = [...asked].map((id) => `• ${engine.kb.topicName(id, lang)}`).join('\n');
    return say(`${words.noTopic}\n${names}`);
  }
  const round = await startQuizRound(ctx, {
    guildId: request.guildId,
    memberId: request.user.id,
    ...(topicId ? { topicId } : {}),
    fallBack: false,
  });
  if (!round) return say(words.noQuestions);
  const topicName = topicId ? engine.kb.topicName(topicId, lang) : undefined;
  // Public: the team sees the question and each member answers it once, privately.
  return quizQuestionReply(round, lang, { ...(topicName ? { topicName } : {}), private: false });
}

/** "Next question" and the daily tip's "Quiz me": a new question for the member who pressed, privately. */
async function next(
  request: ButtonRequest,
  ctx: BotContext,
  lang: Lang,
  topic: string | undefined,
): Promise<Reply> {
  const words = catalog(lang).quiz;
  if (!request.guildId) return say(words.serverOnly);
  const topicId = quizTopicOf(ctx, topic);
  const round = await startQuizRound(ctx, {
    guildId: request.guildId,
    memberId: request.user.id,
    ...(topicId ? { topicId } : {}),
    fallBack: true,
  });
  if (!round) return say(words.noQuestions);
  const topicName = topicId ? ctx.kb.current().kb.topicName(topicId, lang) : undefined;
  return quizQuestionReply(round, lang, { ...(topicName ? { topicName } : {}), private: true });
}

async function top(request: CommandRequest, ctx: BotContext): Promise<Reply> {
  const lang = replyLanguage(request);
  if (!request.guildId) return say(catalog(lang).quiz.serverOnly);
  const guildId = request.guildId;
  const timeZone =
    (await ctx.dailyTips.effectiveSchedule(guildId))?.schedule.timeZone ?? ctx.config.DAILY_TIP_TIMEZONE;
  const now = ctx.clock.now();
  const records = await ctx.store.quizAnswers(guildId);
  const board = (period: 'week' | 'all-time') =>
    leaderboard(records, { guildId, period, now, timeZone, limit: LEADERBOARD_ROWS });
  return quizLeaderboardReply({ week: board('week'), allTime: board('all-time') }, lang, {
    start: startOfWeek(now, timeZone),
    timeZone,
  });
}

// /ask question [language] [private]: the best answer from the knowledge base, or an honest "I don't know".
import { ApplicationCommandOptionType, ApplicationCommandType } from '../src/bot/discord-api-values.js';
import { suggestQuestions } from '../src/answer/suggest.js';
import { withChart } from '../src/bot/chart-attachment.js';
import type { CommandModule } from '../src/bot/command.js';
import { EVERYWHERE, languageOption, privateOption } from '../src/bot/common-options.js';
import { choiceLanguage } from '../src/bot/reply-language.js';
import { catalog, localizedDefinition } from '../src/i18n/catalog.js';
import { LANGS, type Lang } from '../src/kb/schema.js';
import { answerReply, offeredEntries } from '../src/render/answer-reply.js';
import { entryButtons, offeredButtons } from '../src/render/entry-buttons.js';
import { entryCard } from '../src/render/entry-card.js';
import { recordQuestion, recordVote } from '../src/state/feedback.js';

export const ask = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'ask',
    ...localizedDefinition((c) => c.ask),
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        ...localizedDefinition((c) => c.ask.question),
        required: true,
        autocomplete: true,
      },
      languageOption,
      privateOption,
    ],
    ...EVERYWHERE,
  },
  isPrivate: (request) => request.options.private === true,

  async execute(request, ctx) {
    const engine = ctx.kb.current();
    const question = String(request.options.question ?? '');
    const language = request.options.language;
    const result = engine.answer({
      question,
      ...(typeof language === 'string' && (LANGS as readonly string[]).includes(language)
        ? { lang: language as Lang }
        : {}),
      ...(request.user.locale ? { userLocale: request.user.locale } : {}),
    });
    const best = result.answers[0];
    // Not awaited: answering never waits for the log (a failed write is logged and counted, never thrown).
    void recordQuestion(ctx.store, {
      at: ctx.clock.now(),
      ...(request.guildId ? { guildId: request.guildId } : {}),
      question,
      lang: result.lang,
      answered: result.answered,
      ...(best ? { entryId: best.entry.id } : {}),
      confidence: result.confidence,
    });
    const reply = answerReply(result, engine.kb);
    reply.buttons = [
      ...(best ? entryButtons(best.entry, result.lang, true) : []),
      ...offeredButtons(offeredEntries(result), result.lang),
    ];
    // Only a confident answer gets a picture: a chart would make a doubtful guess look certain.
    return withChart({ ...reply, question }, result.answered ? best?.entry : undefined, result.lang, ctx);
  },

  async autocomplete(request, ctx) {
    return suggestQuestions(ctx.kb.current(), request.focused.value, choiceLanguage(request)).map((s) => ({
      name: s.label,
      value: s.value,
    }));
  },

  /** Buttons under answers: "vote:<entryId>:up|down", "lang:<entryId>:<lang>" and "show:<entryId>:<lang>" (an offered entry). */
  async button(request, ctx) {
    const [action, entryId = '', arg = ''] = request.args;
    const kb = ctx.kb.current().kb;
    const votes = catalog(choiceLanguage(request)).replies.votes;
    if (action === 'vote' && (arg === 'up' || arg === 'down')) {
      // A forged, empty or stale entry id is never stored.
      if (!kb.entry(entryId)) return { content: votes.gone, cards: [], private: true };
      await recordVote(ctx.store, {
        entryId,
        userId: request.user.id,
        helpful: arg === 'up',
        at: ctx.clock.now(),
      });
      return {
        content: arg === 'up' ? votes.thanksHelpful : votes.thanksNotHelpful,
        cards: [],
        private: true,
      };
    }
    const entry = kb.entry(entryId);
    if (action === 'lang' && (LANGS as readonly string[]).includes(arg)) {
      if (!entry) return { content: votes.gone, cards: [], private: true };
      return { cards: [entryCard(entry, arg as Lang, kb)], private: true };
    }
    // An entry offered under a decline or an unsure answer, whole, in the answer's language, with its votes.
    if (action === 'show' && (LANGS as readonly string[]).includes(arg)) {
      if (!entry) return { content: votes.gone, cards: [], private: true };
      const lang = arg as Lang;
      return { cards: [entryCard(entry, lang, kb)], buttons: entryButtons(entry, lang, true), private: true };
    }
    throw new Error(`unknown ask button: ${request.args.join(':')}`);
  },
} satisfies CommandModule;

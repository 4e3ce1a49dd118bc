// /define term: the definition of a customer-service term (or how a quality metric is measured).
import { ApplicationCommandOptionType, ApplicationCommandType } from '../src/bot/discord-api-values.js';
import { resolveTerm } from '../src/answer/pick-entry.js';
import { suggestTerms } from '../src/answer/suggest.js';
import type { CommandModule } from '../src/bot/command.js';
import { EVERYWHERE, languageOption } from '../src/bot/common-options.js';
import { choiceLanguage, replyLanguage } from '../src/bot/reply-language.js';
import { localizedDefinition } from '../src/i18n/catalog.js';
import { answerReply } from '../src/render/answer-reply.js';
import { entryButtons } from '../src/render/entry-buttons.js';
import { entryCard } from '../src/render/entry-card.js';

export const define = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'define',
    ...localizedDefinition((c) => c.define),
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'term',
        ...localizedDefinition((c) => c.define.term),
        required: true,
        autocomplete: true,
        max_length: 100,
      },
      languageOption,
    ],
    ...EVERYWHERE,
  },

  async execute(request, ctx) {
    const engine = ctx.kb.current();
    const typed = String(request.options.term ?? '');
    const byId = engine.kb.entry(typed.trim());
    const lang = replyLanguage(request, byId ? undefined : typed, engine.index);
    const entry = resolveTerm(engine.kb, typed, lang);
    if (entry)
      return { cards: [entryCard(entry, lang, engine.kb)], buttons: entryButtons(entry, lang, false) };
    // Not a known term: answer it as a question, which declines honestly when nothing fits.
    return { ...answerReply(engine.answer({ question: typed, lang }), engine.kb), question: typed };
  },

  async autocomplete(request, ctx) {
    return suggestTerms(ctx.kb.current().kb, request.focused.value, choiceLanguage(request)).map((s) => ({
      name: s.label,
      value: s.value,
    }));
  },
} satisfies CommandModule;

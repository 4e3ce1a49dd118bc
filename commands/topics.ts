// /topics: the knowledge base's topics with how many entries each has.
import { ApplicationCommandType } from '../src/bot/discord-api-values.js';
import type { CommandModule } from '../src/bot/command.js';
import { EVERYWHERE, languageOption } from '../src/bot/common-options.js';
import { replyLanguage } from '../src/bot/reply-language.js';
import { catalog, localizedDefinition } from '../src/i18n/catalog.js';
import { joinRich, strong } from '../src/render/rich-text.js';

export const topics = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'topics',
    ...localizedDefinition((c) => c.topics),
    options: [languageOption],
    ...EVERYWHERE,
  },

  async execute(request, ctx) {
    const { kb } = ctx.kb.current();
    const lang = replyLanguage(request);
    const words = catalog(lang).replies.topics;
    const lines = kb
      .topicCounts()
      .map(({ topic, count }) => ['• ', strong(topic.names[lang]), ` — ${count}`]);
    return {
      cards: [
        {
          title: words.title,
          description: [...joinRich(lines), '\n\n', words.entries(kb.entries.length)],
          footer: words.footer,
          tone: 'admin',
        },
      ],
    };
  },
} satisfies CommandModule;

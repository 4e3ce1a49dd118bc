// /topics: the knowledge base's topics with how many entries each has.
import { ApplicationCommandType } from 'discord.js';
import type { CommandModule } from '../src/bot/command.js';
import { EVERYWHERE, languageOption } from '../src/bot/common-options.js';
import { localized } from '../src/bot/localize.js';
import { replyLanguage } from '../src/bot/reply-language.js';
import { COLORS } from '../src/render/reply.js';
import type { Lang } from '../src/kb/schema.js';

const TITLE: Record<Lang, string> = { pl: '🗂️ Tematy', en: '🗂️ Topics', ru: '🗂️ Темы' };
const FOOTER: Record<Lang, string> = {
  pl: 'Wybierz temat w /porada lub /statystyka albo zapytaj o niego przez /zapytaj.',
  en: 'Pick a topic in /tip or /stat, or ask about it with /ask.',
  ru: 'Выберите тему в /совет или /статистика или спросите о ней через /спросить.',
};
const ENTRIES: Record<Lang, string> = { pl: 'wpisów', en: 'entries', ru: 'записей' };

export const topics = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'topics',
    name_localizations: localized('tematy', 'темы'),
    description: 'The topics the knowledge base covers',
    description_localizations: localized('Tematy w bazie wiedzy', 'Темы базы знаний'),
    options: [languageOption],
    ...EVERYWHERE,
  },

  async execute(request, ctx) {
    const { kb } = ctx.kb.current();
    const lang = replyLanguage(request);
    const lines = kb.topicCounts().map(({ topic, count }) => `• **${topic.names[lang]}** — ${count}`);
    return {
      cards: [
        {
          title: TITLE[lang],
          description: `${lines.join('\n')}\n\n${kb.entries.length} ${ENTRIES[lang]}`,
          footer: FOOTER[lang],
          color: COLORS.admin,
        },
      ],
    };
  },
} satisfies CommandModule;

// /help: what the bot does and its commands, in the user's language.
import { ApplicationCommandType } from '../src/bot/discord-api-values.js';
import type { CommandModule } from '../src/bot/command.js';
import { EVERYWHERE, languageOption } from '../src/bot/common-options.js';
import { replyLanguage } from '../src/bot/reply-language.js';
import { catalog, localizedDefinition } from '../src/i18n/catalog.js';
import { joinRich, strong } from '../src/render/rich-text.js';

export const help = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'help',
    ...localizedDefinition((c) => c.help),
    options: [languageOption],
    ...EVERYWHERE,
  },

  async execute(request) {
    const text = catalog(replyLanguage(request)).replies.help;
    const commands = joinRich(text.commands.map(([name, what]) => [strong(name), ` — ${what}`]));
    return {
      cards: [
        {
          title: text.title,
          description: [`${text.intro}\n\n`, ...commands, `\n\n${text.admin}`],
          tone: 'admin',
        },
      ],
      private: true,
    };
  },
} satisfies CommandModule;

// /tip [topic]: a customer-service tip, on the topic when given.
import { ApplicationCommandType } from '../src/bot/discord-api-values.js';
import type { CommandModule } from '../src/bot/command.js';
import { EVERYWHERE, languageOption, topicOption } from '../src/bot/common-options.js';
import { replyWithEntryOfKind, topicChoices } from '../src/bot/entry-of-kind.js';
import { localizedDefinition } from '../src/i18n/catalog.js';

export const tip = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'tip',
    ...localizedDefinition((c) => c.tip),
    options: [topicOption, languageOption],
    ...EVERYWHERE,
  },
  execute: (request, ctx) => replyWithEntryOfKind(['tip'], request, ctx),
  autocomplete: (request, ctx) => topicChoices('tip', request, ctx),
} satisfies CommandModule;

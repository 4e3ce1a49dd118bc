// /stat [topic]: a statistic about customer service, on the topic when given.
import { ApplicationCommandType } from '../src/bot/discord-api-values.js';
import type { CommandModule } from '../src/bot/command.js';
import { EVERYWHERE, languageOption, topicOption } from '../src/bot/common-options.js';
import { replyWithEntryOfKind, topicChoices } from '../src/bot/entry-of-kind.js';
import { localizedDefinition } from '../src/i18n/catalog.js';

export const stat = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'stat',
    ...localizedDefinition((c) => c.stat),
    options: [topicOption, languageOption],
    ...EVERYWHERE,
  },
  execute: (request, ctx) => replyWithEntryOfKind(['statistic'], request, ctx),
  autocomplete: (request, ctx) => topicChoices('statistic', request, ctx),
} satisfies CommandModule;

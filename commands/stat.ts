// /stat [topic]: a statistic about customer service, on the topic when given.
import { ApplicationCommandType } from 'discord.js';
import type { CommandModule } from '../src/bot/command.js';
import { EVERYWHERE, languageOption, topicOption } from '../src/bot/common-options.js';
import { replyWithEntryOfKind, topicChoices } from '../src/bot/entry-of-kind.js';
import { localized } from '../src/bot/localize.js';

export const stat = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'stat',
    name_localizations: localized('statystyka', 'статистика'),
    description: 'A customer-service statistic with its source, on a topic if you like',
    description_localizations: localized(
      'Statystyka o obsłudze klienta ze źródłem',
      'Статистика об обслуживании клиентов с источником',
    ),
    options: [topicOption, languageOption],
    ...EVERYWHERE,
  },
  execute: (request, ctx) => replyWithEntryOfKind(['statistic'], request, ctx),
  autocomplete: (request, ctx) => topicChoices('statistic', request, ctx),
} satisfies CommandModule;

// /tip [topic]: a customer-service tip, on the topic when given.
import { ApplicationCommandType } from 'discord.js';
import type { CommandModule } from '../src/bot/command.js';
import { EVERYWHERE, languageOption, topicOption } from '../src/bot/common-options.js';
import { replyWithEntryOfKind, topicChoices } from '../src/bot/entry-of-kind.js';
import { localized } from '../src/bot/localize.js';

export const tip = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'tip',
    name_localizations: localized('porada', 'совет'),
    description: 'A customer-service tip, on a topic if you like',
    description_localizations: localized(
      'Porada o obsłudze klienta, opcjonalnie na temat',
      'Совет по обслуживанию клиентов, можно по теме',
    ),
    options: [topicOption, languageOption],
    ...EVERYWHERE,
  },
  execute: (request, ctx) => replyWithEntryOfKind(['tip'], request, ctx),
  autocomplete: (request, ctx) => topicChoices('tip', request, ctx),
} satisfies CommandModule;

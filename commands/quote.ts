// /quote: a quote about customer service and who said it.
import { ApplicationCommandType } from 'discord.js';
import type { CommandModule } from '../src/bot/command.js';
import { EVERYWHERE, languageOption } from '../src/bot/common-options.js';
import { replyWithEntryOfKind } from '../src/bot/entry-of-kind.js';
import { localized } from '../src/bot/localize.js';

export const quote = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'quote',
    name_localizations: localized('cytat', 'цитата'),
    description: 'A quote about customer service',
    description_localizations: localized('Cytat o obsłudze klienta', 'Цитата об обслуживании клиентов'),
    options: [languageOption],
    ...EVERYWHERE,
  },
  execute: (request, ctx) => replyWithEntryOfKind(['quote'], request, ctx),
} satisfies CommandModule;

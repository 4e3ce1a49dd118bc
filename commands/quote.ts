// /quote: a quote about customer service and who said it.
import { ApplicationCommandType } from '../src/bot/discord-api-values.js';
import type { CommandModule } from '../src/bot/command.js';
import { EVERYWHERE, languageOption } from '../src/bot/common-options.js';
import { replyWithEntryOfKind } from '../src/bot/entry-of-kind.js';
import { localizedDefinition } from '../src/i18n/catalog.js';

export const quote = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'quote',
    ...localizedDefinition((c) => c.quote),
    options: [languageOption],
    ...EVERYWHERE,
  },
  execute: (request, ctx) => replyWithEntryOfKind(['quote'], request, ctx),
} satisfies CommandModule;

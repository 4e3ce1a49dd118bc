// Option definitions shared by several commands (language, topic, private).
import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
} from 'discord.js';
import { localized } from './localize.js';

export const languageOption = {
  type: ApplicationCommandOptionType.String,
  name: 'language',
  name_localizations: localized('jezyk', 'язык'),
  description: 'Reply language (default: the language you write in, else your Discord language)',
  description_localizations: localized('Język odpowiedzi', 'Язык ответа'),
  required: false,
  choices: [
    { name: 'Polski', value: 'pl' },
    { name: 'English', value: 'en' },
    { name: 'Русский', value: 'ru' },
  ],
} as const satisfies APIApplicationCommandBasicOption;

export const topicOption = {
  type: ApplicationCommandOptionType.String,
  name: 'topic',
  name_localizations: localized('temat', 'тема'),
  description: 'A topic (start typing to see them)',
  description_localizations: localized(
    'Temat (zacznij pisać, by zobaczyć listę)',
    'Тема (начните вводить, чтобы увидеть список)',
  ),
  required: false,
  autocomplete: true,
  max_length: 100,
} as const satisfies APIApplicationCommandBasicOption;

export const privateOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'private',
  name_localizations: localized('prywatnie', 'лично'),
  description: 'Only you see the reply',
  description_localizations: localized('Tylko Ty widzisz odpowiedź', 'Ответ увидите только вы'),
  required: false,
} as const satisfies APIApplicationCommandBasicOption;

/** Usable in servers and in DMs with the bot. */
export const EVERYWHERE = {
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

/** Admin commands: servers only, hidden from members without Manage Server until an admin grants them. */
export const GUILD_ONLY = {
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

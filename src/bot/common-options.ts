// Option definitions shared by several commands (language, topic, private), named from the message catalog.
// Enum values come from discord-api-values.ts (neither discord.js nor discord-api-types load in the console).
import type { APIApplicationCommandBasicOption } from 'discord-api-types/v10';
import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
} from './discord-api-values.js';
import { localizedDefinition } from '../i18n/catalog.js';

export const languageOption = {
  type: ApplicationCommandOptionType.String,
  name: 'language',
  ...localizedDefinition((c) => c.options.language),
  required: false,
  choices: [
    { name: 'Polski', value: 'pl' },
    { name: 'English', value: 'en' },
    { name: 'Русский', value: 'ru' },
  ],
} satisfies APIApplicationCommandBasicOption;

export const topicOption = {
  type: ApplicationCommandOptionType.String,
  name: 'topic',
  ...localizedDefinition((c) => c.options.topic),
  required: false,
  autocomplete: true,
  max_length: 100,
} satisfies APIApplicationCommandBasicOption;

export const privateOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'private',
  ...localizedDefinition((c) => c.options.private),
  required: false,
} satisfies APIApplicationCommandBasicOption;

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

// The Discord API enum values the command definitions use, declared here so that the console never loads
// discord-api-types at run time: its CommonJS modules cost ~16 MB and ~0.15 s of a console start-up. Each value
// is typed as the library's enum member (the compiler checks the names), and a test compares every value with it.
import type {
  ApplicationCommandOptionType as OptionTypes,
  ApplicationCommandType as CommandTypes,
  ApplicationIntegrationType as IntegrationTypes,
  ChannelType as ChannelTypes,
  InteractionContextType as ContextTypes,
} from 'discord-api-types/v10';

export const ApplicationCommandOptionType = {
  Subcommand: 1 as OptionTypes.Subcommand,
  String: 3 as OptionTypes.String,
  Integer: 4 as OptionTypes.Integer,
  Boolean: 5 as OptionTypes.Boolean,
  Channel: 7 as OptionTypes.Channel,
  Number: 10 as OptionTypes.Number,
} as const;

export const ApplicationCommandType = { ChatInput: 1 as CommandTypes.ChatInput } as const;

export const ChannelType = {
  GuildText: 0 as ChannelTypes.GuildText,
  GuildAnnouncement: 5 as ChannelTypes.GuildAnnouncement,
} as const;

export const ApplicationIntegrationType = { GuildInstall: 0 as IntegrationTypes.GuildInstall } as const;

export const InteractionContextType = {
  Guild: 0 as ContextTypes.Guild,
  BotDM: 1 as ContextTypes.BotDM,
} as const;

/** Permission bits (bigint, as Discord's permission fields are). */
export const PermissionFlagsBits = {
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  ManageGuild: 1n << 5n,
} as const;

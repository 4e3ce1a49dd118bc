// Turns a Discord interaction into the plain parts of a request: who asks, may they administer, which options.
import {
  ApplicationCommandOptionType,
  PermissionFlagsBits,
  type CommandInteractionOption,
  type Interaction,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { OptionValue, Requester } from '../bot/command.js';

export function requesterOf(interaction: Interaction, adminRoleId?: string): Requester {
  const manageGuild = interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
  const member = interaction.member;
  const roles: readonly string[] = !member
    ? []
    : Array.isArray(member.roles)
      ? member.roles
      : [...member.roles.cache.keys()];
  const hasAdminRole = adminRoleId !== undefined && roles.includes(adminRoleId);
  return { id: interaction.user.id, locale: interaction.locale, isAdmin: manageGuild || hasAdminRole };
}

/** Flattens the options of a chat-input interaction: the subcommand's name and its option values. */
export function optionsOf(data: readonly CommandInteractionOption[]): {
  subcommand?: string;
  options: Record<string, OptionValue>;
} {
  const first = data[0];
  if (first && first.type === ApplicationCommandOptionType.Subcommand) {
    return { subcommand: first.name, options: optionsOf(first.options ?? []).options };
  }
  const options: Record<string, OptionValue> = {};
  for (const option of data) {
    if (option.value !== undefined && option.value !== null) options[option.name] = option.value;
  }
  return { options };
}

/** The text fields of a submitted form (a modal), by their ids. */
export function formFields(interaction: ModalSubmitInteraction): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [id, field] of interaction.fields.fields) {
    if ('value' in field && typeof field.value === 'string') fields[id] = field.value;
  }
  return fields;
}

// What a slash-command module is: its Discord definition and handlers that take plain requests and return replies.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Reply } from '../render/reply.js';
import type { BotContext } from './context.js';

export type OptionValue = string | number | boolean;

export interface Requester {
  id: string;
  /** The user's Discord locale, e.g. "pl", "en-US", "ru". */
  locale?: string;
  /** Manage Server permission, or the ADMIN_ROLE_ID role; computed by the adapter from the member. */
  isAdmin: boolean;
}

export interface CommandRequest {
  command: string;
  subcommand?: string;
  options: Record<string, OptionValue>;
  user: Requester;
  guildId?: string;
  channelId?: string;
}

export interface AutocompleteRequest extends CommandRequest {
  focused: { name: string; value: string };
}

export interface ButtonRequest {
  /** The custom id split on ":" without the command name, e.g. ["vote", "stat-x", "up"]. */
  args: string[];
  user: Requester;
  guildId?: string;
  channelId?: string;
}

/** A filled-in form (a Discord modal submit): the fields by input id. */
export interface FormRequest extends ButtonRequest {
  fields: Record<string, string>;
}

/** A value chosen from a select menu. */
export interface SelectRequest extends ButtonRequest {
  values: string[];
}

export interface Choice {
  name: string;
  value: string;
}

export interface CommandModule {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Whether the reply is private when the request does not say (admin commands are). */
  isPrivate?: (request: CommandRequest) => boolean;
  execute(request: CommandRequest, ctx: BotContext): Promise<Reply>;
  autocomplete?(request: AutocompleteRequest, ctx: BotContext): Promise<Choice[]>;
  button?(request: ButtonRequest, ctx: BotContext): Promise<Reply>;
  form?(request: FormRequest, ctx: BotContext): Promise<Reply>;
  select?(request: SelectRequest, ctx: BotContext): Promise<Reply>;
}

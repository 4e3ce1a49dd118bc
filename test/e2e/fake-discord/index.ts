export {
  FakeDiscord,
  shardOfGuild,
  type ChannelState,
  type FakeDiscordOptions,
  type InjectedInteraction,
} from './fake-discord.js';
export type { FailureHandle, FailureSpec } from './failures.js';
export type { GatewaySessionInfo } from './gateway.js';
export { Intent } from './gateway.js';
export type {
  CallbackEvent,
  DeleteEvent,
  EditEvent,
  FetchEvent,
  FollowUpEvent,
  InteractionEvent,
  InteractionRecord,
} from './interaction-store.js';
export type {
  AutocompleteOptions,
  CommandOptionInput,
  CommonInteractionOptions,
  ComponentOptions,
  ModalSubmitOptions,
  SlashCommandOptions,
  StringSelectOptions,
  UserRef,
} from './interactions.js';
export type { StoredMessage } from './messages.js';
export type { StoredCommand, CommandWrite } from './commands.js';
export { Perm } from './permissions.js';
export type { RecordedRequest } from './request-log.js';
export {
  DEFAULT_IDS,
  defaultGuild,
  makeGuild,
  newFixtureId,
  newFixtureIdOnShard,
  type DefaultIds,
  type FakeChannel,
  type FakeGuild,
  type FakeMember,
  type FakeRole,
  type FakeUser,
} from './world.js';

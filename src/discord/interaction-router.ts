// Routes Discord interactions to command modules: replies in time (deferring slow work), autocomplete, buttons.
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type ModalSubmitInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import type { ButtonRequest, CommandModule, CommandRequest } from '../bot/command.js';
import { findCommand } from '../bot/find-command.js';
import type { BotContext } from '../bot/context.js';
import { runHandler } from '../bot/run-handler.js';
import type { Reply } from '../render/reply.js';
import { inTimeOrSlow, waitedPastBudget, yieldToEventLoop } from './backlog.js';
import { edgeRefusal, isValidCommandRequest, parseButtonId } from './interaction-edge.js';
import { clip, LIMITS } from './limits.js';
import { createUserRateLimit } from './rate-limit.js';
import { formFields, optionsOf, requesterOf } from './requester.js';
import { toDiscordMessage, toDiscordModal } from './to-discord-message.js';

export interface RouterOptions {
  /** Defer when the handler has not finished by then; Discord wants a first response within 3 s. */
  deferAfterMs?: number;
}

export function createInteractionRouter(
  ctx: BotContext,
  commands: readonly CommandModule[],
  options: RouterOptions = {},
) {
  const deferAfterMs = options.deferAfterMs ?? 1500;
  const rateLimit = createUserRateLimit(ctx.config);
  return async (interaction: Interaction): Promise<void> => {
    const where = {
      interactionId: interaction.id,
      userId: interaction.user.id,
      guildId: interaction.guildId ?? undefined,
    };
    try {
      // Autocomplete is not counted: Discord sends one per keystroke, and it never writes anything.
      if (interaction.isChatInputCommand() || interaction.isButton()) {
        const refusal = await rateLimit.refusal(interaction.user.id, interaction.locale);
        if (refusal) {
          ctx.logger.info({ ...where }, 'rate limit: interaction refused');
          await interaction.reply(toDiscordMessage(refusal));
          return;
        }
      }
      if (interaction.isChatInputCommand()) await answerCommand(interaction);
      else if (interaction.isAutocomplete()) await answerAutocomplete(interaction);
      else if (interaction.isButton()) await answerButton(interaction);
      else if (interaction.isModalSubmit()) await answerComponent(interaction, 'form');
      else if (interaction.isStringSelectMenu()) await answerComponent(interaction, 'select');
    } catch (error) {
      // Discord refused or failed our response (5xx, rate limit given up, expired token): log and keep serving.
      ctx.logger.error({ err: error, ...where }, 'could not respond to the interaction');
    }
  };

  async function answerCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const module = findCommand(interaction.commandName, commands);
    if (!module) {
      ctx.logger.warn(
        { command: interaction.commandName },
        'unknown command (registered commands are out of date?)',
      );
      await interaction.reply(toDiscordMessage(edgeRefusal('unknownCommand', interaction.locale)));
      return;
    }
    const request: CommandRequest = {
      command: module.data.name,
      ...optionsOf(interaction.options.data),
      user: requesterOf(interaction, ctx.config.ADMIN_ROLE_ID),
      ...(interaction.guildId ? { guildId: interaction.guildId } : {}),
      ...(interaction.channelId ? { channelId: interaction.channelId } : {}),
    };
    if (!isValidCommandRequest(request)) {
      ctx.logger.warn(
        { command: request.command, userId: request.user.id },
        'invalid command payload refused',
      );
      await interaction.reply(toDiscordMessage(edgeRefusal('invalidRequest', interaction.locale)));
      return;
    }
    const isPrivate = module.isPrivate?.(request) ?? false;
    const run = () =>
      runHandler(
        ctx,
        {
          command: request.command,
          userId: request.user.id,
          ...(request.user.locale ? { locale: request.user.locale } : {}),
          ...(request.guildId ? { guildId: request.guildId } : {}),
        },
        () => module.execute(request, ctx),
      );
    await yieldToEventLoop();
    if (waitedPastBudget(interaction.createdTimestamp, Date.now())) {
      await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
      await deliverAfterDefer(interaction, (await run()).reply, isPrivate);
      return;
    }
    const work = run();
    const first = await inTimeOrSlow(work, deferAfterMs);
    if (first !== 'slow' && first.reply.form) {
      await interaction.showModal(toDiscordModal(first.reply.form));
      return;
    }
    if (first !== 'slow') {
      const message = toDiscordMessage({ ...first.reply, private: first.reply.private || isPrivate });
      await interaction.reply(message);
      return;
    }
    await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
    await deliverAfterDefer(interaction, (await work).reply, isPrivate);
  }

  async function deliverAfterDefer(
    interaction: ChatInputCommandInteraction,
    reply: Reply,
    isPrivate: boolean,
  ): Promise<void> {
    const { flags: _flags, ...message } = toDiscordMessage(reply);
    if (reply.private && !isPrivate) {
      // A private reply (an error, say) after a public "thinking…": remove it and answer privately.
      await interaction.deleteReply();
      await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
    } else {
      await interaction.editReply(message);
    }
  }

  async function answerAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const module = findCommand(interaction.commandName, commands);
    const focused = interaction.options.getFocused(true);
    let choices: { name: string; value: string }[] = [];
    if (module?.autocomplete) {
      try {
        choices = await module.autocomplete(
          {
            command: module.data.name,
            ...optionsOf(interaction.options.data),
            user: requesterOf(interaction, ctx.config.ADMIN_ROLE_ID),
            ...(interaction.guildId ? { guildId: interaction.guildId } : {}),
            focused: { name: focused.name, value: String(focused.value ?? '') },
          },
          ctx,
        );
      } catch (error) {
        ctx.logger.error({ err: error, command: interaction.commandName }, 'autocomplete failed');
      }
    }
    await interaction.respond(
      choices.slice(0, LIMITS.choices).map((c) => ({
        name: clip(c.name, LIMITS.choiceName) || '…',
        value: clip(c.value, LIMITS.choiceValue),
      })),
    );
  }

  async function answerButton(interaction: ButtonInteraction): Promise<void> {
    const parsed = parseButtonId(interaction.customId);
    const module = parsed && findCommand(parsed.command, commands);
    if (!parsed || !module?.button) {
      // The id is clipped: it is whatever the sender chose to put in it.
      ctx.logger.warn({ customId: clip(interaction.customId, 100) }, 'forged or unknown button refused');
      await interaction.reply(toDiscordMessage(edgeRefusal('invalidButton', interaction.locale)));
      return;
    }
    const { command: name, args } = parsed;
    const user = requesterOf(interaction, ctx.config.ADMIN_ROLE_ID);
    const { reply } = await runHandler(
      ctx,
      {
        command: `${name}:${args[0] ?? ''}`,
        userId: user.id,
        ...(user.locale ? { locale: user.locale } : {}),
      },
      () =>
        module.button!(
          {
            args,
            user,
            ...(interaction.guildId ? { guildId: interaction.guildId } : {}),
            ...(interaction.channelId ? { channelId: interaction.channelId } : {}),
          },
          ctx,
        ),
    );
    if (reply.form) await interaction.showModal(toDiscordModal(reply.form));
    else await interaction.reply(toDiscordMessage(reply));
  }

  /** A submitted form or a select-menu choice: may write files and reload, so it is deferred when slow. */
  async function answerComponent(
    interaction: ModalSubmitInteraction | StringSelectMenuInteraction,
    kind: 'form' | 'select',
  ): Promise<void> {
    const [name = '', ...args] = interaction.customId.split(':');
    const module = findCommand(name, commands);
    const handler = module?.[kind];
    if (!module || !handler) {
      ctx.logger.warn({ customId: interaction.customId }, `${kind} of an unknown command`);
      return;
    }
    const user = requesterOf(interaction, ctx.config.ADMIN_ROLE_ID);
    const base: ButtonRequest = {
      args,
      user,
      ...(interaction.guildId ? { guildId: interaction.guildId } : {}),
      ...(interaction.channelId ? { channelId: interaction.channelId } : {}),
    };
    const work = runHandler(
      ctx,
      {
        command: `${name}:${args[0] ?? ''}`,
        userId: user.id,
        ...(user.locale ? { locale: user.locale } : {}),
      },
      () =>
        interaction.isModalSubmit()
          ? module.form!({ ...base, fields: formFields(interaction) }, ctx)
          : module.select!({ ...base, values: [...interaction.values] }, ctx),
    );
    const first = await inTimeOrSlow(work, deferAfterMs);
    if (first !== 'slow' && first.reply.form && interaction.isStringSelectMenu()) {
      await interaction.showModal(toDiscordModal(first.reply.form));
      return;
    }
    if (first !== 'slow') {
      await interaction.reply(toDiscordMessage(first.reply));
      return;
    }
    // Admin edits answer privately, so the "thinking…" is private too.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const { flags: _flags, ...message } = toDiscordMessage((await work).reply);
    await interaction.editReply(message);
  }
}

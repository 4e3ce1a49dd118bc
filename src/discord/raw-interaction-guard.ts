// Checks each INTERACTION_CREATE packet (zod) before discord.js builds an Interaction from it. discord.js trusts the
// payload: a guild interaction without a member throws inside its packet handler (an unhandled rejection, which ends
// the process), and member.permissions "-1" becomes a bit field with every permission, Manage Server included.
// A packet that fails the check is answered with a private refusal over REST and never reaches the router.
import { Events, InteractionResponseType, MessageFlags, Routes, type Client } from 'discord.js';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import { toDiscordMessage } from './to-discord-message.js';
import { edgeRefusal } from './interaction-edge.js';

const snowflake = z.string().regex(/^\d{17,20}$/);
/** Discord sends permissions as a decimal string of a non-negative 64-bit (or wider, in future) integer. */
const permissions = z.string().regex(/^\d{1,30}$/);
const user = z.object({ id: snowflake });

const rawInteractionSchema = z
  .object({
    id: snowflake,
    token: z.string().min(1).max(500),
    type: z.number().int(),
    guild_id: snowflake.optional(),
    channel_id: snowflake.optional(),
    locale: z.string().max(16).optional(),
    app_permissions: permissions.optional(),
    member: z.object({ user, permissions, roles: z.array(snowflake).max(300) }).optional(),
    user: user.optional(),
  })
  // A guild interaction carries the member (with the permissions Discord computed); a direct message the user.
  .refine((i) => (i.guild_id ? i.member !== undefined : i.user !== undefined || i.member !== undefined));

/** What the packet listener sees: the raw gateway packet, mutable, before discord.js handles it. */
interface RawPacket {
  t?: string | null;
  d?: unknown;
}

/** The packet type discord.js has no handler for, so a refused interaction is dropped there. */
const REFUSED = 'CS_COACH_REFUSED_INTERACTION';

export function guardRawInteractions(client: Client, logger: Logger): void {
  client.on(Events.Raw, (packet: RawPacket) => {
    if (packet.t !== 'INTERACTION_CREATE') return;
    const checked = rawInteractionSchema.safeParse(packet.d);
    if (checked.success) return;
    // Events.Raw is the one hook discord.js calls, synchronously, before handling the same packet object.
    packet.t = REFUSED;
    const d = (packet.d ?? {}) as Record<string, unknown>;
    logger.warn(
      {
        interactionId: typeof d.id === 'string' ? d.id.slice(0, 20) : undefined,
        problems: checked.error.issues.length,
      },
      'malformed interaction payload refused',
    );
    if (typeof d.id !== 'string' || typeof d.token !== 'string' || !/^\d{17,20}$/.test(d.id)) return;
    const locale = typeof d.locale === 'string' ? d.locale : undefined;
    const message = toDiscordMessage(edgeRefusal('invalidRequest', locale));
    client.rest
      .post(Routes.interactionCallback(d.id, d.token), {
        body: {
          type: InteractionResponseType.ChannelMessageWithSource,
          data: {
            embeds: message.embeds,
            flags: MessageFlags.Ephemeral,
            allowed_mentions: { parse: [] },
          },
        },
        auth: false,
      })
      .catch((err: unknown) => logger.warn({ err }, 'could not refuse a malformed interaction'));
  });
}

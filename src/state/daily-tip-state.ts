// What the state keeps per server for the daily tip: its schedule, rotation, last post and last error.
import { z } from 'zod';

export const guildDailyTipSchema = z.object({
  schedule: z.unknown().optional(),
  lastPostedLocalDate: z.string().optional(),
  lastPostAt: z.iso.datetime().optional(),
  lastTipId: z.string().optional(),
  lastError: z.object({ at: z.iso.datetime(), message: z.string() }).optional(),
  rotation: z.unknown().optional(),
});
export type GuildDailyTip = z.infer<typeof guildDailyTipSchema>;

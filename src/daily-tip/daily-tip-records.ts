// The daily tip's reads and writes of the state store, kept in one thin place (the store's shape may change).
import type { GuildDailyTip } from '../state/daily-tip-state.js';
import type { State } from '../state/schema.js';
import type { StateStore } from '../state/store.js';
import type { DailyTipStatus, EffectiveSchedule } from '../tips/daily-tip-status.js';
import { nextPostTime } from '../tips/schedule-times.js';

export function guildDailyTip(store: StateStore, guildId: string): GuildDailyTip | undefined {
  return store.data.guilds[guildId]?.dailyTip;
}

/** Servers that set their own schedule. */
export function guildsWithSchedules(store: StateStore): string[] {
  return Object.entries(store.data.guilds)
    .filter(([, g]) => g.dailyTip?.schedule)
    .map(([id]) => id);
}

/** Applies a change to one server's daily-tip record and writes the state. */
export function updateDailyTip(
  store: StateStore,
  guildId: string,
  change: (record: GuildDailyTip) => void,
): Promise<void> {
  return store.update((state: State) => {
    const guild = (state.guilds[guildId] ??= {});
    change((guild.dailyTip ??= {}));
  });
}

/** What /daily-tip show reports, from the schedule in force and the server's record. */
export function statusOf(
  effective: EffectiveSchedule | undefined,
  record: GuildDailyTip | undefined,
  now: Date,
): DailyTipStatus {
  const next = effective?.schedule.enabled ? nextPostTime(effective.schedule, now) : null;
  const lastPost = record?.lastPostAt
    ? { at: new Date(record.lastPostAt), ...(record.lastTipId ? { tipId: record.lastTipId } : {}) }
    : undefined;
  const lastError = record?.lastError
    ? { at: new Date(record.lastError.at), message: record.lastError.message }
    : undefined;
  return {
    ...(effective ? { effective } : {}),
    next,
    ...(lastPost ? { lastPost } : {}),
    ...(lastError ? { lastError } : {}),
  };
}

// Posts each server's daily tip with node-cron in the server's time zone, exactly once a day, with catch-up and retries.
import cron, { type ScheduledTask } from 'node-cron';
import type { BotContext } from '../bot/context.js';
import type { Entry, Lang } from '../kb/schema.js';
import { dailyTipReply } from '../render/daily-tip-reply.js';
import type { GuildDailyTip } from '../state/daily-tip-state.js';
import { decideDailyPost } from '../tips/exactly-once.js';
import { newTipRotation, nextTip, peekNextTip } from '../tips/rotation.js';
import { nextPostTime } from '../tips/schedule-times.js';
import { cronExpressionFor, timeOfDay, type DailyTipSchedule } from '../tips/schedule.js';
import { defaultScheduleFromConfig } from './default-schedule.js';
import type { TipPoster } from './tip-poster.js';

/** setTimeout's longest delay; a later post time is re-armed when this one fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** After a failed scheduled post, other triggers wait this long before trying again. */
const RETRY_AFTER_FAILURE_MS = 10 * 60_000;
/** A claim not moved on to sending within this time is free again (its holder died between the two steps). */
const CLAIM_TTL_MS = 60_000;

export type PostOutcome = { posted: true; tipId: string } | { posted: false; reason: string };

export interface EffectiveSchedule {
  schedule: DailyTipSchedule;
  source: 'server' | 'default';
}

type DailyTipContext = Pick<BotContext, 'kb' | 'store' | 'logger' | 'clock' | 'config' | 'random'>;

export class DailyTipService {
  private readonly jobs = new Map<string, ScheduledTask[]>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When the last scheduled attempt failed, per server: triggers that coincide do not retry at once. */
  private readonly failedAt = new Map<string, number>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private defaultGuildId: string | undefined;
  private readonly defaultSchedule: DailyTipSchedule | undefined;

  constructor(
    private readonly ctx: DailyTipContext,
    private readonly poster: TipPoster,
  ) {
    this.defaultSchedule = defaultScheduleFromConfig(ctx.config);
  }

  /** Schedules every server and posts what is due now (the catch-up after downtime). */
  async start(): Promise<void> {
    if (this.defaultSchedule) {
      this.defaultGuildId = await this.poster.guildOf(this.defaultSchedule.channelId);
      if (!this.defaultGuildId) {
        this.ctx.logger.warn(
          { channelId: this.defaultSchedule.channelId },
          'DAILY_TIP_CHANNEL_ID is not a channel the bot can see',
        );
      }
    }
    const guilds = await this.guildIds();
    for (const guildId of guilds) await this.reschedule(guildId);
    await Promise.all(guilds.map((guildId) => this.runDue(guildId)));
  }

  stop(): void {
    for (const guildId of [...this.jobs.keys()]) this.unschedule(guildId);
  }

  async guildIds(): Promise<string[]> {
    const ids = await this.ctx.store.guildsWithDailyTipSchedule();
    if (this.defaultGuildId && !ids.includes(this.defaultGuildId)) ids.push(this.defaultGuildId);
    return ids;
  }

  async effectiveSchedule(guildId: string): Promise<EffectiveSchedule | undefined> {
    const own = (await this.guildState(guildId))?.schedule;
    if (own) return { schedule: own, source: 'server' };
    if (this.defaultSchedule && guildId === this.defaultGuildId)
      return { schedule: this.defaultSchedule, source: 'default' };
    return undefined;
  }

  async status(
    guildId: string,
  ): Promise<{ effective?: EffectiveSchedule; state?: GuildDailyTip; next: Date | null }> {
    const effective = await this.effectiveSchedule(guildId);
    const next = effective?.schedule.enabled ? nextPostTime(effective.schedule, this.ctx.clock.now()) : null;
    const state = await this.guildState(guildId);
    return { ...(effective ? { effective } : {}), ...(state ? { state } : {}), next };
  }

  checkChannel(channelId: string, guildId: string): Promise<string | undefined> {
    return this.poster.checkChannel(channelId, guildId);
  }

  async setSchedule(guildId: string, schedule: DailyTipSchedule): Promise<void> {
    await this.ctx.store.patchGuildDailyTip(guildId, { schedule });
    await this.reschedule(guildId);
    this.ctx.logger.info({ guildId, ...schedule }, 'daily tip schedule set');
  }

  /** Pause or resume; a server on the environment's default gets its own copy of it. */
  async setEnabled(guildId: string, enabled: boolean): Promise<boolean> {
    const effective = await this.effectiveSchedule(guildId);
    if (!effective) return false;
    await this.setSchedule(guildId, { ...effective.schedule, enabled });
    return true;
  }

  /** Runs one scheduled check for the server: posts if due and not yet posted today. Safe to call at any moment. */
  runDue(guildId: string): Promise<PostOutcome> {
    return this.serialized(guildId, () => this.postIfDue(guildId));
  }

  /** Posts a tip now (admin "post-now"); it does not count as the day's scheduled post. */
  postNow(guildId: string): Promise<PostOutcome> {
    return this.serialized(guildId, async () => {
      const effective = await this.effectiveSchedule(guildId);
      if (!effective) return { posted: false, reason: 'no schedule: use /daily-tip set first' };
      return this.send(guildId, effective.schedule);
    });
  }

  /**
   * The tip the next post will show, without advancing the rotation. When a new round has to be shuffled for
   * it, that round is saved, so that the next post really shows the previewed tip.
   */
  async preview(guildId: string | undefined): Promise<Entry | undefined> {
    const engine = this.ctx.kb.current();
    const rotation = (guildId && (await this.guildState(guildId))?.rotation) || newTipRotation();
    const pick = peekNextTip(rotation, this.tipIds(), this.ctx.random);
    if (guildId && pick.tipId) await this.ctx.store.patchGuildDailyTip(guildId, { rotation: pick.state });
    return pick.tipId ? engine.kb.entry(pick.tipId) : undefined;
  }

  private async reschedule(guildId: string): Promise<void> {
    const effective = await this.effectiveSchedule(guildId);
    this.unschedule(guildId);
    if (!effective?.schedule.enabled) return;
    const { schedule } = effective;
    const run = () => {
      this.runDue(guildId).catch((err: unknown) =>
        this.ctx.logger.error({ err, guildId }, 'daily tip run failed'),
      );
    };
    const { minute } = timeOfDay(schedule.time);
    this.jobs.set(guildId, [
      cron.schedule(cronExpressionFor(schedule), run, {
        timezone: schedule.timeZone,
        name: `daily-tip:${guildId}`,
      }),
      // An hourly check, half an hour off the post minute, catches what the exact job cannot: a post time
      // skipped by the spring-forward gap, a tick lost while the process was busy, a failed post to retry
      // inside the catch-up window.
      cron.schedule(`${(minute + 30) % 60} * * * *`, run, {
        timezone: schedule.timeZone,
        name: `daily-tip-check:${guildId}`,
      }),
    ]);
    this.armPreciseTimer(guildId, schedule, run);
  }

  /**
   * node-cron fires a time repeated by the autumn change (02:30 on the last Sunday of October) only at its
   * second occurrence; the core's rule is the first. A timer to the core's next post time keeps that exact.
   */
  private armPreciseTimer(guildId: string, schedule: DailyTipSchedule, run: () => void): void {
    clearTimeout(this.timers.get(guildId));
    const next = nextPostTime(schedule, this.ctx.clock.now());
    if (!next) return;
    const delay = Math.min(next.getTime() - this.ctx.clock.now().getTime(), MAX_TIMER_MS);
    const timer = setTimeout(
      () => {
        run();
        this.armPreciseTimer(guildId, schedule, run);
      },
      Math.max(0, delay),
    );
    timer.unref();
    this.timers.set(guildId, timer);
  }

  private unschedule(guildId: string): void {
    for (const job of this.jobs.get(guildId) ?? []) job.destroy();
    this.jobs.delete(guildId);
    clearTimeout(this.timers.get(guildId));
    this.timers.delete(guildId);
  }

  private async postIfDue(guildId: string): Promise<PostOutcome> {
    const effective = await this.effectiveSchedule(guildId);
    if (!effective) return { posted: false, reason: 'no schedule' };
    const previous = (await this.guildState(guildId))?.lastPostedLocalDate;
    const decision = decideDailyPost({
      schedule: effective.schedule,
      now: this.ctx.clock.now(),
      ...(previous ? { lastPostedLocalDate: previous } : {}),
      catchUpHours: this.ctx.config.DAILY_TIP_CATCH_UP_HOURS,
    });
    if (!decision.post) return { posted: false, reason: decision.reason };
    const failedAt = this.failedAt.get(guildId);
    if (failedAt !== undefined && this.ctx.clock.now().getTime() - failedAt < RETRY_AFTER_FAILURE_MS) {
      return { posted: false, reason: 'waiting before retrying a failed post' };
    }
    if (!this.poster.isReady()) {
      this.failedAt.set(guildId, this.ctx.clock.now().getTime());
      return this.fail(guildId, 'not connected to Discord; will retry at the next run');
    }
    // Claimed in the shared store first: of all processes (shards, machines, a rolling restart) one posts.
    const claim = await this.ctx.store.claimDailyPost(guildId, decision.localDate, CLAIM_TTL_MS);
    if (!claim) return { posted: false, reason: 'another process is posting or has posted this tip' };
    // Recorded before sending: a crash while sending can lose a day's tip but never post it twice. A holder
    // that died before this point leaves a claim that expires, and the next run inside the window posts.
    if (!(await this.ctx.store.beginDailyPostSend(claim, { lastPostedLocalDate: decision.localDate })))
      return { posted: false, reason: 'the claim expired before sending; another process took it' };
    const outcome = await this.send(guildId, effective.schedule);
    if (outcome.posted) this.failedAt.delete(guildId);
    else this.failedAt.set(guildId, this.ctx.clock.now().getTime());
    if (outcome.posted) await this.ctx.store.confirmDailyPost(claim);
    else {
      // Discord said no: the post did not happen, so the next run (inside the catch-up window) may try again.
      await this.ctx.store.releaseDailyPost(claim, { lastPostedLocalDate: previous ?? null });
    }
    return outcome;
  }

  private async send(guildId: string, schedule: DailyTipSchedule): Promise<PostOutcome> {
    const engine = this.ctx.kb.current();
    const pick = nextTip(
      (await this.guildState(guildId))?.rotation ?? newTipRotation(),
      this.tipIds(),
      this.ctx.random,
    );
    const tip = pick.tipId ? engine.kb.entry(pick.tipId) : undefined;
    if (!tip) return this.fail(guildId, 'the knowledge base has no tips');
    try {
      await this.poster.post(schedule.channelId, dailyTipReply(tip, engine.kb, schedule.language as Lang));
    } catch (error) {
      return this.fail(guildId, (error as Error).message || String(error), { channelId: schedule.channelId });
    }
    await this.ctx.store.patchGuildDailyTip(guildId, {
      rotation: pick.state,
      lastTipId: tip.id,
      lastPostAt: this.ctx.clock.now().toISOString(),
      lastError: null,
    });
    this.ctx.logger.info({ guildId, channelId: schedule.channelId, tipId: tip.id }, 'daily tip posted');
    return { posted: true, tipId: tip.id };
  }

  private async fail(
    guildId: string,
    message: string,
    extra: Record<string, unknown> = {},
  ): Promise<PostOutcome> {
    this.ctx.logger.warn({ guildId, ...extra, error: message }, 'daily tip not posted');
    await this.ctx.store.patchGuildDailyTip(guildId, {
      lastError: { at: this.ctx.clock.now().toISOString(), message },
    });
    return { posted: false, reason: message };
  }

  private tipIds(): string[] {
    return this.ctx.kb
      .current()
      .kb.ofKind('tip')
      .map((e) => e.id);
  }

  private guildState(guildId: string): Promise<GuildDailyTip | undefined> {
    return this.ctx.store.guildDailyTip(guildId);
  }

  /** One run at a time per server, so two ticks can never both post; servers never wait for each other. */
  private serialized<T>(guildId: string, work: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(guildId) ?? Promise.resolve()).then(work);
    this.queues.set(
      guildId,
      run.catch(() => undefined),
    );
    return run;
  }
}

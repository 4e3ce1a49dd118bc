// Posts each server's daily tip exactly once a day: every trigger of the one clock (daily-tip-clock.ts) asks the
// core's same exactly-once decision (decideDailyPost); this service records, sends, and keeps failures.
import type { BaseContext } from '../bot/context.js';
import type { Entry } from '../kb/schema.js';
import { withChart } from '../bot/chart-attachment.js';
import { dailyTipReply, relatedStatistic } from '../render/daily-tip-reply.js';
import type { GuildDailyTip } from '../state/daily-tip-state.js';
import type { DailyTipStatus, EffectiveSchedule } from '../tips/daily-tip-status.js';
import { decideDailyPost } from '../tips/exactly-once.js';
import { newTipRotation, nextTip, peekNextTip } from '../tips/rotation.js';
import type { DailyTipSchedule } from '../tips/schedule.js';
import { DailyTipClock } from './daily-tip-clock.js';
import { logRunOutcome } from './log-run-outcome.js';
import { statusOf } from './daily-tip-records.js';
import { ENGLISH_FAILURES, type DailyTips, type PostFailure, type PostOutcome } from './daily-tips.js';
import { defaultScheduleFromConfig } from './default-schedule.js';
import type { TipPoster } from './tip-poster.js';

/** After a failed scheduled post, the next attempt waits this long (then the next check inside the window). */
const RETRY_AFTER_FAILURE_MS = 60 * 60_000;
/** A claim not moved on to sending within this time is free again (its holder died between the two steps). */
const CLAIM_TTL_MS = 60_000;

/** What the service needs of the context (it is built before the context is whole). */
export type DailyTipContext = BaseContext;

/** Why a scheduled run did not post: not due (the decision's reason), waiting to retry, or a failure. */
export type RunOutcome = PostOutcome | { posted: false; skipped: string };

export class DailyTipService implements DailyTips {
  readonly available = true;
  private readonly clock = new DailyTipClock(
    (guildId) => this.runLogged(guildId),
    () => this.guildIds(),
  );
  /** The servers with a schedule, as last read: the safety check's list (refreshed when a schedule is set). */
  private scheduled: string[] = [];
  /** When the last scheduled attempt failed, per server: the checks that follow do not retry at once. */
  private readonly failedAt = new Map<string, number>();
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Per server, the decision's `next`: before it the decision cannot say "post", so checks skip it. */
  private readonly quietUntil = new Map<string, number>();
  private defaultGuildId: string | undefined;
  private readonly defaultSchedule: DailyTipSchedule | undefined;

  constructor(
    private readonly ctx: DailyTipContext,
    private readonly poster: TipPoster,
  ) {
    this.defaultSchedule = defaultScheduleFromConfig(ctx.config);
  }

  /** Schedules every server, starts the safety check, and posts what is due now (the catch-up after downtime). */
  async start(): Promise<void> {
    if (this.defaultSchedule) {
      this.defaultGuildId = await this.poster.guildOf(this.defaultSchedule.channelId);
      if (!this.defaultGuildId)
        this.ctx.logger.warn(
          { channelId: this.defaultSchedule.channelId },
          'DAILY_TIP_CHANNEL_ID is not a channel the bot can see',
        );
    }
    this.scheduled = await this.ctx.store.guildsWithDailyTipSchedule();
    const guilds = this.guildIds();
    for (const guildId of guilds) await this.reschedule(guildId);
    this.clock.start();
    const posted = (await Promise.all(guilds.map((id) => this.runDue(id)))).filter((o) => o.posted).length;
    this.ctx.logger.info({ servers: guilds.length, posted }, 'daily tips started');
  }

  stop(): void {
    this.clock.stop();
  }

  guildIds(): string[] {
    const ids = [...this.scheduled];
    if (this.defaultGuildId && !ids.includes(this.defaultGuildId)) ids.push(this.defaultGuildId);
    return ids.filter((id) => this.poster.serves(id)); // a shared store lists every shard's servers
  }

  async effectiveSchedule(guildId: string): Promise<EffectiveSchedule | undefined> {
    const own = (await this.record(guildId))?.schedule;
    if (own) return { schedule: own, source: 'server' };
    if (this.defaultSchedule && guildId === this.defaultGuildId)
      return { schedule: this.defaultSchedule, source: 'default' };
    return undefined;
  }

  async status(guildId: string): Promise<DailyTipStatus> {
    return statusOf(await this.effectiveSchedule(guildId), await this.record(guildId), this.ctx.clock.now());
  }

  checkChannel(channelId: string, guildId: string) {
    return this.poster.checkChannel(channelId, guildId);
  }

  async setSchedule(guildId: string, schedule: DailyTipSchedule): Promise<void> {
    await this.ctx.store.patchGuildDailyTip(guildId, { schedule });
    if (!this.scheduled.includes(guildId)) this.scheduled.push(guildId);
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

  /** One scheduled run for the server: posts if the decision says so. Safe to call at any moment. */
  runDue(guildId: string): Promise<RunOutcome> {
    return this.serialized(guildId, () => this.postIfDue(guildId));
  }

  postNow(guildId: string): Promise<PostOutcome> {
    return this.serialized(guildId, async () => {
      const effective = await this.effectiveSchedule(guildId);
      if (!effective) return { posted: false, failure: { code: 'no-schedule' } };
      return this.send(guildId, effective.schedule);
    });
  }

  /**
   * The tip the next post will show, without advancing the rotation. When a new round has to be shuffled for
   * it, that round is saved, so that the next post really shows the previewed tip.
   */
  async preview(guildId: string | undefined): Promise<Entry | undefined> {
    const rotation = (guildId && (await this.record(guildId))?.rotation) || newTipRotation();
    const pick = peekNextTip(rotation, this.tipIds(), this.ctx.random);
    if (guildId && pick.tipId) await this.ctx.store.patchGuildDailyTip(guildId, { rotation: pick.state });
    return pick.tipId ? this.ctx.kb.current().kb.entry(pick.tipId) : undefined;
  }

  private runLogged(guildId: string): void {
    this.runDue(guildId).then(logRunOutcome(this.ctx.logger, guildId), (err: unknown) =>
      this.ctx.logger.error({ err, guildId }, 'daily tip run failed'),
    );
  }

  private async reschedule(guildId: string): Promise<void> {
    this.quietUntil.delete(guildId);
    this.clock.schedule(guildId, (await this.effectiveSchedule(guildId))?.schedule);
  }

  private async postIfDue(guildId: string): Promise<RunOutcome> {
    const now = this.ctx.clock.now();
    if (now.getTime() < (this.quietUntil.get(guildId) ?? -Infinity))
      return { posted: false, skipped: 'not-yet' };
    const effective = await this.effectiveSchedule(guildId);
    if (!effective) return { posted: false, skipped: 'no schedule' };
    const previous = (await this.record(guildId))?.lastPostedLocalDate;
    const decision = decideDailyPost({
      schedule: effective.schedule,
      now,
      ...(previous ? { lastPostedLocalDate: previous } : {}),
      catchUpHours: this.ctx.config.DAILY_TIP_CATCH_UP_HOURS,
    });
    if (!decision.post) {
      this.quietUntil.set(guildId, decision.next?.getTime() ?? Infinity);
      return { posted: false, skipped: decision.reason };
    }
    const failedAt = this.failedAt.get(guildId);
    if (failedAt !== undefined && now.getTime() - failedAt < RETRY_AFTER_FAILURE_MS)
      return { posted: false, skipped: 'waiting before retrying a failed post' };
    if (!this.poster.isReady()) {
      this.failedAt.set(guildId, now.getTime());
      return this.fail(guildId, { code: 'not-connected' });
    }
    // Claimed in the shared store first: of all processes (shards, machines, a rolling restart) one posts.
    const claim = await this.ctx.store.claimDailyPost(guildId, decision.localDate, CLAIM_TTL_MS);
    if (!claim) return { posted: false, skipped: 'another process is posting or has posted this tip' };
    // Recorded before sending: a crash while sending can lose a day's tip but never post it twice.
    if (!(await this.ctx.store.beginDailyPostSend(claim, { lastPostedLocalDate: decision.localDate })))
      return { posted: false, skipped: 'the claim expired before sending; another process took it' };
    const outcome = await this.send(guildId, effective.schedule);
    if (outcome.posted) {
      this.failedAt.delete(guildId);
      await this.ctx.store.confirmDailyPost(claim);
      return outcome;
    }
    this.failedAt.set(guildId, this.ctx.clock.now().getTime());
    // The post did not happen, so a later check inside the catch-up window may try again.
    await this.ctx.store.releaseDailyPost(claim, { lastPostedLocalDate: previous ?? null });
    return outcome;
  }

  private async send(guildId: string, schedule: DailyTipSchedule): Promise<PostOutcome> {
    const engine = this.ctx.kb.current();
    const record = await this.record(guildId);
    const rotation = record?.rotation ?? newTipRotation();
    const pick = nextTip(rotation, this.tipIds(), this.ctx.random);
    const tip = pick.tipId ? engine.kb.entry(pick.tipId) : undefined;
    if (!tip) return this.fail(guildId, { code: 'no-tips' });
    try {
      const reply = dailyTipReply(tip, engine.kb, schedule.language, {
        quizButton: record?.quizButton !== false,
      });
      const stat = relatedStatistic(tip, engine.kb);
      await this.poster.post(schedule.channelId, await withChart(reply, stat, schedule.language, this.ctx));
    } catch (error) {
      const message = (error as Error).message || String(error);
      return this.fail(guildId, { code: 'platform', message }, { channelId: schedule.channelId });
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

  /** Logs the failure and keeps it as the server's last error (in English: the log's and the state's language). */
  private async fail(
    guildId: string,
    failure: PostFailure,
    extra: Record<string, unknown> = {},
  ): Promise<PostOutcome> {
    const message = failure.code === 'platform' ? failure.message : ENGLISH_FAILURES[failure.code];
    this.ctx.logger.warn({ guildId, ...extra, error: message }, 'daily tip not posted');
    await this.ctx.store.patchGuildDailyTip(guildId, {
      lastError: { at: this.ctx.clock.now().toISOString(), message },
    });
    return { posted: false, failure };
  }

  private record(guildId: string): Promise<GuildDailyTip | undefined> {
    return this.ctx.store.guildDailyTip(guildId);
  }

  private tipIds(): string[] {
    return this.ctx.kb
      .current()
      .kb.ofKind('tip')
      .map((e) => e.id);
  }

  /** One run at a time per server, so two triggers can never both post; servers never wait for each other. */
  private serialized<T>(guildId: string, work: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(guildId) ?? Promise.resolve()).then(work);
    this.queues.set(
      guildId,
      run.catch(() => undefined),
    );
    return run;
  }
}

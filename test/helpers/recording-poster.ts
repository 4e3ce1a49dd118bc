// A TipPoster test double standing in for Discord: it records every post and can refuse channels, fail or be offline.
import type { ChannelProblem } from '../../src/daily-tip/daily-tips.js';
import type { TipPoster } from '../../src/daily-tip/tip-poster.js';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { Reply } from '../../src/render/reply.js';
import { richToText } from '../../src/render/to-text.js';

export interface PostedTip {
  channelId: string;
  reply: Reply;
  /** Date.now() when the post was sent (fake time in schedule tests). */
  at: Date;
}

export class RecordingPoster implements TipPoster {
  /** Posts that went through. */
  readonly posts: PostedTip[] = [];
  /** Every call of post(), including those that failed or never finished. */
  readonly attempts: { channelId: string; at: Date }[] = [];
  /** What isReady() answers. */
  ready = true;
  private readonly channels = new Map<string, string>();
  private readonly failures = new Map<string, string>();
  private readonly refusals = new Map<string, ChannelProblem>();
  private hanging = false;
  /** The servers serves() accepts; undefined: every server (one process, no shards). */
  private served: ReadonlySet<string> | undefined;

  /** `channels` maps each channel the bot can see to its server. */
  constructor(channels: Record<string, string> = {}) {
    for (const [channelId, guildId] of Object.entries(channels)) this.channels.set(channelId, guildId);
  }

  /** From now on, posts to the channel throw an Error with this message (until succeedIn). */
  failIn(channelId: string, message: string): void {
    this.failures.set(channelId, message);
  }

  succeedIn(channelId: string): void {
    this.failures.delete(channelId);
  }

  /** checkChannel answers this reason for the channel. */
  refuse(channelId: string, reason: ChannelProblem): void {
    this.refusals.set(channelId, reason);
  }

  /** From now on, post() never finishes (a process killed while sending). */
  hangPosts(): void {
    this.hanging = true;
  }

  stopHanging(): void {
    this.hanging = false;
  }

  isReady(): boolean {
    return this.ready;
  }

  /** From now on this "process" serves only these servers, as one shard of several. */
  serveOnly(guildIds: readonly string[]): void {
    this.served = new Set(guildIds);
  }

  serves(guildId: string): boolean {
    return this.served?.has(guildId) ?? true;
  }

  async guildOf(channelId: string): Promise<string | undefined> {
    return this.channels.get(channelId);
  }

  async checkChannel(channelId: string, guildId: string): Promise<ChannelProblem | undefined> {
    const refusal = this.refusals.get(channelId);
    if (refusal) return refusal;
    const owner = this.channels.get(channelId);
    if (!owner) return { code: 'not-visible' };
    return owner === guildId ? undefined : { code: 'other-server' };
  }

  async post(channelId: string, reply: Reply): Promise<void> {
    this.attempts.push({ channelId, at: new Date() });
    if (this.hanging) return new Promise<void>(() => undefined);
    const failure = this.failures.get(channelId);
    if (failure) throw new Error(failure);
    this.posts.push({ channelId, reply, at: new Date() });
  }

  postsTo(channelId: string): PostedTip[] {
    return this.posts.filter((p) => p.channelId === channelId);
  }

  /** The instants of the posts to a channel, as ISO strings. */
  timesIn(channelId: string): string[] {
    return this.postsTo(channelId).map((p) => p.at.toISOString());
  }
}

/** The id of the tip a post shows: the one tip of `kb` whose text (in any language) is the card's description. */
export function tipIdOf(post: PostedTip, kb: KnowledgeBase): string {
  const rich = post.reply.cards[0]?.description;
  const description = rich === undefined ? '' : richToText(rich);
  const matches = kb.ofKind('tip').filter((tip) => Object.values(tip.text).includes(description ?? ''));
  if (matches.length !== 1)
    throw new Error(`the post's text matches ${matches.length} tips: ${JSON.stringify(description)}`);
  return matches[0]!.id;
}

// Snowflake ids (https://discord.com/developers/docs/reference#snowflakes).
// Runtime ids (messages, interactions, ...) embed the current time so that
// discord.js' createdTimestamp is realistic; world ids are deterministic.

export const DISCORD_EPOCH = 1_420_070_400_000n;

/** Builds a snowflake string from a millisecond timestamp and a 22-bit tail. */
export function snowflakeFrom(timestampMs: number, tail: number): string {
  return (((BigInt(timestampMs) - DISCORD_EPOCH) << 22n) | BigInt(tail & 0x3f_ffff)).toString();
}

/** Timestamp (ms since Unix epoch) embedded in a snowflake. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** Monotonic generator: ids are unique and strictly increasing per instance. */
export class SnowflakeGenerator {
  private lastMs = 0;
  private increment = 0;

  /** @param clock time source; pass a fixed function for deterministic ids. */
  constructor(private readonly clock: () => number = Date.now) {}

  next(): string {
    let ms = this.clock();
    if (ms <= this.lastMs) {
      ms = this.lastMs;
      this.increment += 1;
      if (this.increment > 0xfff) {
        ms += 1;
        this.increment = 0;
      }
    } else {
      this.increment = 0;
    }
    this.lastMs = ms;
    // worker 1, process 1, then the 12-bit increment
    return snowflakeFrom(ms, (1 << 17) | (1 << 12) | this.increment);
  }
}

/** Deterministic generator for world fixtures (fixed clock: 2024-01-01T00:00:00Z). */
export function fixtureIds(): SnowflakeGenerator {
  const base = Date.UTC(2024, 0, 1);
  return new SnowflakeGenerator(() => base);
}

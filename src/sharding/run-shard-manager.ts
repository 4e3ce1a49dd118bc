// `SHARD_COUNT=auto|N npm start`: discord.js's ShardingManager spawns one process per shard (each loads the
// knowledge base and serves the servers Discord sends it), respawns a shard that dies, and relays reloads.
import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { ReloadCoordinator, type ShardHandle } from './reload-coordinator.js';

/** discord.js's default pause between two shards' logins: Discord lets one session start per 5 s and bucket. */
const IDENTIFY_SPACING_MS = 5500;
/** Loading the knowledge base and logging in, on a busy machine. */
const SHARD_READY_TIMEOUT_MS = 120_000;
/** A shard asked to stop has this long before it is killed (its own shutdown takes at most 5 s). */
const SHARD_STOP_TIMEOUT_MS = 8000;

const gatewayBotSchema = z.object({
  shards: z.number().int().min(1),
  session_start_limit: z.object({ max_concurrency: z.number().int().min(1) }),
});

export interface ShardManagerOptions {
  config: Config & { SHARDING: { role: 'manager' } };
  logger: Logger;
  /** The entry point each shard process runs (this very file's main), and the Node options it needs (tsx). */
  shardFile: string;
  execArgv: readonly string[];
}

export async function runShardManager({
  config,
  logger,
  shardFile,
  execArgv,
}: ShardManagerOptions): Promise<number> {
  const token = config.DISCORD_TOKEN ?? '';
  let gateway: z.infer<typeof gatewayBotSchema>;
  try {
    // Asked of DISCORD_API_URL's server (discord.js's own "auto" would always ask discord.com).
    const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(token);
    gateway = gatewayBotSchema.parse(await rest.get(Routes.gatewayBot()));
  } catch (error) {
    console.error(`cs-coach cannot start the shards: GET /gateway/bot failed (${(error as Error).message}).`);
    console.error('Check DISCORD_TOKEN, the network, and DISCORD_API_URL.');
    return 1;
  }
  const total = config.SHARDING.shardCount === 'auto' ? gateway.shards : config.SHARDING.shardCount;
  // Shards in different rate-limit buckets (id % max_concurrency) may log in together.
  const delay = gateway.session_start_limit.max_concurrency >= total ? 0 : IDENTIFY_SPACING_MS;
  const manager = new ShardingManager(shardFile, { totalShards: total, token, execArgv: [...execArgv] });
  const handle = (shard: Shard): ShardHandle => ({ id: shard.id, send: (m) => shard.send(m) });
  const reloads = new ReloadCoordinator(() => [...manager.shards.values()].map(handle), logger);

  manager.on('shardCreate', (shard) => {
    shard.on('spawn', (child) =>
      logger.info({ shardId: shard.id, pid: 'pid' in child ? child.pid : undefined }, 'shard started'),
    );
    shard.on('ready', () => logger.info({ shardId: shard.id }, 'shard ready'));
    shard.on('death', () => logger.warn({ shardId: shard.id }, 'shard process exited'));
    shard.on('error', (err) => logger.error({ err, shardId: shard.id }, 'shard error'));
    shard.on('message', (message: unknown) => reloads.handle(handle(shard), message));
  });
  const reloadEverywhere = () =>
    void reloads
      .reloadAll()
      .then((results) => logger.info({ results }, 'knowledge base reload on every shard'));
  process.on('SIGHUP', reloadEverywhere);

  logger.info({ shards: total, delayMs: delay }, 'starting the shards');
  try {
    await manager.spawn({ amount: total, delay, timeout: SHARD_READY_TIMEOUT_MS });
  } catch (error) {
    console.error(`cs-coach cannot start the shards: ${(error as Error).message}`);
    await stopShards(manager);
    return 1;
  }
  logger.info({ shards: total }, 'every shard is ready');

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, 'stopping the shards');
      void stopShards(manager).finally(resolve);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  process.off('SIGHUP', reloadEverywhere);
  return 0;
}

/** Asks every shard process to stop (SIGTERM: the bot's clean shutdown) and waits for them, none respawned. */
async function stopShards(manager: ShardingManager): Promise<void> {
  manager.respawn = false;
  await Promise.all(
    [...manager.shards.values()].map((shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return undefined;
      const exited = new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, SHARD_STOP_TIMEOUT_MS);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      shard.kill();
      return exited;
    }),
  );
}

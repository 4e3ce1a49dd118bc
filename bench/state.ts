// `npm run bench:state`: what the state costs an answer once the log is full (5,000 questions, 20,000 votes):
// the time /ask waits for recording a question, a vote's write, a schedule's write; lowdb, and Redis when STATE_URL is set.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { LowdbStateStore } from '../src/state/lowdb-store.js';
import { RedisStateStore } from '../src/state/redis-store.js';
import { MAX_QUESTION_RECORDS, MAX_VOTES } from '../src/state/schema.js';
import type { StateStore } from '../src/state/state-store.js';
import { machineLine } from './machine.js';
import { median, percentile } from './stats.js';

const ROUNDS = 500;
const logger = pino({ level: 'silent' });
const at = new Date('2026-11-01T10:00:00Z').toISOString();
const question = (i: number) => ({
  at,
  question: `how many customers complain ${i}`,
  lang: 'en' as const,
  answered: true,
  confidence: 0.8,
});

async function fill(store: StateStore): Promise<void> {
  // In batches: 25,000 writes at once would outlast a Redis command timeout on a busy machine.
  const BATCH = 500;
  for (let from = 0; from < MAX_QUESTION_RECORDS; from += BATCH)
    await Promise.all(Array.from({ length: BATCH }, (_, i) => store.recordQuestion(question(from + i))));
  for (let from = 0; from < MAX_VOTES; from += BATCH)
    await Promise.all(
      Array.from({ length: BATCH }, (_, i) =>
        store.recordVote({
          entryId: `entry-${(from + i) % 113}`,
          userId: String(1_000_000 + from + i),
          helpful: true,
          at,
        }),
      ),
    );
}

async function timeEach(run: (i: number) => Promise<unknown> | void): Promise<string> {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return `median ${median(samples).toFixed(3)} ms, p99 ${percentile(samples, 0.99).toFixed(3)} ms`;
}

async function measure(name: string, store: StateStore): Promise<void> {
  await fill(store);
  const schedule = {
    channelId: '123456789012345678',
    time: '09:00',
    timeZone: 'Europe/Warsaw',
    days: 'weekdays',
    language: 'en' as const,
    enabled: true,
  };
  console.log(`\n${name} (holding ${MAX_QUESTION_RECORDS} questions and ${MAX_VOTES} votes)`);
  // /ask does not await the question's write: what it waits for is the synchronous part of the call.
  console.log(
    `  /ask waits for recording a question: ${await timeEach((i) => void store.recordQuestion(question(i)))}`,
  );
  await store.flush();
  console.log(
    `  a question written (awaited):        ${await timeEach((i) => store.recordQuestion(question(i)))}`,
  );
  console.log(
    `  a vote saved before its reply:       ${await timeEach((i) => store.recordVote({ entryId: 'entry-1', userId: String(i + 1), helpful: i % 2 === 0, at }))}`,
  );
  console.log(
    `  a schedule saved before its reply:   ${await timeEach((i) => store.patchGuildDailyTip(String(i % 50), { schedule }))}`,
  );
  await store.close();
}

console.log(machineLine());
const dir = await mkdtemp(path.join(tmpdir(), 'cs-coach-bench-state-'));
await measure('lowdb', await LowdbStateStore.open(path.join(dir, 'state.json'), logger));
await rm(dir, { recursive: true, force: true });
if (process.env.STATE_URL)
  await measure('redis', await RedisStateStore.open(process.env.STATE_URL, logger, 'cs-coach-bench:'));
else
  console.log(
    '\n(set STATE_URL=redis://… to measure Redis too; it writes keys starting with cs-coach-bench:)',
  );

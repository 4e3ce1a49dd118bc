// `npm run load`: drives the real bot (its own process, as `npm start` runs it) through the fake Discord on
// 127.0.0.1, with a state already holding 5,000 questions: 200 interactions at once, then 50 a second for a minute.
// Reports first-response latency (median, p99, max), whether every interaction was answered within Discord's 3 s,
// and the bot's RSS. `npm run load -- --soak 10m` instead sends a steady 20 a second for that long and samples the
// memory every 30 s (RSS from /proc; heapUsed, heapTotal, external and arrayBuffers as the bot's process.memoryUsage()
// gives them through bench/memory-probe.mjs), to show whether memory grows. `--heap-snapshots DIR` (with --soak) also
// has the bot write a V8 heap snapshot into DIR at a third of the soak and at its end, for bench/heap-diff.ts to
// compare. A script, not a test: it prints figures and stops by itself.
// Each phase also reports the bot's CPU time per interaction (from /proc) and the machine's load average, so that a
// reader can tell what the bot costs from time spent waiting for a core on a shared machine.
// `--profile DIR` writes a V8 CPU profile of the bot (node --cpu-prof) into DIR when it stops.
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { machineLine } from './machine.js';
import { median, percentile } from './stats.js';
import { evaluationQuestions, startLoadWorld, type LoadWorld } from './load-setup.js';
import type { SlashCommandOptions } from '../test/e2e/fake-discord/index.js';

const QUESTIONS_IN_STATE = 5000;
const DEADLINE_MS = 3000;
/** Distinct people: the per-user rate limit stays on (8 in 10 s), as in production, and no one reaches it. */
const USERS = 400;

interface Outcome {
  /** To the first response (what Discord's 3-second rule is about): the answer, or "thinking…" when deferred. */
  ms: number;
  answered: boolean;
  /** The first response was "thinking…" (the handler took longer than the router's 1.5 s). */
  deferred: boolean;
  /** To the answer itself: the same as `ms`, or the edit that replaced "thinking…". */
  completeMs: number;
}

function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!match) throw new Error(`not a duration: "${text}" (e.g. 10m, 90s)`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  return Number(match[1]) * unit;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const soakAt = args.indexOf('--soak');
  const soakMs = soakAt >= 0 ? parseDuration(args[soakAt + 1] ?? '10m') : undefined;
  const profileAt = args.indexOf('--profile');
  const profileDir = profileAt >= 0 ? path.resolve(args[profileAt + 1] ?? 'profiles') : undefined;
  const snapshotsAt = args.indexOf('--heap-snapshots');
  const snapshotDir = snapshotsAt >= 0 ? path.resolve(args[snapshotsAt + 1] ?? 'heap') : undefined;
  if (snapshotDir) await mkdir(snapshotDir, { recursive: true });
  const questions = await evaluationQuestions();
  console.log(machineLine());
  console.log(`starting the bot with ${QUESTIONS_IN_STATE.toLocaleString('en')} questions in its state…`);
  const world = await startLoadWorld(QUESTIONS_IN_STATE, profileDir ? { profileDir } : {});
  try {
    let n = 0;
    /** The interactions of the mix: mostly questions, some tips, statistics, quotes and topic lists. */
    const nextInteraction = (): SlashCommandOptions => {
      const i = n++;
      const user = { id: String(300000000000000000n + BigInt(i % USERS)), username: `agent${i % USERS}` };
      const asked = questions[i % questions.length]!;
      const kind = i % 10;
      if (kind < 7) return { name: 'ask', options: { question: asked.q }, user, locale: asked.lang };
      if (kind === 7) return { name: 'tip', user };
      if (kind === 8) return { name: 'stat', user };
      return { name: 'topics', user };
    };
    const send = async (): Promise<Outcome> => {
      const started = performance.now();
      const { id } = await world.fake.slashCommand(nextInteraction());
      try {
        const first = await world.fake.waitForInteractionResponse(id, DEADLINE_MS + 2000);
        const ms = performance.now() - started;
        const deferred = first.type === 5;
        if (deferred)
          await world.fake.waitForInteractionEvent(
            id,
            (e) => e.kind === 'edit' || e.kind === 'followup',
            30_000,
          );
        return { ms, answered: ms <= DEADLINE_MS, deferred, completeMs: performance.now() - started };
      } catch {
        const ms = performance.now() - started;
        return { ms, answered: false, deferred: false, completeMs: ms };
      }
    };

    await Promise.all(Array.from({ length: 20 }, send)); // warm-up, not counted
    if (soakMs === undefined) await loadRun(world, send);
    else await soakRun(world, send, soakMs, snapshotDir);
  } finally {
    await world.stop();
  }
}

/** Sends `perSecond` interactions a second for `durationMs`, on schedule whatever the answers take. */
async function steady(
  send: () => Promise<Outcome>,
  perSecond: number,
  durationMs: number,
): Promise<Outcome[]> {
  const started = performance.now();
  const total = Math.round((perSecond * durationMs) / 1000);
  const pending: Promise<Outcome>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(send());
  }
  return Promise.all(pending);
}

/** What a phase cost the bot and what the machine was doing meanwhile. */
interface PhaseCost {
  cpuMs: number;
  wallMs: number;
  /** 1-minute load average at the start and at the end of the phase. */
  loadBefore: number;
  loadAfter: number;
}

async function measured<T>(world: LoadWorld, run: () => Promise<T>): Promise<{ result: T; cost: PhaseCost }> {
  const loadBefore = os.loadavg()[0] ?? NaN;
  const cpuBefore = await world.cpuMs();
  const started = performance.now();
  const result = await run();
  const wallMs = performance.now() - started;
  const cpuMs = (await world.cpuMs()) - cpuBefore;
  return { result, cost: { cpuMs, wallMs, loadBefore, loadAfter: os.loadavg()[0] ?? NaN } };
}

function report(label: string, outcomes: Outcome[], cost: PhaseCost): boolean {
  const ms = outcomes.map((o) => o.ms);
  const complete = outcomes.map((o) => o.completeMs);
  const late = outcomes.filter((o) => !o.answered).length;
  const deferred = outcomes.filter((o) => o.deferred).length;
  const f = (x: number) => `${x.toFixed(1)} ms`;
  console.log(`${label}: ${outcomes.length} interactions`);
  console.log(
    `  first response  median ${f(median(ms))}  p99 ${f(percentile(ms, 0.99))}  max ${f(Math.max(...ms))}` +
      `  within 3 s: ${late === 0 ? 'all' : `${outcomes.length - late} (${late} not)`}`,
  );
  console.log(
    `  whole answer    median ${f(median(complete))}  p99 ${f(percentile(complete, 0.99))}  max ${f(Math.max(...complete))}` +
      `  deferred ("thinking…" first): ${deferred}`,
  );
  // CPU seconds per wall second: 1.0 would be one core kept busy by the bot alone.
  console.log(
    `  bot CPU         ${(cost.cpuMs / outcomes.length).toFixed(2)} ms per interaction` +
      `  (${(cost.cpuMs / 1000).toFixed(1)} s in ${(cost.wallMs / 1000).toFixed(1)} s, ${(cost.cpuMs / cost.wallMs).toFixed(2)} of a core)` +
      `  machine load ${cost.loadBefore.toFixed(1)} → ${cost.loadAfter.toFixed(1)} on ${os.cpus().length} cores`,
  );
  return late === 0;
}

async function loadRun(world: LoadWorld, send: () => Promise<Outcome>): Promise<void> {
  const rssBefore = await world.rssMb();
  let peak = rssBefore;
  const sampler = setInterval(() => {
    void world.rssMb().then((mb) => (peak = Math.max(peak, mb)));
  }, 500);
  const burst = await measured(world, () => Promise.all(Array.from({ length: 200 }, send)));
  const steadyRun = await measured(world, () => steady(send, 50, 60_000));
  clearInterval(sampler);
  const rssAfter = await world.rssMb();
  console.log('');
  const ok = [
    report('200 at once', burst.result, burst.cost),
    report('50 per second for 60 s', steadyRun.result, steadyRun.cost),
  ].every(Boolean);
  console.log(
    `bot RSS: ${rssBefore.toFixed(0)} MB before, ${peak.toFixed(0)} MB peak, ${rssAfter.toFixed(0)} MB after`,
  );
  console.log(
    ok ? 'every interaction was answered within 3 s' : 'SOME INTERACTIONS WERE NOT ANSWERED WITHIN 3 s',
  );
  process.exitCode = ok ? 0 : 1;
}

/** One soak sample: RSS from /proc and the V8 figures the bot reports, in MB. */
interface MemorySample {
  at: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

const MB = 1024 * 1024;

async function memorySample(world: LoadWorld, at: number): Promise<MemorySample> {
  const [rss, m] = await Promise.all([world.rssMb(), world.memory()]);
  return {
    at,
    rss,
    heapUsed: m.heapUsed / MB,
    heapTotal: m.heapTotal / MB,
    external: m.external / MB,
    arrayBuffers: m.arrayBuffers / MB,
  };
}

async function soakRun(
  world: LoadWorld,
  send: () => Promise<Outcome>,
  durationMs: number,
  snapshotDir: string | undefined,
): Promise<void> {
  const perSecond = 20;
  const samples: MemorySample[] = [];
  const started = performance.now();
  let sampling: Promise<unknown> = Promise.resolve();
  const sample = () =>
    (sampling = sampling
      .then(async () => samples.push(await memorySample(world, (performance.now() - started) / 1000)))
      .catch((error: unknown) => console.error(`a memory sample failed: ${String(error)}`)));
  await sample();
  // One at a time, in order: a sample asked while a heap snapshot is written waits for it.
  const sampler = setInterval(() => void sample(), 30_000);
  // With --heap-snapshots: one at a third of the soak (after the warm-up) and one at its end, to compare.
  const snapshots: Promise<string>[] = [];
  const snapshot = (name: string) => {
    if (snapshotDir) snapshots.push(world.heapSnapshot(path.join(snapshotDir, `bot-${name}.heapsnapshot`)));
  };
  const firstSnapshot = setTimeout(() => snapshot('third'), durationMs / 3);
  const { result: outcomes, cost } = await measured(world, () => steady(send, perSecond, durationMs));
  clearInterval(sampler);
  clearTimeout(firstSnapshot);
  await sample();
  snapshot('end');
  const files = await Promise.all(snapshots);
  console.log(`\nsoak: ${perSecond} interactions a second for ${(durationMs / 60_000).toFixed(1)} min`);
  console.log('      at     RSS   heapUsed  heapTotal  external  arrayBuffers (MB)');
  const f = (x: number, width: number) => x.toFixed(1).padStart(width);
  for (const s of samples)
    console.log(
      `  ${s.at.toFixed(0).padStart(5)} s ${f(s.rss, 7)} ${f(s.heapUsed, 10)} ${f(s.heapTotal, 10)} ${f(s.external, 9)} ${f(s.arrayBuffers, 13)}`,
    );
  const ok = report('soak', outcomes, cost);
  if (files.length > 0) console.log(`heap snapshots (the bot paused to write them): ${files.join(', ')}`);
  // Growth: the last third of the samples against the middle third (the first third is the warm-up). heapUsed
  // climbs between V8's major collections and drops at each, so its low point in a third is the live heap's floor.
  const third = Math.max(1, Math.floor(samples.length / 3));
  const change = (before: number, after: number) => `${(((after - before) / before) * 100).toFixed(1)} %`;
  for (const key of ['rss', 'heapUsed', 'external'] as const) {
    const [middle, last] = [samples.slice(third, 2 * third), samples.slice(-third)].map((part) =>
      part.map((s) => s[key]),
    ) as [number[], number[]];
    const [m, l] = [median(middle), median(last)];
    const [mLow, lLow] = [Math.min(...middle), Math.min(...last)];
    console.log(
      `${key.padEnd(8)} middle third median ${m.toFixed(1)} MB, last third ${l.toFixed(1)} MB (${change(m, l)});` +
        ` low point ${mLow.toFixed(1)} → ${lLow.toFixed(1)} MB (${change(mLow, lLow)})`,
    );
  }
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

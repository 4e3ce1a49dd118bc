// `npm run bench:reload`: reloads a generated 10,000-entry knowledge base and measures how long the event loop stalls.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KbHolder } from '../src/kb/kb-holder.js';
import type { Entry } from '../src/kb/schema.js';
import { machineLine } from './machine.js';
import { probeReload, type ReloadFigures } from './reload-probe.js';
import { median } from './stats.js';
import { writeGeneratedKb } from './write-generated-kb.js';

const SIZE = Number(process.env.BENCH_RELOAD_SIZE ?? 10_000);
const SEED = 20240601;

const started = performance.now();
const progress = (step: string) =>
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${step}\n`);

const dir = await mkdtemp(path.join(tmpdir(), 'cs-coach-bench-reload-'));
try {
  progress(`writing a generated base of ${SIZE} entries to ${dir}`);
  const files = await writeGeneratedKb(dir, SIZE, SEED);
  const questions = await sampleQuestions(dir, files);
  let idle = Number.NaN;

  const rows: { name: string; figures: ReloadFigures; reread: number; reparsed: number }[] = [];
  for (const offThread of [true, false]) {
    const where = offThread ? 'worker thread' : 'main thread';
    progress(`first load (${where})`);
    const loaded = await KbHolder.load(dir, { offThread });
    if (!loaded.ok) throw new Error('the generated knowledge base is invalid');
    const holder = loaded.holder;
    const ask = (n: number) => void holder.current().answer({ question: questions[n % questions.length]! });
    // The worker starts with the first reload and reads every file then: the figures below are of later reloads.
    if (offThread) await holder.reload({ apply: true });
    if (offThread) {
      idle = idleQueryMs(ask);
      // The same watch with no reload at all: what the machine's other load alone does to the event loop.
      progress('the same questions for 5 s without a reload');
      const quiet = await probeReload(() => new Promise((resolve) => setTimeout(resolve, 5000)), ask);
      rows.push({ name: 'no reload (the machine alone), 5 s', figures: quiet, reread: 0, reparsed: 0 });
    }

    const scenarios: [string, () => Promise<void>][] = [
      ['one file of 100 edited', () => editEntryText(path.join(dir, files[1]!), `edit ${where}`)],
      ['every file rewritten', () => rewriteAll(dir, files, offThread ? SEED + 1 : SEED + 2)],
    ];
    for (const [scenario, edit] of scenarios) {
      await edit();
      progress(`reload on the ${where}: ${scenario}`);
      let report: Awaited<ReturnType<KbHolder['reload']>> | undefined;
      const figures = await probeReload(async () => {
        report = await holder.reload({ apply: true });
      }, ask);
      if (!report?.ok) throw new Error('the reload was refused');
      rows.push({
        name: `${where}, ${scenario}`,
        figures,
        reread: report.filesReread.length,
        reparsed: report.filesReparsed.length,
      });
    }
    await holder.close();
  }

  console.log(`## Reload of a generated ${SIZE}-entry knowledge base (${files.length + 1} files)\n`);
  console.log(`${machineLine()}\n`);
  console.log(`A plain query with nothing else running: median ${idle.toFixed(2)} ms.\n`);
  console.log(
    '| reload | files re-read / parsed | reload time | longest event-loop block (on a CPU / waiting for one) | blocks over 50 ms | most CPU time in one block | blocks with over 50 ms of CPU | longest GC pause | questions during it | wait for an answer: median / worst |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { name, figures: f, reread, reparsed } of rows) {
    console.log(
      `| ${name} | ${reread} / ${reparsed} | ${(f.reloadMs / 1000).toFixed(2)} s | ${f.maxBlockMs.toFixed(0)} ms${split(f)} | ${f.blocksOver50Ms} | ${ms(f.maxOnCpuMs)} | ${f.blocksOver50MsOnCpu ?? '—'} | ${f.maxGcMs.toFixed(0)} ms | ${f.questions} | ${f.questionMedianMs.toFixed(1)} / ${f.questionMaxMs.toFixed(0)} ms |`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

/** " (12 / 80 ms)": how much of the longest block the main thread ran and waited for a CPU, where Linux says. */
function split(f: ReloadFigures): string {
  return f.longest ? ` (${f.longest.onCpuMs.toFixed(0)} / ${f.longest.waitingMs.toFixed(0)} ms)` : '';
}

function ms(value: number | undefined): string {
  return value === undefined ? '—' : `${value.toFixed(0)} ms`;
}

/** First English phrasings of the generated entries: questions the base answers. */
async function sampleQuestions(dir: string, files: string[]): Promise<string[]> {
  const { entries } = JSON.parse(await readFile(path.join(dir, files[0]!), 'utf8')) as { entries: Entry[] };
  return entries.map((e) => e.phrasings.en?.[0] ?? '');
}

/** A plain query's time with nothing else running (after a warm-up). */
function idleQueryMs(ask: (n: number) => void): number {
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    ask(i);
    samples.push(performance.now() - t0);
  }
  return median(samples.slice(50));
}

/** Changes the English text of the file's first entry (a real edit: new size, new content). */
async function editEntryText(file: string, text: string): Promise<void> {
  const content = JSON.parse(await readFile(file, 'utf8')) as { entries: Entry[] };
  const first = content.entries[0]!;
  content.entries[0] = { ...first, text: { ...first.text, en: `${first.text.en} (${text})` } };
  await writeFile(file, JSON.stringify(content, null, 2), 'utf8');
}

/** Regenerates every entry file with another seed: the reload has to take in the whole base. */
async function rewriteAll(dir: string, files: string[], seed: number): Promise<void> {
  const fresh = await mkdtemp(path.join(tmpdir(), 'cs-coach-bench-regen-'));
  try {
    await writeGeneratedKb(fresh, SIZE, seed);
    for (const file of files) await writeFile(path.join(dir, file), await readFile(path.join(fresh, file)));
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}

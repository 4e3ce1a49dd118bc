// Renders the measurements as markdown that can be pasted into the README.
import type { Accuracy } from './accuracy.js';
import { count, markdownTable, mb, ms, ratio } from './format.js';
import type { Latency } from './latency.js';
import type { ScaleRow } from './scale.js';
import { STEADY_WARMUP } from './searchers.js';

export interface ComparisonRow {
  name: string;
  accuracy: Accuracy;
  latency: Latency;
}

export interface BenchReport {
  machine: string;
  gcAvailable: boolean;
  kbDir: string;
  questionFile: string;
  questions: number;
  shippedEntries: number;
  seed: number;
  comparison: ComparisonRow[];
  scale: ScaleRow[];
  versions: { fuse: string; miniSearch: string };
  totalSeconds: number;
  /** The 1-minute load average when the run ended (the machine line gives it at the start). */
  loadAtEnd: number;
}

const TARGETS: Record<number, { p99Ms: number; buildMs?: number }> = {
  10_000: { p99Ms: 2, buildMs: 1000 },
  100_000: { p99Ms: 20 },
};

const mark = (value: number, target: number) => (value <= target ? 'met' : 'missed');

function targetNote(row: ScaleRow): string {
  const target = TARGETS[row.entries];
  if (!target || !row.latency || row.buildMs === undefined || row.buildCpuMs === undefined) return '';
  const p99 = `p99 < ${target.p99Ms} ms: wall ${mark(row.latency.p99Ms, target.p99Ms)}, CPU ${mark(row.latency.cpuP99Ms, target.p99Ms)}`;
  if (target.buildMs === undefined) return p99;
  return `${p99}; build < ${ms(target.buildMs)}: wall ${mark(row.buildMs, target.buildMs)}, CPU ${mark(row.buildCpuMs, target.buildMs)}`;
}

const both = (wall: number | undefined, cpu: number | undefined) => `${ms(wall ?? NaN)} / ${ms(cpu ?? NaN)}`;

export function renderReport(r: BenchReport): string {
  const compareRow = (c: ComparisonRow) => [
    c.name,
    ratio(c.accuracy.correct, c.accuracy.answerable),
    ratio(c.accuracy.declined, c.accuracy.offTopic),
    both(c.latency.medianMs, c.latency.cpuMedianMs),
    both(c.latency.p99Ms, c.latency.cpuP99Ms),
    count(c.latency.queries),
  ];
  const scaleRow = (row: ScaleRow) =>
    row.skipped
      ? [row.searcher, count(row.entries), row.skipped, '', '', '', '', '', '']
      : [
          row.searcher,
          count(row.entries),
          both(row.buildMs, row.buildCpuMs),
          row.parts?.fromData === undefined ? '' : ms(row.parts.fromData),
          both(row.latency?.medianMs, row.latency?.cpuMedianMs),
          both(row.latency?.p99Ms, row.latency?.cpuP99Ms),
          count(row.latency?.queries ?? 0),
          `${mb(row.heapBytes ?? 0)} + ${mb(row.externalBytes ?? 0)}`,
          targetNote(row),
        ];
  return [
    `**cs-coach benchmark** — ${r.machine}; the whole run took ${r.totalSeconds.toFixed(0)} s (1-min load ${r.loadAtEnd.toFixed(2)} at the end)`,
    '',
    markdownTable(
      [
        `Shipped KB (${r.shippedEntries} entries), ${r.questions} questions of ${r.questionFile}`,
        'Correct top answer',
        'Off-topic declined',
        'Query median (wall / CPU)',
        'Query p99 (wall / CPU)',
        'Timed queries',
      ],
      r.comparison.map(compareRow),
    ),
    '',
    `- The engine: \`AnswerEngine.answer\`, each question timed alone, the set repeated after a warm-up. Its correct/declined figures are checked against src/eval/evaluate.ts.`,
    `- MiniSearch ${r.versions.miniSearch}: \`{ fuzzy: 0.2, prefix: true }\`, one field per part of an entry (texts, phrasings, terms, figure, source, topics; all languages), no stemming or other tuning; top result = answer, no result = decline.`,
    `- Fuse.js ${r.versions.fuse}: default options, keys text, phrasings and term in pl/en/ru, top result = answer. It cannot decline: an off-topic question counts as declined only when it returns nothing. One round of the questions.`,
    '',
    markdownTable(
      [
        'Search',
        'Entries',
        'Build (wall / CPU)',
        'of it fromData',
        'Fresh query median (wall / CPU)',
        'Fresh query p99 (wall / CPU)',
        'Timed queries',
        'Memory: heap + external',
        'Targets',
      ],
      r.scale.map(scaleRow),
    ),
    '',
    `- Generated bases: the ${r.shippedEntries} shipped entries plus seeded variants (seed ${r.seed}; sentences shuffled, a sentence and a phrasing of a donor entry added, 20% of words swapped for the donor's, per language), in memory only.`,
    `- Fresh queries: every timed question is new to the process (an evaluation question with typos in half its words and a made-up word added), so no stem or search cache has seen it. Each search first answers ${STEADY_WARMUP.warmupQueries.toLocaleString('en')} other fresh questions (or as many as ${STEADY_WARMUP.warmupBudgetMs / 1000} s allow), so that the JIT has settled as in a bot that has run a while (the bot warms itself up on its phrasings after a start).`,
    `- Build: one build (the engine's: buildIndexData, then \`AnswerEngine.fromIndexData\`; "of it fromData" is \`SearchIndex.fromData\` alone, timed within it). Memory: \`heapUsed\` and \`external\` (typed arrays) after minus before the build, ${r.gcAvailable ? 'each after `global.gc()` (--expose-gc)' : 'without --expose-gc, so uncollected garbage counts too'}.`,
    `- Wall and CPU: on a shared machine a query or build can wait for a core, which only wall-clock time shows; CPU time (\`process.cpuUsage\`, all threads of the process, GC included) is what it costs itself.`,
    `- Targets (issue 9): p99 under 2 ms and build under 1 s at 10,000 entries; p99 under 20 ms at 100,000. A baseline is not run at a size where the size before predicts more than its time allowance.`,
  ].join('\n');
}

// Renders the measurements as markdown that can be pasted into the README.
import type { Accuracy } from './accuracy.js';
import { count, markdownTable, mb, ms, ratio } from './format.js';
import type { Latency } from './latency.js';
import type { EngineRun } from './measure-engine.js';

export interface ComparisonRow {
  name: string;
  accuracy: Accuracy;
  latency: Latency;
}

export interface BenchReport {
  machine: string;
  /** Untimed queries before the timed ones on the shipped base. */
  warmupQueries: number;
  gcAvailable: boolean;
  kbDir: string;
  questions: number;
  seed: number;
  shipped: EngineRun;
  generated: EngineRun;
  comparison: ComparisonRow[];
  fuseVersion: string;
  miniSearchVersion: string;
}

export function renderReport(r: BenchReport): string {
  const engineRow = (label: string, run: EngineRun) => [
    label,
    count(run.entries),
    `${ms(run.buildMs)} (${run.builds}×)`,
    ms(run.timed.latency.medianMs),
    ms(run.timed.latency.p99Ms),
    count(run.timed.latency.queries),
    mb(run.heapBytes),
  ];
  const compareRow = (c: ComparisonRow) => [
    c.name,
    ratio(c.accuracy.correct, c.accuracy.answerable),
    ratio(c.accuracy.declined, c.accuracy.offTopic),
    ms(c.latency.medianMs),
    ms(c.latency.p99Ms),
    count(c.latency.queries),
  ];
  return [
    `**cs-coach benchmark** — ${r.machine}`,
    '',
    markdownTable(
      [
        'Knowledge base',
        'Entries',
        'Index build (median)',
        'Query median',
        'Query p99',
        'Timed queries',
        'Heap of index',
      ],
      [engineRow(`shipped (${r.kbDir})`, r.shipped), engineRow(`generated (seed ${r.seed})`, r.generated)],
    ),
    '',
    `- Index build: \`new AnswerEngine(kb)\`, median of ${r.shipped.builds} builds after a warm-up build (shipped); a single build (generated: one takes seconds).`,
    `- Queries: the ${r.questions} evaluation questions, each timed alone, repeated after ${r.warmupQueries} warm-up queries; on the generated base one round over a seeded sample of ${r.generated.timed.latency.queries} of them, to stay in the time budget (p99 of so few samples is about the slowest query).`,
    `- Heap of index: \`heapUsed\` after minus before the first build, ${r.gcAvailable ? 'each after `global.gc()` (--expose-gc)' : 'without --expose-gc, so uncollected garbage counts too'}.`,
    `- Generated: the ${r.shipped.entries} shipped entries plus seeded variants of them (sentences shuffled, a sentence and a phrasing of a donor entry added, 20% of words swapped for the donor's, per language), in memory only.`,
    '',
    markdownTable(
      [
        `Shipped KB, ${r.questions} questions`,
        'Correct top answer',
        'Off-topic declined',
        'Query median',
        'Query p99',
        'Timed queries',
      ],
      r.comparison.map(compareRow),
    ),
    '',
    `- Fuse.js ${r.fuseVersion}: default options, keys \`text.pl/en/ru\` and \`phrasings.pl/en/ru\`, top result = answer. Fuse cannot decline, so an off-topic question counts as declined only when Fuse returns nothing (no match within its default threshold 0.6). Given its latency, timed over one round after a few warm-up queries.`,
    `- MiniSearch ${r.miniSearchVersion}: default options (tokenizer, lower-casing; no stemming, prefix or fuzzy), fields text and phrasings in pl/en/ru, top result = answer, no result = decline.`,
  ].join('\n');
}

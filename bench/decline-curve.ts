// How a decline line would trade right answers for declines on first runs: issue 9 asks both shares at 90 % on a
// fresh set, and the trained line is fitted on the pool, whose off-topic questions the decline rules were written from.
// `dump SET`: each question's top confidence and whether the top entry is right, as JSON (run it in a detached
// worktree of the commit a set was first run on); `sweep DUMP...`: both shares at each line over the dumps together.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { readEvalQuestions } from '../src/eval/questions-file.js';
import { loadEngineOrExit } from '../src/cli/load-engine.js';

const outcomeSchema = z.array(z.object({ decline: z.boolean(), right: z.boolean(), confidence: z.number() }));
type Outcome = z.infer<typeof outcomeSchema>[number];

const LINES = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

const [mode, ...files] = process.argv.slice(2);
if (mode === 'dump' && files[0]) {
  const engine = await loadEngineOrExit();
  const questions = (await readEvalQuestions(files[0])).filter((q) => q.decline || q.gap === undefined);
  const outcomes: Outcome[] = questions.map((q) => {
    const result = engine.answer({ question: q.q });
    // A declined question's top candidate is the first of the closest entries offered.
    const top = (result.answers[0] ?? result.closest[0])?.entry.id;
    return {
      decline: q.decline,
      right: !q.decline && top !== undefined && (q.expect ?? []).includes(top),
      confidence: result.confidence,
    };
  });
  console.log(JSON.stringify(outcomes));
} else if (mode === 'sweep' && files.length > 0) {
  const all = (
    await Promise.all(files.map(async (f) => outcomeSchema.parse(JSON.parse(await readFile(f, 'utf8')))))
  ).flat();
  const answerable = all.filter((o) => !o.decline);
  const offTopic = all.filter((o) => o.decline);
  const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / d).toFixed(1)} %)`;
  console.log('line  answered right         off-topic declined');
  for (const line of LINES) {
    const right = answerable.filter((o) => o.right && o.confidence >= line).length;
    const declined = offTopic.filter((o) => o.confidence < line).length;
    console.log(
      `${line.toFixed(2)}  ${pct(right, answerable.length).padEnd(22)} ${pct(declined, offTopic.length)}`,
    );
  }
} else {
  console.error('usage: npx tsx bench/decline-curve.ts dump SET > DUMP | sweep DUMP...');
  process.exit(2);
}

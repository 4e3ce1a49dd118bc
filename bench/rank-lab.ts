// Scratch lab for issue 9: the pool held out set by set (as train-ranker), pooled sums, and the answerable questions
// whose right entry is ranked 2nd or 3rd, with the features of the top candidate and the right one.
import { writeFile } from 'node:fs/promises';
import { AnswerEngine } from '../src/answer/answer-engine.js';
import { rankCandidates } from '../src/answer/candidates.js';
import { FEATURES } from '../src/answer/evidence.js';
import { fitRanker, labelQuestions } from '../src/eval/fit-ranker.js';
import { evaluate } from '../src/eval/evaluate.js';
import { engineWithoutPoolWording, readTuningPool } from '../src/eval/pool-wording.js';
import { loadEngineOrExit } from '../src/cli/load-engine.js';

const out = process.argv[2];
const pool = await readTuningPool();
const engine = engineWithoutPoolWording((await loadEngineOrExit()).kb, pool);
const sets = pool.map(({ file, questions }) => ({ file, data: labelQuestions(engine, questions) }));
const tot = { ans: 0, ok: 0, off: 0, dec: 0, sw: 0, top3: 0 };
const lines: string[] = [];
const f = (xs: number[]) =>
  xs
    .map((x, i) => `${FEATURES[i]}=${+x.toFixed(2)}`)
    .filter((s) => !s.endsWith('=0'))
    .join(' ');
for (const held of sets) {
  const model = fitRanker(sets.filter((s) => s !== held).flatMap((s) => s.data));
  const e = new AnswerEngine(engine.kb, model);
  const qs = held.data.map((d) => d.question);
  const r = evaluate(e, qs).total;
  tot.ans += r.answerable;
  tot.ok += r.correct;
  tot.off += r.offTopic;
  tot.dec += r.declined;
  tot.sw += r.sureWrong;
  tot.top3 += r.inTopThree;
  if (!out) continue;
  for (const q of qs) {
    if (q.decline) continue;
    const res = e.answer({ question: q.q });
    const top = res.answered ? res.answers[0]?.entry.id : null;
    if (top && q.expect!.includes(top)) continue;
    const ranked = rankCandidates(e, q.q);
    const rank = ranked.findIndex((c) => q.expect!.includes(c.hit.entry.id));
    const t = ranked[0]!;
    const w = rank >= 0 ? ranked[rank]! : undefined;
    lines.push(
      `## [${held.file.slice(10, 22)}] rank=${rank + 1} ${res.certainty} ${q.lang}: ${q.q}`,
      `   TOP ${t.hit.entry.id} (${t.hit.entry.kind}) p=${t.probability.toFixed(3)} ${f(t.features)}`,
      `       ${JSON.stringify(t.hit.entry.text?.[q.lang as 'en'] ?? '').slice(0, 200)}`,
      w
        ? `   WANT ${w.hit.entry.id} (${w.hit.entry.kind}) p=${w.probability.toFixed(3)} ${f(w.features)}\n       ${JSON.stringify(w.hit.entry.text?.[q.lang as 'en'] ?? '').slice(0, 200)}`
        : `   WANT ${q.expect!.join('|')} absent`,
    );
  }
}
const pc = (n: number, d: number) => ((100 * n) / d).toFixed(1);
const line = `POOLED correct ${tot.ok}/${tot.ans} (${pc(tot.ok, tot.ans)}%) top3 ${pc(tot.top3, tot.ans)}% sure-wrong ${tot.sw} declined ${tot.dec}/${tot.off} (${pc(tot.dec, tot.off)}%)`;
console.log(line);
const full = fitRanker(sets.flatMap((s) => s.data));
console.log(
  FEATURES.map((n, i) => `${n}=${full.weights[i]!.toFixed(2)}`).join(' '),
  full.declineBelow,
  full.unsureBelow,
);
if (out) await writeFile(out, lines.join('\n') + '\n');

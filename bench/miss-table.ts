// Scratch lab: each pool set held out of the ranker that scores it; pooled figures, a miss table, MiniSearch's catches.
import { AnswerEngine } from '../src/answer/answer-engine.js';
import { rankCandidates } from '../src/answer/candidates.js';
import { fitRanker, labelQuestions } from '../src/eval/fit-ranker.js';
import { evaluate } from '../src/eval/evaluate.js';
import { engineWithoutPoolWording, readTuningPool } from '../src/eval/pool-wording.js';
import { loadEngineOrExit } from '../src/cli/load-engine.js';
import { miniSearchAnswerer } from './minisearch-answerer.js';

const verbose = process.argv.includes('--misses');
const pool = await readTuningPool();
// Held-out means without the pool's own wording too (taught by `npm run teach-pool`): see pool-wording.ts.
const engine = engineWithoutPoolWording((await loadEngineOrExit()).kb, pool);
const mini = miniSearchAnswerer(engine.kb);
const sets = pool.map(({ file, questions }) => ({ file, data: labelQuestions(engine, questions) }));
const tot = { ans: 0, ok: 0, off: 0, dec: 0, sw: 0, top3: 0 };
const kinds: Record<string, number> = {};
let miniOnly = 0;
let miniRight = 0;
const lines: string[] = [];
const perSet: string[] = [];
for (const held of sets) {
  const model = fitRanker(sets.filter((s) => s !== held).flatMap((s) => s.data));
  const e = new AnswerEngine(engine.kb, model);
  const r = evaluate(
    e,
    held.data.map((d) => d.question),
  ).total;
  tot.ans += r.answerable;
  tot.ok += r.correct;
  tot.off += r.offTopic;
  tot.dec += r.declined;
  tot.sw += r.sureWrong;
  tot.top3 += r.inTopThree;
  const p = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '-');
  perSet.push(
    `${held.file.replace('test/eval/', '').padEnd(18)} ${p(r.correct, r.answerable)} / ${p(r.declined, r.offTopic)} sw ${r.sureWrong}`,
  );
  for (const { question } of held.data) {
    const ranked = rankCandidates(e, question.q);
    const res = e.answer({ question: question.q });
    const ms = mini(question.q);
    if (question.decline) {
      if (res.answered) {
        kinds['offtopic answered'] = (kinds['offtopic answered'] ?? 0) + 1;
        lines.push(
          `[${held.file.slice(10, 22)}] OFF answered ${res.certainty} ${res.confidence} ${res.answers[0]?.entry.id}: ${question.q}`,
        );
      }
      continue;
    }
    const expect = question.expect ?? [];
    const rank = ranked.findIndex((c) => expect.includes(c.hit.entry.id));
    const top = res.answered ? res.answers[0]?.entry.id : null;
    const ok = top != null && expect.includes(top);
    const msOk = ms != null && expect.includes(ms);
    if (msOk) miniRight += 1;
    if (msOk && rank !== 0) miniOnly += 1;
    if (ok) continue;
    const kind =
      rank === 0
        ? '1st but declined'
        : rank === 1
          ? '2nd'
          : rank === 2
            ? '3rd'
            : rank < 0
              ? 'absent'
              : '4th+';
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    lines.push(
      `[${held.file.slice(10, 22)}] ${kind.padEnd(16)} p=${ranked[0]?.probability.toFixed(3)} r=${rank >= 0 ? ranked[rank]!.probability.toFixed(3) : '-'} top=${ranked[0]?.hit.entry.id} mini=${msOk ? 'RIGHT' : ms}: ${question.q}  (want ${expect.join('|')})`,
    );
  }
}
console.log(perSet.join('\n'));
const pc = (n: number, d: number) => ((100 * n) / d).toFixed(1);
console.log(
  `POOLED correct ${tot.ok}/${tot.ans} ${pc(tot.ok, tot.ans)} | declined ${tot.dec}/${tot.off} ${pc(tot.dec, tot.off)} | sure-wrong ${tot.sw} ${pc(tot.sw, tot.ans)} | top3 ${pc(tot.top3, tot.ans)}`,
);
console.log(
  'misses by kind',
  kinds,
  `| MiniSearch right ${miniRight}, right where engine's top is wrong: ${miniOnly}`,
);
if (verbose) console.log(lines.join('\n'));

import { fitRanker, labelQuestions } from '../src/eval/fit-ranker.js';
import { readEvalQuestions, TUNING_POOL } from '../src/eval/questions-file.js';
import { answerProbability } from '../src/answer/ranker.js';
import { FEATURES } from '../src/answer/evidence.js';
import { loadEngineOrExit } from '../src/cli/load-engine.js';
const engine = await loadEngineOrExit();
const sets = await Promise.all(TUNING_POOL.map(async (file) => ({ file, data: labelQuestions(engine, await readEvalQuestions(file)) })));
const targets = process.argv.slice(2);
for (const held of sets.filter((s) => targets.some((t) => s.file.includes(t)))) {
  const model = fitRanker(sets.filter((s) => s !== held).flatMap((s) => s.data));
  const cat: Record<string, number> = {};
  for (const d of held.data) {
    const scored = d.rows.map((r) => ({ ...r, p: answerProbability(r.features, model) })).sort((a, b) => b.p - a.p);
    const top = scored[0];
    if (d.question.decline) {
      const c = !top || top.p < model.declineBelow ? 'offtopic-declined' : 'offtopic-answered';
      cat[c] = (cat[c] ?? 0) + 1;
      if (c === 'offtopic-answered') console.log(`OFF ${top!.p.toFixed(2)} ${d.question.q}`);
      continue;
    }
    const rank = scored.findIndex((r) => r.right);
    let c: string;
    if (rank === 0) c = top!.p >= model.declineBelow ? 'right' : 'right-but-declined';
    else if (rank < 0) c = 'not-retrieved';
    else if (rank < 3) c = 'rank2-3';
    else c = 'rank4+';
    cat[c] = (cat[c] ?? 0) + 1;
    if (c !== 'right') {
      const r = scored[rank];
      const diff = r ? FEATURES.map((f, i) => `${f}=${r.features[i]!.toFixed(2)}/${top!.features[i]!.toFixed(2)}`).filter((x) => { const [a, b] = x.split('=')[1]!.split('/'); return rank === 0 || a !== b; }).join(' ') : '';
      console.log(`${c} top=${top?.p.toFixed(2)} right=${r?.p.toFixed(2)} ${d.question.q}\n     ${rank === 0 ? '' : diff}`);
    }
  }
  console.log(held.file, cat, 'declineBelow', model.declineBelow);
}

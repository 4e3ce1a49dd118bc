import { labelQuestions } from '../src/eval/fit-ranker.js';
import { readEvalQuestions, TUNING_POOL } from '../src/eval/questions-file.js';
import { learnedProbability, MODEL } from '../src/answer/ranker.js';
import { FEATURES } from '../src/answer/evidence.js';
import { loadEngineOrExit } from '../src/cli/load-engine.js';
const engine = await loadEngineOrExit();
const NO = FEATURES.indexOf('nameOnly'), FM = FEATURES.indexOf('focusMissing');
const c: Record<string, number> = {};
for (const file of [...TUNING_POOL, 'test/eval/smalltalk.json']) {
  for (const d of labelQuestions(engine, await readEvalQuestions(file))) {
    const s = d.rows.map((r) => ({ ...r, p: learnedProbability(r.features) })).sort((a, b) => b.p - a.p);
    const t = s[0]; if (!t) continue;
    for (const [name, i] of [['nameOnly', NO], ['focusMissing', FM]] as const) {
      if (!t.features[i]) continue;
      const k = `${name} ${d.question.decline ? 'offtopic' : t.right ? 'RIGHT-killed' : 'wrong'} ${t.p >= MODEL.declineBelow ? 'wouldAnswer' : 'wouldDecline'}`;
      c[k] = (c[k] ?? 0) + 1;
      if (!d.question.decline && t.right) console.log(k, '|', d.question.q);
    }
  }
}
console.log(c);

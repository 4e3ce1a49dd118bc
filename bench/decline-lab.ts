// Lab for decision features: extra candidate features tried on top of the ranker's (or as a flag lowering the decline
// line), each pool set scored by a ranker fitted on the others; `none` gives bench/miss-table.ts's pooled figures.
// Usage: npx tsx bench/decline-lab.ts none,lead,mini [--no-rule] [--rescue] [--weights]
import { AnswerEngine } from '../src/answer/answer-engine.js';
import { rankCandidates, type Candidate } from '../src/answer/candidates.js';
import { FEATURES } from '../src/answer/evidence.js';
import { readEvalQuestions, TUNING_POOL } from '../src/eval/questions-file.js';
import type { EvalQuestion } from '../src/eval/evaluate.js';
import { loadEngineOrExit } from '../src/cli/load-engine.js';
import { miniSearchAnswerer } from './minisearch-answerer.js';

type Extra = (engine: AnswerEngine, q: string, ranked: Candidate[]) => number[][];
interface Row {
  f: number[];
  /** The extra features, when they are a rescue flag rather than ranker inputs. */
  x: number[];
  right: boolean;
}
interface Q {
  question: EvalQuestion;
  rows: Row[];
}

const engine = await loadEngineOrExit();
const mini = miniSearchAnswerer(engine.kb);
const NAME_ONLY = FEATURES.indexOf('nameOnly');
const FOCUS_MISSING = FEATURES.indexOf('focusMissing');
const NAME_WEAK = FEATURES.indexOf('nameWeak');

const extras: Record<string, Extra> = {
  none: (_e, _q, ranked) => ranked.map(() => []),
  lead: (_e, _q, ranked) => ranked.map((c) => [c.evidence.relevanceLead]),
  mini: (_e, q, ranked) => {
    const top = mini(q);
    return ranked.map((c) => [c.hit.entry.id === top ? 1 : 0]);
  },
};

const pool = await Promise.all(
  TUNING_POOL.map(async (file) => ({ file, qs: await readEvalQuestions(file) })),
);
const chosen = (process.argv[2] ?? 'none').split(',');
const rules = process.argv.includes('--no-rule') ? 0 : 1;
const rescue = process.argv.includes('--rescue');

function label(extra: Extra): Q[][] {
  return pool.map(({ qs }) =>
    qs
      .filter((q) => q.decline || (q.expect?.length ?? 0) > 0)
      .map((question) => {
        const ranked = rankCandidates(engine, question.q);
        const more = extra(engine, question.q, ranked);
        return {
          question,
          rows: ranked.map((c, i) => ({
            f: rescue ? c.features : [...c.features, ...(more[i] ?? [])],
            x: more[i] ?? [],
            right: !question.decline && (question.expect ?? []).includes(c.hit.entry.id),
          })),
        };
      }),
  );
}

function prob(f: number[], w: number[], b: number): number {
  let z = b;
  for (let i = 0; i < f.length; i++) z += (w[i] ?? 0) * (f[i] ?? 0);
  const p = 1 / (1 + Math.exp(-z));
  return rules && (f[NAME_ONLY] || f[FOCUS_MISSING]) ? p * 0.01 : p;
}
function fit(data: Q[]) {
  const rows = data.flatMap((d) => d.rows);
  const n = rows[0]!.f.length;
  const R = rows.length;
  const X = new Float64Array(R * n);
  const Y = new Float64Array(R);
  const positives = rows.filter((r) => r.right).length || 1;
  const pw = Math.max(1, (rows.length - positives) / positives / 16);
  const WT = new Float64Array(R);
  let tot = 0;
  rows.forEach((r, k) => {
    for (let i = 0; i < n; i++) X[k * n + i] = r.f[i] ?? 0;
    Y[k] = r.right ? 1 : 0;
    WT[k] = r.right ? pw : 1;
    tot += WT[k]!;
  });
  const W = new Float64Array(n);
  const g = new Float64Array(n);
  let b = 0;
  for (let it = 0; it < 3000; it++) {
    g.fill(0);
    let gb = 0;
    for (let k = 0; k < R; k++) {
      const o = k * n;
      let z = b;
      for (let i = 0; i < n; i++) z += W[i]! * X[o + i]!;
      const err = (1 / (1 + Math.exp(-z)) - Y[k]!) * WT[k]!;
      for (let i = 0; i < n; i++) g[i] = g[i]! + err * X[o + i]!;
      gb += err;
    }
    for (let i = 0; i < n; i++) W[i] = W[i]! - 0.5 * (g[i]! / tot + 1e-3 * W[i]!);
    b -= 0.5 * (gb / tot);
  }
  const w = [...W];
  const out = data.map(({ question, rows: rs }) => top(question, rs, w, b));
  const answerable = out.filter((o) => o.answerable).length || 1;
  const off = out.length - answerable || 1;
  const cands = [...new Set(out.map((o) => Math.round(o.p * 1000) / 1000))].sort((a, c) => a - c);
  let decline = 0.5;
  let best = -1;
  for (const t of cands) {
    const a = out.filter((o) => o.answerable && o.right && o.p >= t).length;
    const d = out.filter((o) => !o.answerable && o.p < t).length;
    const s = Math.min(a / answerable, d / off - 0.03);
    if (s > best) {
      best = s;
      decline = t;
    }
  }
  let unsure = decline;
  for (const t of cands.filter((c) => c >= decline)) {
    unsure = t;
    if (out.filter((o) => o.answerable && !o.right && o.p >= t).length / answerable <= 0.01) break;
  }
  // Rescue: a declined top whose flag is up is answered from `lo` on (lo = decline: no rescue).
  let lo = decline;
  if (rescue) {
    let bestR = best;
    for (const t of cands.filter((c) => c < decline)) {
      const a = out.filter((o) => o.answerable && o.right && (o.p >= decline || (o.flag && o.p >= t))).length;
      const d = out.filter((o) => !o.answerable && !(o.p >= decline || (o.flag && o.p >= t))).length;
      const s2 = Math.min(a / answerable, d / off - 0.03);
      if (s2 > bestR) {
        bestR = s2;
        lo = t;
      }
    }
  }
  return { w, b, decline, unsure, lo };
}

function top(question: EvalQuestion, rows: Row[], w: number[], b: number) {
  const scored = rows.map((r) => ({ r, p: prob(r.f, w, b) }));
  scored.sort((x, y) => y.p - x.p);
  const t = scored[0];
  return {
    answerable: !question.decline,
    right: t?.r.right ?? false,
    p: t?.p ?? 0,
    flag: (t?.r.x[0] ?? 0) > 0,
    weak: t ? t.r.f[NAME_WEAK] === 1 || (scored[1]?.p ?? 0) >= t.p - 0.05 : false,
  };
}

function run(name: string, extra: Extra) {
  const t0 = Date.now();
  const sets = label(extra);
  const tot = { ans: 0, ok: 0, off: 0, dec: 0, sw: 0, firstDeclined: 0 };
  for (const held of sets) {
    const m = fit(sets.filter((s) => s !== held).flat());
    for (const q of held) {
      const o = top(q.question, q.rows, m.w, m.b);
      if (o.answerable) {
        tot.ans++;
        const answered = o.p >= m.decline || (o.flag && o.p >= m.lo);
        if (o.right && answered) tot.ok++;
        if (o.right && !answered) tot.firstDeclined++;
        if (!o.right && o.p >= m.unsure && !o.weak) tot.sw++;
      } else {
        tot.off++;
        if (!(o.p >= m.decline || (o.flag && o.p >= m.lo))) tot.dec++;
      }
    }
  }
  const full = process.argv.includes('--weights') ? fit(sets.flat()) : { w: [] as number[] };
  console.log(
    `${name.padEnd(14)} correct ${tot.ok}/${tot.ans} | declined ${tot.dec}/${tot.off} | sw~ ${tot.sw} | 1st-declined ${tot.firstDeclined} | ${Date.now() - t0} ms | w ${full.w
      .slice(FEATURES.length)
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
}

for (const name of chosen) {
  const parts = name.split('+');
  run(name, (e, q, ranked) => {
    const cols = parts.map((p) => (extras[p] as Extra)(e, q, ranked));
    return ranked.map((_, i) => cols.flatMap((c) => c[i] ?? []));
  });
}

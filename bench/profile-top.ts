// `npx tsx bench/profile-top.ts FILE.cpuprofile [--top=N] [--under=NAME]`: a CPU profile's functions by self time and
// by total time (a function's own samples plus its callees', counted once per stack), as shares of all samples.
// `--under=NAME` keeps only the samples taken inside a function of that name (e.g. rankCandidates).
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const file = args.find((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: profile-top.ts FILE.cpuprofile [--top=N] [--under=NAME]');
const top = Number(option('top') ?? 40);
const under = option('under');
const { nodes } = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
const byId = new Map(nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(src|bench)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
for (const n of nodes) {
  const hits = n.hitCount ?? 0;
  if (hits === 0) continue;
  const stack: ProfileNode[] = [];
  for (let at: ProfileNode | undefined = n; at; at = byId.get(parent.get(at.id) ?? -1)) stack.push(at);
  if (under && !stack.some((s) => s.callFrame.functionName === under)) continue;
  all += hits;
  self.set(label(n), (self.get(label(n)) ?? 0) + hits);
  for (const name of new Set(stack.map(label))) total.set(name, (total.get(name) ?? 0) + hits);
}
const show = (title: string, counts: Map<string, number>) => {
  console.log(`${title} (${all} samples)`);
  for (const [name, hits] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * hits) / all).toFixed(1).padStart(5)} %  ${name}`);
};
show('self', self);
show('total', total);

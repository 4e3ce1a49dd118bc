// `npx tsx bench/heap-diff.ts BEFORE.heapsnapshot AFTER.heapsnapshot`: what grew in the bot's heap between two
// snapshots of one process (as `npm run load -- --soak 12m --heap-snapshots DIR` writes them). Prints live objects
// and their own size by constructor in both, the difference, and for the groups that grew most, objects allocated
// after the first snapshot and still alive at the second (snapshot ids are stable within a process) with the
// shortest path from the GC roots that keeps one of them: what holds the growth.
// Read by hand rather than with a library: the format is a flat JSON of numbers (V8's HeapSnapshot), and the few
// npm readers of it are unmaintained.
import { readFile } from 'node:fs/promises';

interface RawSnapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

interface Heap {
  count: number;
  /** Per node: its group (constructor, or the kind of a non-object), id, own size. */
  group: string[];
  id: Float64Array;
  selfSize: Float64Array;
  /** Outgoing edges of node i are edges[firstEdge[i] .. firstEdge[i + 1]). */
  firstEdge: Uint32Array;
  edgeTo: Uint32Array;
  edgeName: string[];
  edgeWeak: Uint8Array;
}

async function readHeap(file: string): Promise<Heap> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as RawSnapshot;
  const { meta } = raw.snapshot;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const [typeAt, nameAt, idAt, sizeAt, edgeCountAt] = ['type', 'name', 'id', 'self_size', 'edge_count'].map(
    (f) => meta.node_fields.indexOf(f),
  ) as [number, number, number, number, number];
  const [eTypeAt, eNameAt, eToAt] = ['type', 'name_or_index', 'to_node'].map((f) =>
    meta.edge_fields.indexOf(f),
  ) as [number, number, number];
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const count = raw.nodes.length / nf;
  const group: string[] = new Array<string>(count);
  const id = new Float64Array(count);
  const selfSize = new Float64Array(count);
  const firstEdge = new Uint32Array(count + 1);
  const edgeCount = raw.edges.length / ef;
  const edgeTo = new Uint32Array(edgeCount);
  const edgeName: string[] = new Array<string>(edgeCount);
  const edgeWeak = new Uint8Array(edgeCount);
  let e = 0;
  for (let i = 0; i < count; i++) {
    const at = i * nf;
    const type = nodeTypes[raw.nodes[at + typeAt]!]!;
    const name = raw.strings[raw.nodes[at + nameAt]!]!;
    group[i] =
      type === 'object' || type === 'native'
        ? name
        : type === 'closure'
          ? `(closure ${name || 'anonymous'})`
          : type.includes('string')
            ? '(string)'
            : `(${type}${type === 'array' || type === 'hidden' ? ` ${name}` : ''})`;
    id[i] = raw.nodes[at + idAt]!;
    selfSize[i] = raw.nodes[at + sizeAt]!;
    firstEdge[i] = e;
    const edges = raw.nodes[at + edgeCountAt]!;
    for (let k = 0; k < edges; k++, e++) {
      const eAt = e * ef;
      const eType = edgeTypes[raw.edges[eAt + eTypeAt]!]!;
      const nameOrIndex = raw.edges[eAt + eNameAt]!;
      edgeTo[e] = raw.edges[eAt + eToAt]! / nf;
      edgeName[e] =
        eType === 'element' || eType === 'hidden' ? `[${nameOrIndex}]` : String(raw.strings[nameOrIndex]);
      edgeWeak[e] = eType === 'weak' || eType === 'shortcut' ? 1 : 0;
    }
  }
  firstEdge[count] = e;
  return { count, group, id, selfSize, firstEdge, edgeTo, edgeName, edgeWeak };
}

/** Count and own size by group. */
function byGroup(heap: Heap, only?: (i: number) => boolean): Map<string, { count: number; size: number }> {
  const groups = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < heap.count; i++) {
    if (only && !only(i)) continue;
    const g = groups.get(heap.group[i]!) ?? { count: 0, size: 0 };
    g.count++;
    g.size += heap.selfSize[i]!;
    groups.set(heap.group[i]!, g);
  }
  return groups;
}

/** For every node, the retainer on a shortest path from the root (node 0), following strong edges only. */
function shortestRetainers(heap: Heap): { parent: Int32Array; parentEdge: Int32Array } {
  const parent = new Int32Array(heap.count).fill(-1);
  const parentEdge = new Int32Array(heap.count).fill(-1);
  const queue = new Uint32Array(heap.count);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  parent[0] = 0;
  while (head < tail) {
    const n = queue[head++]!;
    for (let e = heap.firstEdge[n]!; e < heap.firstEdge[n + 1]!; e++) {
      if (heap.edgeWeak[e]) continue;
      const to = heap.edgeTo[e]!;
      if (parent[to] !== -1) continue;
      parent[to] = n;
      parentEdge[to] = e;
      queue[tail++] = to;
    }
  }
  return { parent, parentEdge };
}

function retainerPath(heap: Heap, retainers: ReturnType<typeof shortestRetainers>, node: number): string {
  const steps: string[] = [];
  for (let n = node, depth = 0; n !== 0 && depth < 14; depth++) {
    const p = retainers.parent[n]!;
    if (p === -1) return `${steps.join(' <- ')} <- (unreachable)`;
    steps.push(`${heap.group[n]} via .${heap.edgeName[retainers.parentEdge[n]!]}`);
    n = p;
  }
  return steps.join('\n      <- ');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

async function main(): Promise<void> {
  const [beforeFile, afterFile, topArg] = process.argv.slice(2);
  if (!beforeFile || !afterFile)
    throw new Error('usage: tsx bench/heap-diff.ts BEFORE.heapsnapshot AFTER.heapsnapshot [top]');
  const top = Number(topArg ?? 25);
  const before = await readHeap(beforeFile);
  const after = await readHeap(afterFile);
  const total = (h: Heap) => h.selfSize.reduce((a, b) => a + b, 0);
  console.log(
    `before: ${before.count.toLocaleString('en')} objects, ${kb(total(before))}; after: ${after.count.toLocaleString('en')} objects, ${kb(total(after))}`,
  );
  const groupsBefore = byGroup(before);
  const groupsAfter = byGroup(after);
  const names = new Set([...groupsBefore.keys(), ...groupsAfter.keys()]);
  const diff = [...names]
    .map((name) => {
      const b = groupsBefore.get(name) ?? { count: 0, size: 0 };
      const a = groupsAfter.get(name) ?? { count: 0, size: 0 };
      return { name, count: a.count - b.count, size: a.size - b.size, a };
    })
    .sort((x, y) => y.size - x.size);
  console.log(`\nlargest growth of own size by constructor (top ${top}):`);
  for (const d of diff.slice(0, top))
    console.log(
      `  ${d.name.slice(0, 60).padEnd(60)} ${String(d.count >= 0 ? `+${d.count}` : d.count).padStart(8)} objects ${kb(d.size).padStart(9)}  (now ${d.a.count}, ${kb(d.a.size)})`,
    );
  console.log(`\nlargest shrinkage:`);
  for (const d of diff.slice(-8).reverse())
    console.log(
      `  ${d.name.slice(0, 60).padEnd(60)} ${String(d.count).padStart(8)} objects ${kb(d.size).padStart(9)}`,
    );

  // Objects born after the first snapshot that are still alive: what the process keeps from the soak's middle.
  const idsBefore = new Set(before.id);
  const born = (i: number) => !idsBefore.has(after.id[i]!);
  const survivors = [...byGroup(after, born)].sort((x, y) => y[1].size - x[1].size);
  const retainers = shortestRetainers(after);
  console.log(
    `\nborn after the first snapshot and alive at the second, by constructor, with what keeps one:`,
  );
  for (const [name, g] of survivors.slice(0, top)) {
    console.log(`  ${name.slice(0, 70)}: ${g.count} objects, ${kb(g.size)}`);
    // The newest-but-one survivor of the group (the newest may be an interaction still in flight).
    let sample = -1;
    let seen = 0;
    for (let i = 0; i < after.count && seen < 50; i++)
      if (after.group[i] === name && born(i)) {
        sample = i;
        seen++;
      }
    if (sample >= 0) console.log(`      ${retainerPath(after, retainers, sample)}`);
  }
  // The same survivors grouped by what holds them (three steps up), which names the owning structure.
  const held = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < after.count; i++) {
    if (!born(i)) continue;
    const key = holderOf(after, retainers, i, 3);
    const h = held.get(key) ?? { count: 0, size: 0 };
    h.count++;
    h.size += after.selfSize[i]!;
    held.set(key, h);
  }
  console.log(`\nborn after the first snapshot and alive at the second, by holder:`);
  for (const [key, h] of [...held].sort((x, y) => y[1].size - x[1].size).slice(0, top))
    console.log(`  ${kb(h.size).padStart(8)} ${String(h.count).padStart(7)}  ${key.slice(0, 150)}`);
}

/** What holds a node, in short: its first `depth` retainers on the shortest path from the roots. */
function holderOf(
  heap: Heap,
  retainers: ReturnType<typeof shortestRetainers>,
  node: number,
  depth: number,
): string {
  const steps: string[] = [];
  for (let n = node; n !== 0 && steps.length < depth;) {
    const p = retainers.parent[n]!;
    if (p === -1) return [...steps, '(unreachable)'].join(' <- ');
    steps.push(
      `${heap.group[p]}.${heap.edgeName[retainers.parentEdge[n]!]!.replace(/^\[\d+\]$/, '[i]').replace(/^\d+$/, 'i')}`,
    );
    n = p;
  }
  return steps.join(' <- ');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

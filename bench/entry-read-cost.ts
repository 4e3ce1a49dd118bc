// `npx tsx bench/entry-read-cost.ts [size]`: what each first read of an entry costs (the reads a fresh question pays
// for each candidate the process has not met: a kind of value, its text's or headline's figures, a detail), µs an
// entry over a generated base's entries, process CPU, the cheapest of 3 rounds (each on new, unread entries).
import { COUNTRIES } from '../src/answer/countries.js';
import { entryFigures, type EntryFigures } from '../src/answer/figure-evidence.js';
import { ASKED_VALUES } from '../src/answer/asked-values.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { generateKnowledgeBase } from './generate-kb.js';

const size = Number(process.argv[2] ?? 10000);
const loaded = await loadKnowledgeBase('data/kb');
if (!loaded.ok) throw new Error('data/kb is invalid');
const kb = generateKnowledgeBase(loaded.kb, size, 20240601);
const reads: [string, (read: EntryFigures) => unknown][] = [
  ...ASKED_VALUES.map((value): [string, (read: EntryFigures) => unknown] => [
    `value ${value}`,
    (read) => read.values.has(value),
  ]),
  ['text figures', (read) => read.text],
  ['headline figures', (read) => read.headline],
  ['details: countries', (read) => COUNTRIES.map((c) => read.details.namesCountry(c))],
  ...(['talk', 'list', 'steps', 'role', 'aftermath', 'mood', 'years'] as const).map(
    (part): [string, (read: EntryFigures) => unknown] => [`details: ${part}`, (read) => read.details[part]],
  ),
];
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const best = new Map<string, number>();
for (let round = 0; round < 3; round++)
  for (const [name, read] of reads) {
    const fresh = kb.entries.map(entryFigures);
    const t0 = cpu();
    for (const entry of fresh) read(entry);
    best.set(name, Math.min(best.get(name) ?? Infinity, ((cpu() - t0) * 1000) / fresh.length));
  }
console.log([...best].map(([name, us]) => `${name} ${us.toFixed(1)}`).join(', ') + ' µs an entry');

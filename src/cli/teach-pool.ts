// `npm run teach-pool`: teaches the knowledge base (KB_DIR) the tuning pool's wording that its right answers miss,
// as a lead does from /kb inbox, writes it through the /kb edit path, and prints what it taught per set.
import { systemClock } from '../clock.js';
import { readTuningPool } from '../eval/pool-wording.js';
import { teachPool } from '../eval/teach-pool.js';
import type { EvalRow } from '../eval/evaluate.js';
import { evaluate } from '../eval/evaluate.js';
import { teachIntoFiles } from '../kb-admin/teach-files.js';
import { KbHolder } from '../kb/kb-holder.js';
import { createLogger } from '../logger.js';
import { loadEngineOrExit } from './load-engine.js';
import { configOrExit } from './config-or-exit.js';

const config = configOrExit();
// Exits listing every problem when the folder does not load; the holder below then loads it for the edits.
const before = await loadEngineOrExit(config.KB_DIR);
const loaded = await KbHolder.load(config.KB_DIR, { offThread: false });
if (!loaded.ok) process.exit(1);
const holder = loaded.holder;
const sets = await readTuningPool();
const outcome = teachPool(before.kb, sets);
const lessons = outcome.rounds.flat();

if (lessons.length > 0) {
  const logger = createLogger('warn');
  const written = await teachIntoFiles({ kb: holder, logger, clock: systemClock }, lessons, 'teach-pool');
  if (!written.ok) {
    console.error(
      `teach-pool: ${written.file} was not changed (${written.reason}); the knowledge base is as it was.`,
    );
    if ('problems' in written) for (const p of written.problems) console.error(`  - ${JSON.stringify(p)}`);
    process.exit(1);
  }
  for (const [file, count] of written.taughtPerFile) console.log(`${file}: ${count} phrasings added`);
}

// The figures after are measured on what the files now hold, not on the plan.
const after = holder.current();
const lost = before.kb.entries.filter((e) => !after.kb.entry(e.id));
if (lost.length > 0 || after.kb.entries.length !== before.kb.entries.length) {
  console.error(`teach-pool: entries lost: ${lost.map((e) => e.id).join(', ')}`);
  process.exit(1);
}
const pct = (r: EvalRow) =>
  `${((100 * r.correct) / r.answerable).toFixed(1).padStart(5)}% ${`${r.correct}/${r.answerable}`.padStart(7)}`;
console.log(
  `Rounds: ${outcome.rounds.map((r) => r.length).join(' + ') || 'none'} taught (a round answers the pool again).`,
);
console.log(
  'set                  before            taught  after            (correct top answers in-sample)',
);
for (const { file, questions } of sets) {
  const taught = lessons.filter((t) => t.set === file);
  const row = evaluate(after, questions).total;
  console.log(
    `${file.replace('test/eval/', '').padEnd(20)} ${pct(outcome.before.get(file)!)}  ${String(taught.length).padStart(6)}  ${pct(row)}`,
  );
  for (const t of taught) console.log(`    + [${t.lang}] ${t.question}  -> ${t.entryId}`);
  for (const u of outcome.untaught.filter((m) => m.set === file))
    console.log(`    ! ${u.question}  (${u.reason})`);
}
if (outcome.left.length > 0) console.log(`${outcome.left.length} still to teach: run it again.`);
await holder.close();

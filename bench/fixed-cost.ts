// `npx tsx --expose-gc bench/fixed-cost.ts [questions.json] [--rounds=N] [--profile=FILE]`: a question's fixed cost
// (reading it, weighing it, ranking a few candidates) on the shipped base, where the index search is small: the
// set answered N rounds after the bench's warm-up, CPU and wall per question (median, p90, p99), and with
// `--profile=FILE` a CPU profile of the timed rounds (summarise it with bench/profile-top.ts).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { AnswerEngine } from '../src/answer/answer-engine.js';
import { readEvalQuestions } from '../src/eval/questions-file.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { timed } from './latency.js';
import { percentile } from './stats.js';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const questionFile = args.find((a) => !a.startsWith('--')) ?? 'test/eval/sealed-r25.json';
const rounds = Number(option('rounds') ?? 20);
const questions = (await readEvalQuestions(questionFile)).map((q) => q.q);
const loaded = await loadKnowledgeBase('data/kb');
if (!loaded.ok) throw new Error('data/kb is invalid');
const engine = new AnswerEngine(loaded.kb);
for (let i = 0; i < 500; i++) engine.answer({ question: questions[i % questions.length] ?? '' });

const session = option('profile') ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const wall: number[] = [];
const cpu: number[] = [];
for (let r = 0; r < rounds; r++)
  for (const question of questions) {
    const t = timed(() => engine.answer({ question }));
    wall.push(t.wallMs);
    cpu.push(t.cpuMs);
  }
if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(option('profile') as string, JSON.stringify(profile));
}
const row = (xs: number[]) =>
  [0.5, 0.9, 0.99].map((p) => percentile(xs, p).toFixed(3)).join(' / ') +
  ` (mean ${(xs.reduce((s, x) => s + x, 0) / xs.length).toFixed(3)})`;
console.log(`${wall.length} questions on ${loaded.kb.entries.length} entries, ms median / p90 / p99`);
console.log(`wall ${row(wall)}`);
console.log(`cpu  ${row(cpu)}`);

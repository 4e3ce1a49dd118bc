// `npx tsx bench/reader-cost.ts [questions.json] [count]`: what each reader of a question costs on fresh questions
// (the bench's seed), µs a question, warm code; to see which per-question reader is worth cutting.
import { askedValues } from '../src/answer/asked-attributes.js';
import { besideAsks } from '../src/answer/beside-asks.js';
import { detailsAsked } from '../src/answer/detail-asks.js';
import { detectLanguage } from '../src/answer/detect-language.js';
import { disputeFrame } from '../src/answer/dispute-frame.js';
import { figuresIn } from '../src/answer/figures.js';
import { focusPhraseWords } from '../src/answer/focus.js';
import { notFocusWords } from '../src/answer/not-focus.js';
import { followUpWords } from '../src/answer/follow-up-ask.js';
import { kindsAskedFor } from '../src/answer/intent.js';
import { asksForMeasures } from '../src/answer/measure-asks.js';
import { foldText, tokenize } from '../src/answer/normalize.js';
import { asksForProcedure } from '../src/answer/procedure-asks.js';
import { frameWords } from '../src/answer/question-frame.js';
import { sourceLanguagesNamed } from '../src/answer/source-cues.js';
import { sourceKindsNamed } from '../src/answer/source-kinds.js';
import { asksForTerm } from '../src/answer/term-asks.js';
import { textOfAsks } from '../src/answer/translit-question.js';
import { russianFromUkrainian } from '../src/answer/ukrainian-words.js';
import { ownSettingWords } from '../src/answer/own-setting.js';
import { askerWords } from '../src/answer/asker-words.js';
import { readEvalQuestions } from '../src/eval/questions-file.js';
import { freshQuestions } from './fresh-questions.js';
import { seededRandom } from './prng.js';

const questions = await readEvalQuestions(process.argv[2] ?? 'test/eval/sealed-r20.json');
const next = freshQuestions(questions, seededRandom(20240601 + 10000));
const qs = Array.from({ length: Number(process.argv[3] ?? 2000) }, next);
const readers: [string, (q: string) => unknown][] = [
  ['russianFromUkrainian', russianFromUkrainian],
  ['foldText', foldText],
  ['tokenize', (q) => tokenize(q, 200)],
  ['disputeFrame', (q) => disputeFrame(q, foldText(q))],
  ['textOfAsks', (q) => textOfAsks(q, tokenize(q, 200))],
  ['kindsAskedFor', (q) => kindsAskedFor(q, foldText(q))],
  ['figuresIn', (q) => figuresIn(q, foldText(q))],
  ['sourceLanguagesNamed', (q) => sourceLanguagesNamed(q, foldText(q))],
  ['sourceKindsNamed', (q) => sourceKindsNamed(q, foldText(q))],
  ['askedValues', (q) => askedValues(q, foldText(q))],
  ['frameWords', frameWords],
  ['focusPhraseWords', focusPhraseWords],
  ['notFocusWords', notFocusWords],
  ['ownSettingWords', (q) => ownSettingWords(q, tokenize(q, 200))],
  ['askerWords', (q) => askerWords(q, tokenize(q, 200))],
  ['followUpWords', followUpWords],
  ['asksForProcedure', asksForProcedure],
  ['asksForTerm', asksForTerm],
  ['asksForMeasures', asksForMeasures],
  ['detailsAsked', detailsAsked],
  ['besideAsks', besideAsks],
  ['detectLanguage', (q) => detectLanguage(q)],
];
const rows: [string, number][] = [];
for (const [name, read] of readers) {
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t0 = process.cpuUsage();
    for (const q of qs) read(q);
    const t = process.cpuUsage(t0);
    best = Math.min(best, (t.user + t.system) / qs.length);
  }
  rows.push([name, best]);
}
let total = 0;
for (const [name, us] of rows.sort((a, b) => b[1] - a[1])) {
  total += us;
  console.log(`${us.toFixed(2).padStart(7)} µs  ${name}`);
}
console.log(`${total.toFixed(2).padStart(7)} µs  all`);

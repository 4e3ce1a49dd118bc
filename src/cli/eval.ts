// `npm run eval`: the answer-quality table of the evaluation set, and every miss.
import { evaluate, formatEvalReport } from '../eval/evaluate.js';
import { readEvalQuestions } from '../eval/questions-file.js';
import { loadEngineOrExit } from './load-engine.js';

const engine = await loadEngineOrExit();
const questions = await readEvalQuestions(process.argv[2]);
console.log(formatEvalReport(evaluate(engine, questions)));

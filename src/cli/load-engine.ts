// Loads the knowledge base of KB_DIR for the command-line tools, or exits with every problem listed.
import { AnswerEngine } from '../answer/answer-engine.js';
import { loadKnowledgeBase } from '../kb/load.js';
import { formatProblem } from '../kb/problems.js';
import { configOrExit } from './config-or-exit.js';

export async function loadEngineOrExit(dir = configOrExit().KB_DIR): Promise<AnswerEngine> {
  const result = await loadKnowledgeBase(dir);
  if (!result.ok) {
    console.error(`The knowledge base in ${dir} is invalid; run "npm run kb -- validate" for details:`);
    for (const problem of result.problems.slice(0, 20)) console.error(`  - ${formatProblem(problem)}`);
    process.exit(1);
  }
  return new AnswerEngine(result.kb);
}

// `npm run kb -- validate|stats`: checks the knowledge base, or prints its counts, without Discord.
import { loadKnowledgeBase } from '../kb/load.js';
import { formatProblem } from '../kb/problems.js';
import { kbStats, formatKbStats } from '../kb/stats.js';

const USAGE = 'usage: npm run kb -- validate | stats   (folder: KB_DIR, default data/kb)';

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  const dir = process.env.KB_DIR || 'data/kb';
  if (command !== 'validate' && command !== 'stats') {
    console.error(USAGE);
    return 2;
  }
  const result = await loadKnowledgeBase(dir);
  if (!result.ok) {
    console.error(`The knowledge base in ${dir} is invalid (${result.problems.length} problem(s)):`);
    for (const problem of result.problems) console.error(`  - ${formatProblem(problem)}`);
    return 1;
  }
  if (command === 'validate') {
    console.log(
      `The knowledge base in ${dir} is valid: ${result.kb.entries.length} entries, ${result.kb.topics.length} topics.`,
    );
    return 0;
  }
  console.log(formatKbStats(kbStats(result.kb)));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

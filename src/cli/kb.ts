// `npm run kb -- validate|stats`: checks the knowledge base, or prints its counts, without Discord.
import './exit-quietly-on-closed-pipe.js';
import { loadKnowledgeBase } from '../kb/load.js';
import { formatProblem } from '../kb/problems.js';
import { kbStats, formatKbStats } from '../kb/stats.js';
import { UNSURE_BELOW } from '../answer/answer-question.js';
import { replyText } from '../render/reply-text.js';
import { teamStatsReply } from '../render/team-stats-reply.js';
import { readStateFile } from '../state/read-state-file.js';
import { teamStats } from '../state/team-stats.js';

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
  // What the team asks, from the bot's state file (read only; the bot may be running).
  const stateFile = process.env.STATE_FILE || 'data/state.json';
  const state = await readStateFile(stateFile);
  if (!state.ok) {
    console.log(`\nNo question statistics: ${state.message}`);
    return 0;
  }
  const reply = teamStatsReply(undefined, teamStats(state.state, new Date(), { unsureBelow: UNSURE_BELOW }));
  console.log(`\n${replyText(reply)}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

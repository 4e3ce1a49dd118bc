// `npm run kb -- validate|stats`: checks the knowledge base, or prints its counts and what the team asks, without
// Discord, in the console user's language (LANG), through the same reply as /kb stats.
import './exit-quietly-on-closed-pipe.js';
import { localeToLang, UNSURE_BELOW } from '../answer/answer-question.js';
import { loadKnowledgeBase } from '../kb/load.js';
import { formatProblem } from '../kb/problems.js';
import { kbStats } from '../kb/stats.js';
import { missingPerLanguage } from '../kb/translations.js';
import { kbStatsReply } from '../render/kb-stats-reply.js';
import { replyToText } from '../render/to-text.js';
import { readStateFile } from '../state/read-state-file.js';
import { teamStats } from '../state/team-stats.js';
import { configOrExit } from './config-or-exit.js';

const USAGE = 'usage: npm run kb -- validate | stats   (folder: KB_DIR, default data/kb)';

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (command !== 'validate' && command !== 'stats') {
    console.error(USAGE);
    return 2;
  }
  const config = configOrExit();
  const dir = config.KB_DIR;
  const result = await loadKnowledgeBase(dir);
  if (!result.ok) {
    console.error(`The knowledge base in ${dir} is invalid (${result.problems.length} problem(s)):`);
    for (const problem of result.problems) console.error(`  - ${formatProblem(problem)}`);
    return 1;
  }
  if (command === 'validate') {
    const { warnings } = result;
    const missing = missingPerLanguage(warnings);
    console.log(
      `The knowledge base in ${dir} is valid: ${result.kb.entries.length} entries, ${result.kb.topics.length} topics.`,
    );
    if (warnings.length > 0) {
      // Warnings only: the bot serves these entries in the languages they have, so the check still passes.
      console.log(
        `${warnings.length} warning(s), missing translations: pl ${missing.pl}, en ${missing.en}, ru ${missing.ru}`,
      );
      for (const warning of warnings) console.log(`  - ${formatProblem(warning)}`);
    }
    return 0;
  }
  // What the team asks, from the bot's state file (read only; the bot may be running).
  const state = await readStateFile(config.STATE_FILE);
  const team = state.ok ? teamStats(state.state, new Date(), { unsureBelow: UNSURE_BELOW }) : undefined;
  const lang = localeToLang(config.CONSOLE_LOCALE) ?? 'en';
  console.log(replyToText(kbStatsReply(kbStats(result.kb), team, lang, { withTopics: true })));
  if (!state.ok) console.log(`\nNo question statistics: ${state.message}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

// `npm run kb -- validate|stats`: checks the knowledge base, or prints its counts and what the team asks, without
// Discord, in the console user's language (LC_ALL, LC_MESSAGES or LANG; English otherwise), through the same reply as
// /kb stats and the same problem wording as /kb reload.
import './exit-quietly-on-closed-pipe.js';
import { localeToLang, UNSURE_BELOW } from '../answer/answer-question.js';
import { loadKnowledgeBase } from '../kb/load.js';
import { catalog } from '../i18n/catalog.js';
import { kbStats } from '../kb/stats.js';
import { missingPerLanguage } from '../kb/translations.js';
import { kbProblemLine } from '../render/kb-problem-text.js';
import { kbStatsReply } from '../render/kb-stats-reply.js';
import { replyToText } from '../render/to-text.js';
import { readStateFile } from '../state/read-state-file.js';
import { teamStats } from '../state/team-stats.js';
import { configOrExit } from './config-or-exit.js';

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  const config = configOrExit();
  const lang = localeToLang(config.CONSOLE_LOCALE) ?? 'en';
  const words = catalog(lang).cli;
  if (command !== 'validate' && command !== 'stats') {
    console.error(words.kbUsage);
    return 2;
  }
  const dir = config.KB_DIR;
  const result = await loadKnowledgeBase(dir);
  if (!result.ok) {
    console.error(words.kbInvalid(dir, result.problems.length));
    for (const problem of result.problems) console.error(`  - ${kbProblemLine(problem, lang)}`);
    return 1;
  }
  if (command === 'validate') {
    const { warnings } = result;
    console.log(words.kbValid(dir, result.kb.entries.length, result.kb.topics.length));
    if (warnings.length > 0) {
      // Warnings only: the bot serves these entries in the languages they have, so the check still passes.
      console.log(words.kbWarnings(warnings.length, missingPerLanguage(warnings)));
      for (const warning of warnings) console.log(`  - ${kbProblemLine(warning, lang)}`);
    }
    return 0;
  }
  // What the team asks, from the bot's state file (read only; the bot may be running).
  const state = await readStateFile(config.STATE_FILE);
  const team = state.ok ? teamStats(state.state, new Date(), { unsureBelow: UNSURE_BELOW }) : undefined;
  console.log(replyToText(kbStatsReply(kbStats(result.kb), team, lang, { withTopics: true })));
  if (!state.ok) console.log(`\n${words.noQuestionStats(state.message)}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

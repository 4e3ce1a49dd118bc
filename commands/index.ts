// Every slash command of the bot, in the order /help lists them. A new command: add its file here.
import type { CommandModule } from '../src/bot/command.js';
import { ask } from './ask.js';
import { dailyTip } from './daily-tip.js';
import { define } from './define.js';
import { help } from './help.js';
import { kb } from './kb.js';
import { quiz } from './quiz.js';
import { quote } from './quote.js';
import { stat } from './stat.js';
import { tip } from './tip.js';
import { topics } from './topics.js';

export const COMMANDS: readonly CommandModule[] = [
  ask,
  tip,
  stat,
  define,
  quote,
  quiz,
  topics,
  help,
  kb,
  dailyTip,
];

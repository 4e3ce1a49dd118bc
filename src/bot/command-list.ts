// Every slash command of the bot, in the order /help lists them.
import { ask } from '../../commands/ask.js';
import { dailyTip } from '../../commands/daily-tip.js';
import { define } from '../../commands/define.js';
import { help } from '../../commands/help.js';
import { kb } from '../../commands/kb.js';
import { quote } from '../../commands/quote.js';
import { stat } from '../../commands/stat.js';
import { tip } from '../../commands/tip.js';
import { topics } from '../../commands/topics.js';
import type { CommandModule } from './command.js';

export const COMMANDS: readonly CommandModule[] = [ask, tip, stat, define, quote, topics, help, kb, dailyTip];

export function findCommand(
  name: string,
  commands: readonly CommandModule[] = COMMANDS,
): CommandModule | undefined {
  const wanted = name.toLowerCase();
  return commands.find(
    (c) =>
      c.data.name === wanted ||
      Object.values(c.data.name_localizations ?? {}).some((n) => n?.toLowerCase() === wanted),
  );
}

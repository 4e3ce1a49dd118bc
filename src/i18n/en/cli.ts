// English lines of the command-line tools (`npm run kb`, `npm run deploy`, start-up), in the operator's language
// (LC_ALL, LC_MESSAGES or LANG; English when none names pl or ru). The type the Polish and Russian ones must match.
import { pluralEn } from '../plural.js';

export interface CliTexts {
  kbUsage: string;
  kbInvalid: (dir: string, problems: number) => string;
  kbValid: (dir: string, entries: number, topics: number) => string;
  kbWarnings: (warnings: number, missing: { pl: number; en: number; ru: number }) => string;
  kbInvalidSeeValidate: (dir: string) => string;
  noQuestionStats: (reason: string) => string;
  cannotStartKb: (dir: string) => string;
  deployNeedsToken: string;
  tokenNotSet: string;
  deployed: (changed: boolean, commands: number, guildId: string | undefined) => string;
  deployFailed: (reason: string) => string;
}

export const enCli: CliTexts = {
  kbUsage: 'usage: npm run kb -- validate | stats   (folder: KB_DIR, default data/kb)',
  kbInvalid: (dir, problems) =>
    `The knowledge base in ${dir} is invalid (${problems} ${pluralEn(problems, 'problem', 'problems')}):`,
  kbValid: (dir, entries, topics) =>
    `The knowledge base in ${dir} is valid: ${entries} ${pluralEn(entries, 'entry', 'entries')}, ${topics} ${pluralEn(topics, 'topic', 'topics')}.`,
  kbWarnings: (warnings, missing) =>
    `${warnings} ${pluralEn(warnings, 'warning', 'warnings')}, missing translations: pl ${missing.pl}, en ${missing.en}, ru ${missing.ru}`,
  kbInvalidSeeValidate: (dir) =>
    `The knowledge base in ${dir} is invalid; run "npm run kb -- validate" for details:`,
  noQuestionStats: (reason) => `No question statistics: ${reason}`,
  cannotStartKb: (dir) => `cs-coach cannot start: the knowledge base in ${dir} is invalid.`,
  deployNeedsToken: 'npm run deploy needs a valid configuration with DISCORD_TOKEN:',
  tokenNotSet: 'DISCORD_TOKEN: not set',
  deployed: (changed, commands, guildId) =>
    `${changed ? 'Registered' : 'Already up to date:'} ${commands} ${pluralEn(commands, 'command', 'commands')} ${guildId ? `in server ${guildId}` : 'globally (may take up to an hour to show)'}.`,
  deployFailed: (reason) => `Could not register the commands: ${reason}`,
};

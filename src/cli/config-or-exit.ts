// The configuration of a command-line tool (environment plus .env), or exit 1 listing every problem in the
// operator's language.
import { localeToLang } from '../answer/answer-question.js';
import { readConfig, type Config } from '../config.js';
import { configProblemsText } from '../render/config-problem-text.js';

export function configOrExit(): Config {
  const loaded = readConfig();
  if (loaded.ok) return loaded.config;
  console.error(`cs-coach: ${configProblemsText(loaded.problems, localeToLang(loaded.locale) ?? 'en')}`);
  process.exit(1);
}

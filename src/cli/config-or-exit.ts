// The configuration of a command-line tool (environment plus .env), or exit 1 listing every problem.
import { configProblemsText, readConfig, type Config } from '../config.js';

export function configOrExit(): Config {
  const loaded = readConfig();
  if (loaded.ok) return loaded.config;
  console.error(`cs-coach: ${configProblemsText(loaded.problems)}`);
  process.exit(1);
}

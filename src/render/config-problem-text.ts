// The configuration's problems in the operator's language: one line per variable, then where to read about them.
import type { ConfigIssue, ConfigProblem } from '../config.js';
import { catalog } from '../i18n/catalog.js';
import type { Lang } from '../kb/schema.js';

/** "DISCORD_GUILD_ID: must be a Discord id (17-20 digits)". */
export function configProblemLine(problem: ConfigProblem, lang: Lang): string {
  // Each code's message takes exactly that code's parameters; TypeScript cannot follow the pairing through a lookup.
  const message = catalog(lang).cli.config.issue[problem.code] as (issue: ConfigIssue) => string;
  return `${problem.variable}: ${message(problem)}`;
}

/** The whole text: that the configuration is invalid, each problem, and where every variable is described. */
export function configProblemsText(problems: readonly ConfigProblem[], lang: Lang): string {
  const words = catalog(lang).cli.config;
  return [words.invalid, ...problems.map((p) => `  - ${configProblemLine(p, lang)}`), words.seeExample].join(
    '\n',
  );
}
